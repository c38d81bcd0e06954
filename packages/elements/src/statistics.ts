/**
 * Entry for `import '@motcua/elements/statistics'`: registers `<motcua-statistics>` and nothing else, and
 * exports its class and types.
 */
import './components/statistics/define.js';

export { STATISTICS_TAG, defineStatistics } from './components/statistics/define.js';
export { MotcuaStatistics } from './components/statistics/statistics.js';
export type { GroupStatisticsView, StatisticsReport, StepTimeView } from './components/statistics/statistics-report.js';
