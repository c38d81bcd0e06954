// Benchmark: due-date computations per second on the built-in Vietnamese calendar.
import { computeDueAtMs, computeDueDate, defaultWorkingCalendar } from '../packages/core/dist/index.js';

const TERMS = [
  { unit: 'same-day' },
  { unit: 'working-days', value: 3 },
  { unit: 'working-days', value: 7 },
  { unit: 'working-hours', value: 4 },
  { unit: 'calendar-days', value: 15 },
];

/** Receipt instants spread over 2024–2026 at every hour, including nights, weekends and Tết. */
function instants(count) {
  const start = Date.parse('2024-01-01T00:00:00+07:00');
  const span = Date.parse('2026-12-01T00:00:00+07:00') - start;
  return Array.from({ length: count }, (_, i) => start + Math.floor(((i * 2654435761) % count) / count * span / 3_600_000) * 3_600_000);
}

function rate(label, n, fn) {
  for (let i = 0; i < Math.min(n, 50_000); i++) fn(i); // warm-up
  const t0 = process.hrtime.bigint();
  for (let i = 0; i < n; i++) fn(i);
  const seconds = Number(process.hrtime.bigint() - t0) / 1e9;
  return [label, n, Math.round(n / seconds)];
}

export function runDeadlineBenchmark() {
  const calendar = defaultWorkingCalendar();
  const at = instants(100_000);
  let sink = 0;
  const rows = [
    rate('computeDueAtMs (epoch ms in and out)', 2_000_000, (i) => { sink += computeDueAtMs(at[i % at.length], TERMS[i % TERMS.length], calendar); }),
    rate('computeDueDate, no explanation trail (ISO strings out)', 500_000, (i) => { sink += computeDueDate({ receivedAt: at[i % at.length], term: TERMS[i % TERMS.length], calendar, explain: false }).dueAtMs; }),
    rate('computeDueDate with the explanation trail', 100_000, (i) => { sink += computeDueDate({ receivedAt: at[i % at.length], term: TERMS[i % TERMS.length], calendar }).trail.length; }),
  ];
  if (sink === 42) console.log(''); // keep the results alive
  return rows;
}
