/** Styles of `<motcua-workbench>` beyond `sharedStyles`. */
import { css } from 'lit';

export const workbenchStyles = css`
  .base { background: var(--_motcua-color-background); padding: var(--_motcua-space-m); }
  .table { width: 100%; border-collapse: collapse; margin-bottom: var(--_motcua-space-m); }
  .table caption { text-align: left; font-weight: 700; padding-bottom: var(--_motcua-space-s); }
  .table th, .table td { text-align: left; padding: var(--_motcua-space-s); border-bottom: 1px solid #b1b4b6; vertical-align: top; }
  .table thead th { border-bottom: 2px solid var(--_motcua-color-border); }
  .actions { list-style: none; padding: 0; margin: 0 0 var(--_motcua-space-m); display: flex; flex-wrap: wrap; gap: var(--_motcua-space-s); }
  .action-form { border-left: 5px solid var(--_motcua-color-border); padding: var(--_motcua-space-m); margin-bottom: var(--_motcua-space-l); }
  .buttons { display: flex; flex-wrap: wrap; gap: var(--_motcua-space-m); margin: var(--_motcua-space-m) 0; }
  textarea {
    box-sizing: border-box; width: 100%; max-width: 36rem; font: inherit; padding: var(--_motcua-space-xs);
    border: var(--_motcua-border-width) solid var(--_motcua-color-border); color: inherit; background: var(--_motcua-color-background);
  }
  textarea[aria-invalid='true'] { border-color: var(--_motcua-color-error); border-width: 4px; }
  textarea:focus, input:focus, h2:focus, .notice:focus { outline: 3px solid var(--_motcua-color-focus); outline-offset: 0; }
  fieldset { border: 0; padding: 0; margin: 0; }
  legend { font-weight: 700; margin-bottom: var(--_motcua-space-xs); }
  .checkbox { display: flex; align-items: center; gap: var(--_motcua-space-s); margin-bottom: var(--_motcua-space-xs); }
  .checkbox input { width: 1.5rem; height: 1.5rem; margin: 0; }
  .checkbox label { font-weight: 400; margin: 0; }
  .documents { padding-left: var(--_motcua-space-l); }
  .documents .hint { margin-left: var(--_motcua-space-s); }
  .timeline { padding-left: var(--_motcua-space-l); }
  .timeline li { margin-bottom: var(--_motcua-space-s); }
  .timeline p { margin: 0; }
  a { color: var(--_motcua-color-link); }
  .notice--success { border-color: var(--_motcua-color-success); }
  .notice--warning { border-color: var(--_motcua-color-warning); background: var(--_motcua-color-warning-background); }
  .outcome:empty { display: none; }
  .empty { font-style: italic; }

  @media print {
    .no-print { display: none; }
    .base { padding: 0; }
  }
`;
