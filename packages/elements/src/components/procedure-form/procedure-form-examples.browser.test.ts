/**
 * Every example procedure can be completed by a citizen: the answers of its happy-path scenario
 * (`examples/scenarios/<stem>/…happy-path.json`, `dossier.data`) are given page by page through the
 * controls, a small PDF is attached to each component the form asks for, check answers shows no
 * problem, and Submit fires `motcua-submit` with exactly those answers (plus the form's defaults, minus
 * the questions the answers hide).
 */
import type { ChannelKind, Procedure } from '@motcua/core';
import { afterEach, describe, expect, it } from 'vitest';
import birthJson from '../../../../../examples/procedures/birth-registration-1.001193.json' with { type: 'json' };
import buildingJson from '../../../../../examples/procedures/building-permit-detached-house.json' with { type: 'json' };
import householdJson from '../../../../../examples/procedures/business-household-registration-1.001612.json' with { type: 'json' };
import certifiedJson from '../../../../../examples/procedures/certified-copy-2.000815.json' with { type: 'json' };
import childJson from '../../../../../examples/procedures/child-under-6-bundle.json' with { type: 'json' };
import extractJson from '../../../../../examples/procedures/civil-status-extract-copy-2.000635.json' with { type: 'json' };
import judicialJson from '../../../../../examples/procedures/judicial-record-certificate.json' with { type: 'json' };
import marriageJson from '../../../../../examples/procedures/marriage-registration-1.000894.json' with { type: 'json' };
import residenceJson from '../../../../../examples/procedures/permanent-residence-registration-1.004222.json' with { type: 'json' };
import birthHappy from '../../../../../examples/scenarios/birth-registration-1.001193/happy-path.json' with { type: 'json' };
import buildingHappy from '../../../../../examples/scenarios/building-permit-detached-house/01-happy-path.json' with { type: 'json' };
import householdHappy from '../../../../../examples/scenarios/business-household-registration-1.001612/01-happy-path.json' with { type: 'json' };
import certifiedHappy from '../../../../../examples/scenarios/certified-copy-2.000815/happy-path.json' with { type: 'json' };
import childHappy from '../../../../../examples/scenarios/child-under-6-bundle/happy-path.json' with { type: 'json' };
import extractHappy from '../../../../../examples/scenarios/civil-status-extract-copy-2.000635/happy-path.json' with { type: 'json' };
import judicialHappy from '../../../../../examples/scenarios/judicial-record-certificate/01-happy-path.json' with { type: 'json' };
import marriageHappy from '../../../../../examples/scenarios/marriage-registration-1.000894/happy-path.json' with { type: 'json' };
import residenceHappy from '../../../../../examples/scenarios/permanent-residence-registration-1.004222/01-happy-path.json' with { type: 'json' };
import { collectDefaults, environmentOf, isRecord, pruneHidden, type FormAnswers } from './form-model.js';
import type { ProcedureSubmitDetail } from './procedure-form.events.js';
import type { MotcuaProcedureForm } from './procedure-form.js';
import { attachRequired, completeQuestions, mountForm, pressContinue, rootOf } from './test-harness.js';

/** A scenario's starting dossier, as `examples/scenarios/*.json` give it. */
interface ScenarioDossier {
  readonly channel: string;
  readonly at: string;
  readonly data: FormAnswers;
}

const EXAMPLES: readonly [string, unknown, { dossier: ScenarioDossier }][] = [
  ['birth-registration-1.001193', birthJson, birthHappy],
  ['building-permit-detached-house', buildingJson, buildingHappy],
  ['business-household-registration-1.001612', householdJson, householdHappy],
  ['certified-copy-2.000815', certifiedJson, certifiedHappy],
  ['child-under-6-bundle', childJson, childHappy],
  ['civil-status-extract-copy-2.000635', extractJson, extractHappy],
  ['judicial-record-certificate', judicialJson, judicialHappy],
  ['marriage-registration-1.000894', marriageJson, marriageHappy],
  ['permanent-residence-registration-1.004222', residenceJson, residenceHappy],
];

/** `base` with `over` laid on top, nested objects merged (lists and scalars replaced). */
function merge(base: FormAnswers, over: FormAnswers): FormAnswers {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) out[key] = isRecord(value) && isRecord(out[key]) ? merge(out[key] as FormAnswers, value) : value;
  return out;
}

describe('<motcua-procedure-form>: every example procedure can be completed', () => {
  afterEach(() => {
    document.body.replaceChildren();
    localStorage.clear();
  });

  it.each(EXAMPLES)('%s: the happy-path answers go through every page to a motcua-submit with the same data', async (_stem, json, scenario) => {
    const procedure = json as Procedure;
    const { channel, at, data } = scenario.dossier;
    const now = new Date(at);
    const el = await mountForm(procedure, 'vi', (form) => { form.now = () => now; form.channel = channel as ChannelKind; form.endpoint = ''; });

    await completeQuestions(el, data);
    expect(el.currentStep).toBe(procedure.components.length > 0 ? 'components' : 'fees');
    const attached = await attachRequired(el);
    expect(el.currentStep).toBe('fees');
    await pressContinue(el);
    expect(el.currentStep).toBe('check');
    expect(rootOf(el).querySelector('.error-summary')).toBeNull();

    const submitted = new Promise<ProcedureSubmitDetail>((resolve) => el.addEventListener('motcua-submit', (event) => {
      event.preventDefault();
      resolve((event as CustomEvent<ProcedureSubmitDetail>).detail);
    }, { once: true }));
    await pressContinue(el);
    const detail = await submitted;
    const filled = merge(collectDefaults(procedure.form.data), data);
    const env = environmentOf(procedure, filled, { channel: channel as ChannelKind, documents: detail.documents, prefilled: [], now });
    expect(detail.data).toEqual(pruneHidden(procedure, filled, env));
    expect(detail.procedure).toBe(`${procedure.code}@${procedure.version}`);
    expect([...detail.documents].sort()).toEqual([...attached].sort());
  });
});
