/** Styles of `<motcua-statistics>` beyond `sharedStyles`: a period form on one line and wide tables. */
import { css } from 'lit';

export const statisticsStyles = css`
  .base { background: var(--_motcua-color-background); padding: var(--_motcua-space-m); }
  .period { display: flex; flex-wrap: wrap; gap: var(--_motcua-space-m); align-items: flex-end; margin-bottom: var(--_motcua-space-l); }
  .period .field { margin-bottom: 0; }
  .period input, .period select { width: auto; }
  select {
    font: inherit; padding: var(--_motcua-space-xs); border: var(--_motcua-border-width) solid var(--_motcua-color-border);
    background: var(--_motcua-color-background); color: inherit;
  }
  select:focus { outline: 3px solid var(--_motcua-color-focus); outline-offset: 0; }
  .table-wrap { overflow-x: auto; }
  .table-wrap:focus { outline: 3px solid var(--_motcua-color-focus); }
  table { border-collapse: collapse; width: 100%; margin-bottom: var(--_motcua-space-l); }
  caption { text-align: left; font-weight: 700; padding-bottom: var(--_motcua-space-s); }
  th, td { text-align: right; padding: var(--_motcua-space-s); border-bottom: 1px solid #b1b4b6; vertical-align: top; }
  th:first-child, td:first-child { text-align: left; }
  thead th { font-weight: 700; }
  details { margin-bottom: var(--_motcua-space-m); }
  summary { cursor: pointer; color: var(--_motcua-color-link); }
  summary:focus { outline: 3px solid var(--_motcua-color-focus); }
`;
