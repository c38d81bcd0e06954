import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { parseArgs } from 'node:util';
import {
  compileProcedure, createWorkingCalendar, validateCalendar, validateProcedure, validateScenario,
  type CompiledProcedure, type Locale, type Scenario, type ValidationIssue, type WorkingCalendar,
} from '@motcua/core';
import { runScenario, uncoveredEvents, type ScenarioResult } from '@motcua/core/scenario';
import { EXIT, UsageError, type CliIO } from '../io.js';
import { loadDocument } from '../load-document.js';
import { expandInputs } from '../read-inputs.js';
import { formatIssue, parseLocale } from './validate.js';

export const TEST_HELP = `motcua test <kịch bản | thư mục | glob>... [--coverage] [--json] [--lang vi|en]

Chạy kịch bản kiểm thử thủ tục (schemas/scenario.schema.json). / Runs procedure test scenarios.
Mã thoát / Exit codes: 0 đạt / all pass, 1 không đạt / a failure, 2 sai cách gọi / usage error.

  --coverage     báo và coi là lỗi thao tác nào của thủ tục chưa được kịch bản nào chạy qua
                 / report, and fail on, procedure actions no scenario exercised
  --json         kết quả dạng JSON / machine-readable results
  --lang vi|en   ngôn ngữ (mặc định vi) / language (default vi)`;

interface Loaded { compiled: CompiledProcedure; file: string }

/** `motcua test`: runs scenarios, prints pass/fail per scenario and per failed expectation. */
export async function testCommand(args: readonly string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseArgs({
    args: [...args],
    options: { json: { type: 'boolean', default: false }, coverage: { type: 'boolean', default: false }, lang: { type: 'string' }, help: { type: 'boolean', short: 'h' } },
    allowPositionals: true,
    strict: true,
  });
  if (values.help) { io.stdout(`${TEST_HELP}\n`); return EXIT.ok; }
  const lang: Locale = parseLocale(values.lang);
  if (positionals.length === 0) throw new UsageError('Cần ít nhất một tệp kịch bản. / At least one scenario file is needed.');
  const t = (vi: string, en: string) => (lang === 'vi' ? vi : en);

  const procedures = new Map<string, Loaded | { issues: ValidationIssue[]; file: string }>();
  const calendars = new Map<string, WorkingCalendar | { issues: ValidationIssue[]; file: string }>();
  const results: { file: string; title?: string; procedure?: string; result?: ScenarioResult; issues?: { file: string; issues: ValidationIssue[] } }[] = [];

  for (const file of await expandInputs(positionals, io.cwd)) {
    const scenario = await loadDocument(file, io.cwd, validateScenario);
    if (!scenario.value) { results.push({ file, issues: { file, issues: scenario.issues } }); continue; }
    const procedureFile = path.join(path.dirname(file), scenario.value.procedure);
    if (!procedures.has(procedureFile)) {
      const loaded = await loadDocument(procedureFile, io.cwd, validateProcedure);
      procedures.set(procedureFile, loaded.value ? { compiled: compileProcedure(loaded.value), file: procedureFile } : { issues: loaded.issues, file: procedureFile });
    }
    const procedure = procedures.get(procedureFile)!;
    if ('issues' in procedure) { results.push({ file, issues: procedure }); continue; }
    let calendar: WorkingCalendar | undefined;
    if (scenario.value.calendar) {
      const calendarFile = path.join(path.dirname(file), scenario.value.calendar);
      if (!calendars.has(calendarFile)) {
        const loaded = await loadDocument(calendarFile, io.cwd, validateCalendar);
        calendars.set(calendarFile, loaded.value ? createWorkingCalendar(loaded.value) : { issues: loaded.issues, file: calendarFile });
      }
      const loaded = calendars.get(calendarFile)!;
      if ('issues' in loaded) { results.push({ file, issues: loaded }); continue; }
      calendar = loaded;
    }
    const compiled = calendar ? compileProcedure(procedure.compiled.procedure, { calendar }) : procedure.compiled;
    results.push({ file, title: scenario.value.title[lang], procedure: procedureFile, result: runScenario(scenario.value, compiled, calendar ? { calendar } : {}) });
  }

  // Coverage: for every procedure, the actions that no scenario exercised.
  const uncovered = new Map<string, string[]>();
  for (const [file, procedure] of procedures) {
    if ('issues' in procedure) continue;
    const covered = new Set(results.filter((r) => r.procedure === file).flatMap((r) => [...(r.result?.covered ?? [])]));
    uncovered.set(file, uncoveredEvents(procedure.compiled, covered));
  }

  const failed = results.filter((r) => !r.result?.passed);
  const coverageFailed = values.coverage && [...uncovered.values()].some((u) => u.length > 0);
  if (values.json) {
    io.stdout(`${JSON.stringify({
      passed: failed.length === 0 && !coverageFailed,
      scenarios: results.map((r) => ({ file: r.file, title: r.title, passed: r.result?.passed ?? false, failures: r.result?.failures ?? [], errors: r.issues?.issues ?? [] })),
      uncovered: Object.fromEntries(uncovered),
    }, null, 2)}\n`);
  } else {
    for (const r of results) {
      if (r.issues) {
        io.stdout(`✗ ${r.file}\n`);
        for (const issue of r.issues.issues) io.stdout(`    ${formatIssue(r.issues.file, issue, lang)}\n`);
        continue;
      }
      io.stdout(`${r.result!.passed ? '✓' : '✗'} ${r.file}  ${r.title}\n`);
      for (const f of r.result!.failures) io.stdout(`    ${t('bước', 'step')} ${f.step + 1}: ${f.message[lang]}\n`);
    }
    if (values.coverage) {
      for (const [file, events] of uncovered) {
        if (events.length) io.stdout(t(`  ${file}: chưa kịch bản nào chạy qua ${events.join(', ')}\n`, `  ${file}: no scenario exercises ${events.join(', ')}\n`));
      }
    }
    io.stdout(t(`${results.length} kịch bản: ${results.length - failed.length} đạt, ${failed.length} không đạt.\n`, `${results.length} scenario(s): ${results.length - failed.length} passed, ${failed.length} failed.\n`));
  }
  return failed.length === 0 && !coverageFailed ? EXIT.ok : EXIT.invalid;
}
