/**
 * `toStatisticsReport`: the report as `GET /api/statistics` returns it, checked at the edge. Elements
 * never import server code (style.md), so the shape is restated here and read defensively.
 */
import { isRecord } from '../../internal/is-record.js';

/** Mean office time of one step. */
export interface StepTimeView {
  readonly step: string;
  readonly stays: number;
  readonly averageWorkingHours: number;
}

/** The figures of one procedure or agency (domain.md §3.4; Decision 766/QĐ-TTg for the progress score). */
export interface GroupStatisticsView {
  readonly key: string;
  readonly received: number;
  readonly finishedEarly: number;
  readonly finishedOnTime: number;
  readonly finishedLate: number;
  readonly inProgressOnTime: number;
  readonly inProgressOverdue: number;
  readonly withdrawn: number;
  readonly onTimeRate: number | null;
  readonly progressScore: number | null;
  readonly backlog: number;
  readonly steps: readonly StepTimeView[];
}

/** The report. */
export interface StatisticsReport {
  readonly from: string;
  readonly asOf: string;
  readonly groupBy: 'procedure' | 'agency';
  readonly groups: readonly GroupStatisticsView[];
}

const COUNTS = ['received', 'finishedEarly', 'finishedOnTime', 'finishedLate', 'inProgressOnTime', 'inProgressOverdue', 'withdrawn', 'backlog'] as const;

/** The report in `body`, or null when `body` is not one. */
export function toStatisticsReport(body: unknown): StatisticsReport | null {
  if (!isRecord(body) || typeof body['from'] !== 'string' || typeof body['asOf'] !== 'string' || !Array.isArray(body['groups'])) return null;
  const groups: GroupStatisticsView[] = [];
  for (const group of body['groups']) {
    const view = toGroup(group);
    if (view === null) return null;
    groups.push(view);
  }
  return { from: body['from'], asOf: body['asOf'], groupBy: body['groupBy'] === 'agency' ? 'agency' : 'procedure', groups };
}

function toGroup(value: unknown): GroupStatisticsView | null {
  if (!isRecord(value) || typeof value['key'] !== 'string') return null;
  if (!COUNTS.every((name) => typeof value[name] === 'number')) return null;
  const numberOrNull = (name: string) => (typeof value[name] === 'number' ? value[name] : null);
  const steps = Array.isArray(value['steps'])
    ? value['steps'].filter((step): step is StepTimeView => isRecord(step) && typeof step['step'] === 'string' && typeof step['stays'] === 'number' && typeof step['averageWorkingHours'] === 'number')
    : [];
  return { ...(value as unknown as GroupStatisticsView), onTimeRate: numberOrNull('onTimeRate'), progressScore: numberOrNull('progressScore'), steps };
}
