/** Styles of `<motcua-procedure-catalog>` beyond `sharedStyles`. */
import { css } from 'lit';

export const procedureCatalogStyles = css`
  .base { background: var(--_motcua-color-background); padding: var(--_motcua-space-m); }
  .layout { display: flex; flex-wrap: wrap; gap: var(--_motcua-space-l); align-items: flex-start; }
  .filters { flex: 1 1 16rem; max-width: 22rem; background: #f3f2f1; padding: var(--_motcua-space-m); }
  .filters h3 { margin-top: 0; }
  .results { flex: 3 1 24rem; min-width: 0; }
  select {
    box-sizing: border-box; width: 100%; font: inherit; padding: var(--_motcua-space-xs); color: inherit; background: var(--_motcua-color-background);
    border: var(--_motcua-border-width) solid var(--_motcua-color-border); border-radius: var(--_motcua-radius);
  }
  select:focus, input[type='checkbox']:focus { outline: 3px solid var(--_motcua-color-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--_motcua-color-focus-text); }
  fieldset { border: 0; margin: 0 0 var(--_motcua-space-l); padding: 0; min-width: 0; }
  legend { font-weight: 700; padding: 0; margin-bottom: var(--_motcua-space-xs); }
  .checkbox { display: flex; align-items: flex-start; gap: var(--_motcua-space-s); margin-bottom: var(--_motcua-space-xs); }
  .checkbox input { width: 1.5rem; height: 1.5rem; margin: 0; flex: none; accent-color: var(--_motcua-color-text); }
  .checkbox label { font-weight: 400; margin: 0; }
  .actions { display: flex; flex-wrap: wrap; gap: var(--_motcua-space-m); align-items: center; }
  .count { font-weight: 700; font-size: 1.125rem; margin: 0 0 var(--_motcua-space-m); }
  .list { list-style: none; margin: 0; padding: 0; }
  .item { border-top: 1px solid #b1b4b6; padding: var(--_motcua-space-m) 0; }
  .item h3 { margin: 0 0 var(--_motcua-space-xs); }
  .item .tag { margin-left: 0; }
  .item dl > div { border-bottom: 0; padding: 0; }
  .item dt { min-width: 8rem; font-weight: 400; color: var(--_motcua-color-text-secondary); }
  .summary { margin: 0 0 var(--_motcua-space-s); }
  .tag--boundary-free { color: var(--_motcua-color-link); }
  .start { display: inline-block; margin-top: var(--_motcua-space-s); }
  a.start {
    font-weight: 700; padding: var(--_motcua-space-s) var(--_motcua-space-m); text-decoration: none;
    color: var(--_motcua-color-primary-text); background: var(--_motcua-color-primary); box-shadow: 0 2px 0 #002d18;
  }
  a.start:focus { color: var(--_motcua-color-focus-text); background: var(--_motcua-color-focus); }
  h2:focus { outline: 3px solid var(--_motcua-color-focus); }
`;
