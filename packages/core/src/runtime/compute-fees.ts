/**
 * `computeFees`: the fees and charges (phí, lệ phí) a dossier owes, in whole đồng.
 *
 * Per fee: it applies on its `channels` (all when absent) and when its `when` holds (always when
 * absent); the quantity is 1 per dossier, or the number in `quantityField` per copy or page (0 when
 * the field is empty: nothing ordered); `tiers` price units by range (units outside every tier at
 * `amount`); `maxAmount` caps the fee; `exemptWhen` makes it 0 and says so.
 */
import type { ExpressionEnvironment } from '../expression/index.js';
import type { Fee, Procedure } from '../generated/procedure.types.js';
import type { Message } from '../types.js';
import { holds } from '../compile/dossier-environment.js';
import type { ChannelKind } from '../compile/index.js';

/** One fee line. */
export interface FeeLine {
  readonly id: string;
  readonly kind: 'fee' | 'charge';
  readonly title: Message;
  readonly per: 'dossier' | 'copy' | 'page';
  readonly quantity: number;
  /** What is owed for this line, whole VND (0 when exempt). */
  readonly amount: number;
  /** What would be owed without the exemption. */
  readonly grossAmount: number;
  readonly exempt: boolean;
  readonly payable: 'on-submit' | 'on-result';
}

/** The fees a dossier owes. */
export interface FeesDue {
  readonly currency: 'VND';
  /** Applicable fees, exempt ones included with amount 0. */
  readonly items: readonly FeeLine[];
  readonly total: number;
}

function readQuantity(data: unknown, path: string): number {
  let current = data;
  for (const segment of path.split('.')) {
    if (typeof current !== 'object' || current === null || Array.isArray(current) || !Object.hasOwn(current, segment)) return 0;
    current = (current as Record<string, unknown>)[segment];
  }
  return typeof current === 'number' && Number.isFinite(current) && current > 0 ? Math.floor(current) : 0;
}

function quantityOf(fee: Fee, data: unknown): number {
  const per = fee.per ?? 'dossier';
  if (per === 'dossier') return 1;
  return fee.quantityField === undefined ? 1 : readQuantity(data, fee.quantityField);
}

/** Price of `quantity` units under tiers: each tier prices the units in its range; the rest cost `amount`. */
function tieredAmount(fee: Fee, quantity: number): number {
  if (!fee.tiers) return fee.amount * quantity;
  let covered = 0;
  let total = 0;
  for (const tier of fee.tiers) {
    const last = Math.min(quantity, tier.to ?? Infinity);
    const units = Math.max(0, last - tier.from + 1);
    covered += units;
    total += units * tier.amount;
  }
  return total + Math.max(0, quantity - covered) * fee.amount;
}

/**
 * Computes the fees of a dossier.
 *
 * @example computeFees(procedure, env, 'online').total // 16000 for two copies at 8,000 VND
 */
export function computeFees(procedure: Procedure, env: ExpressionEnvironment, channel: ChannelKind): FeesDue {
  const items: FeeLine[] = [];
  for (const fee of procedure.fees ?? []) {
    if (fee.channels && !fee.channels.includes(channel)) continue;
    if (fee.when !== undefined && !holds(fee.when, env)) continue;
    const quantity = quantityOf(fee, env.data);
    let gross = tieredAmount(fee, quantity);
    if (fee.maxAmount !== undefined) gross = Math.min(gross, fee.maxAmount);
    gross = Math.round(gross); // whole đồng
    const exempt = holds(fee.exemptWhen, env);
    items.push({
      id: fee.id,
      kind: fee.kind,
      title: fee.title,
      per: fee.per ?? 'dossier',
      quantity,
      amount: exempt ? 0 : gross,
      grossAmount: gross,
      exempt,
      payable: fee.payable ?? 'on-submit',
    });
  }
  return { currency: 'VND', items, total: items.reduce((sum, line) => sum + line.amount, 0) };
}
