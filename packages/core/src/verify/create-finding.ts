/**
 * `createFinding`: a finding whose message ends with its witness path, in both languages.
 */
import type { Message } from '../types.js';
import type { Finding, FindingCode, FindingSeverity } from './types.js';

/** A witness as people read it: `SUBMIT → reception.accept → appraisal.forward`. */
export function formatWitness(witness: readonly string[]): string {
  return witness.join(' → ');
}

/**
 * Builds a finding. The message gets the witness appended (`Đường đi: …` / `Path: …`), so a line of
 * output is enough to replay the problem; an empty witness reads "the initial state" or, with
 * `noPath`, "none".
 */
export function createFinding(
  code: FindingCode,
  severity: FindingSeverity,
  message: Message,
  witness: readonly string[],
  options: { readonly states?: readonly string[]; readonly noPath?: boolean } = {},
): Finding {
  const path = formatWitness(witness);
  const vi = path || (options.noPath ? '(không có)' : '(trạng thái đầu)');
  const en = path || (options.noPath ? '(none)' : '(the initial state)');
  return {
    code,
    severity,
    message: { vi: `${message.vi} Đường đi: ${vi}.`, en: `${message.en} Path: ${en}.` },
    witness: [...witness],
    ...(options.states ? { states: [...options.states] } : {}),
  };
}
