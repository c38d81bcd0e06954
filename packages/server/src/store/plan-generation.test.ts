import { describe, expect, it } from 'vitest';
import { createPlanGeneration } from './plan-generation.js';
import type { SqlQueryable } from './sql-client.js';

const PAGE = 8192;

/** A database whose table size the test sets, recording each size read; `fail` makes the reads throw. */
function fakeSizes(pages: number) {
  const state = { pages, reads: [] as unknown[][], fail: false };
  const sql: SqlQueryable = {
    query: async <TRow>(text: string, params?: readonly unknown[]) => {
      expect(text).toContain('pg_relation_size');
      state.reads.push([...(params ?? [])]);
      if (state.fail) throw new Error('connection lost');
      return { rows: [{ bytes: String(state.pages * PAGE) }] as TRow[], affectedRows: 0 };
    },
  };
  return { state, sql };
}

/** Lets a size read started in the background answer. */
const settle = () => new Promise((resolve) => setImmediate(resolve));

describe('createPlanGeneration', () => {
  it('plans afresh until the first size read answers, and while the table is small', async () => {
    const { state, sql } = fakeSizes(15);
    const plan = createPlanGeneration(sql, { table: 'dossiers' });
    expect(plan(1)).toEqual({ freshPlan: true });
    expect(state.reads).toEqual([['dossiers']]);
    await settle();
    expect(plan(1)).toEqual({ freshPlan: true });
  });

  it('keeps a plan per doubling of the table once it has minPages (16 by default)', async () => {
    const { state, sql } = fakeSizes(300);
    const plan = createPlanGeneration(sql, { checkEvery: 100 });
    plan(1);
    await settle();
    expect(plan(10)).toEqual({ planGeneration: 8 }); // 256 ≤ 300 < 512
    state.pages = 511;
    plan(100); // 111 rows since the read: a new read starts
    await settle();
    expect(plan(1)).toEqual({ planGeneration: 8 }); // grown, but not doubled: the same plan
    state.pages = 1100;
    plan(100);
    await settle();
    expect(plan(1)).toEqual({ planGeneration: 10 });
    expect(state.reads).toHaveLength(3);
  });

  it('reads the size again once more than checkEvery rows were written, one read at a time', async () => {
    const { state, sql } = fakeSizes(300);
    const plan = createPlanGeneration(sql, { checkEvery: 50 });
    plan(1);
    plan(30);
    plan(30); // 60 rows, but a read is on its way: no second one yet
    expect(state.reads).toHaveLength(1);
    await settle();
    plan(1); // the read that was due
    expect(state.reads).toHaveLength(2);
    await settle();
    plan(40);
    plan(10);
    expect(state.reads).toHaveLength(2);
    plan(1);
    expect(state.reads).toHaveLength(3);
  });

  it('goes back to fresh plans when a size read fails', async () => {
    const { state, sql } = fakeSizes(300);
    const plan = createPlanGeneration(sql, { checkEvery: 1 });
    plan(1);
    await settle();
    expect(plan(1)).toEqual({ planGeneration: 8 });
    state.fail = true;
    plan(1);
    await settle();
    expect(plan(1)).toEqual({ freshPlan: true });
    expect(state.reads).toHaveLength(2);
  });
});
