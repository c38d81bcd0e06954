import { describe, expect, it } from 'vitest';
import { createWriteBatcher } from './write-batcher.js';

interface Item { readonly key: string; readonly value: number }

/** A writer whose statements the test finishes by hand, recording what each held. */
function manualWriter(answer: (items: readonly Item[]) => readonly string[] = (items) => items.map((item) => `${item.key}=${item.value}`)) {
  const statements: { items: readonly Item[]; finish: () => void; fail: (error: Error) => void }[] = [];
  const write = (items: readonly Item[]) => new Promise<readonly string[]>((resolve, reject) => {
    statements.push({ items, finish: () => resolve(answer(items)), fail: reject });
  });
  return { statements, write };
}

/** One turn of the event loop: a batch the batcher scheduled when it was idle has started after it. */
const turn = () => new Promise((resolve) => setImmediate(resolve));
const keys = (items: readonly Item[]) => items.map((item) => item.key);

describe('createWriteBatcher', () => {
  it('writes a lone item after one turn of the event loop, in a statement of its own', async () => {
    const writer = manualWriter();
    const write = createWriteBatcher({ keyOf: (item: Item) => item.key, write: writer.write });
    const done = write({ key: 'a', value: 1 });
    expect(writer.statements).toEqual([]);
    await turn();
    expect(writer.statements.map((s) => keys(s.items))).toEqual([['a']]);
    writer.statements[0]!.finish();
    expect(await done).toBe('a=1');
  });

  it('gathers the writes made in one turn of the event loop into one statement, in key order', async () => {
    const writer = manualWriter();
    const write = createWriteBatcher({ keyOf: (item: Item) => item.key, write: writer.write });
    const all = ['d', 'b', 'c'].map((key, value) => write({ key, value }));
    await turn();
    expect(writer.statements.map((s) => keys(s.items))).toEqual([['b', 'c', 'd']]);
    writer.statements[0]!.finish();
    expect(await Promise.all(all)).toEqual(['d=0', 'b=1', 'c=2']);
  });

  it('sends what arrived while a statement was on its way together in the next one, and answers each item its own result', async () => {
    const writer = manualWriter();
    const write = createWriteBatcher({ keyOf: (item: Item) => item.key, write: writer.write });
    const first = write({ key: 'm', value: 1 });
    await turn();
    const later = ['d', 'b', 'c'].map((key, value) => write({ key, value }));
    await turn();
    expect(writer.statements).toHaveLength(1);
    writer.statements[0]!.finish();
    await first;
    await turn();
    expect(writer.statements.map((s) => keys(s.items))).toEqual([['m'], ['b', 'c', 'd']]);
    writer.statements[1]!.finish();
    expect(await Promise.all(later)).toEqual(['d=0', 'b=1', 'c=2']);
  });

  it('keeps to maxSize and maxInFlight', async () => {
    const writer = manualWriter();
    const write = createWriteBatcher({ keyOf: (item: Item) => item.key, write: writer.write, maxSize: 2, maxInFlight: 2 });
    const all = ['a', 'b', 'c', 'd', 'e', 'f'].map((key, value) => write({ key, value }));
    await turn();
    expect(writer.statements.map((s) => keys(s.items))).toEqual([['a', 'b'], ['c', 'd']]);
    writer.statements[0]!.finish();
    await turn();
    expect(writer.statements.map((s) => keys(s.items))).toEqual([['a', 'b'], ['c', 'd'], ['e', 'f']]);
    writer.statements[1]!.finish();
    writer.statements[2]!.finish();
    expect(await Promise.all(all)).toHaveLength(6);
  });

  it('never puts two items of one key in one statement, nor runs them at once: the second waits for the first', async () => {
    const writer = manualWriter();
    const write = createWriteBatcher({ keyOf: (item: Item) => item.key, write: writer.write, maxInFlight: 4 });
    const first = write({ key: 'a', value: 1 });
    const second = write({ key: 'a', value: 2 });
    const other = write({ key: 'b', value: 3 });
    await turn();
    expect(writer.statements.map((s) => s.items)).toEqual([[{ key: 'a', value: 1 }, { key: 'b', value: 3 }]]);
    writer.statements[0]!.finish();
    expect(await Promise.all([first, other])).toEqual(['a=1', 'b=3']);
    await turn();
    expect(writer.statements.map((s) => s.items)).toEqual([[{ key: 'a', value: 1 }, { key: 'b', value: 3 }], [{ key: 'a', value: 2 }]]);
    writer.statements[1]!.finish();
    expect(await second).toBe('a=2');
  });

  it('writes each item of a failed statement again alone, so only the bad item fails', async () => {
    const statements: string[][] = [];
    const write = createWriteBatcher({
      keyOf: (item: Item) => item.key,
      maxInFlight: 1,
      write: async (items: readonly Item[]) => {
        statements.push(keys(items));
        if (items.some((item) => item.value < 0)) throw new Error('bad value');
        return items.map((item) => item.key);
      },
    });
    const outcomes = Promise.allSettled([{ key: 'a', value: 1 }, { key: 'b', value: 2 }, { key: 'c', value: -1 }, { key: 'd', value: 4 }].map(write));
    expect((await outcomes).map((outcome) => (outcome.status === 'fulfilled' ? outcome.value : (outcome.reason as Error).message)))
      .toEqual(['a', 'b', 'bad value', 'd']);
    expect(statements).toEqual([['a', 'b', 'c', 'd'], ['a'], ['b'], ['c'], ['d']]);
  });

  it('rejects every item, and writes none again, when the writer answers the wrong number of results', async () => {
    let calls = 0;
    const write = createWriteBatcher({ keyOf: (item: Item) => item.key, write: async () => { calls++; return []; } });
    await expect(write({ key: 'a', value: 1 })).rejects.toThrow('answered 0 results for 1 items');
    expect(calls).toBe(1);
  });

  it('refuses sizes that are not whole numbers of at least one', () => {
    const write = async (items: readonly Item[]) => items.map(() => '');
    expect(() => createWriteBatcher({ keyOf: (item: Item) => item.key, write, maxSize: 0 })).toThrow(RangeError);
    expect(() => createWriteBatcher({ keyOf: (item: Item) => item.key, write, maxInFlight: 1.5 })).toThrow(RangeError);
  });
});
