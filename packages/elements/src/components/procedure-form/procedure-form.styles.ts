/** Styles of `<motcua-procedure-form>` beyond `sharedStyles`: choices, addresses, task list, tables, print. */
import { css } from 'lit';

export const procedureFormStyles = css`
  .base { background: var(--_motcua-color-background); padding: var(--_motcua-space-m); max-width: 48rem; }
  fieldset { border: 0; padding: 0; margin: 0; min-width: 0; }
  legend { font-weight: 700; padding: 0; }
  .sub-label, .optional, .checkbox label, .radio label { font-weight: 400; }
  select, textarea {
    box-sizing: border-box; width: 100%; max-width: 24rem; font: inherit; padding: var(--_motcua-space-xs);
    border: var(--_motcua-border-width) solid var(--_motcua-color-border); color: inherit; background: var(--_motcua-color-background);
  }
  [aria-invalid='true'] { border-color: var(--_motcua-color-error); border-width: 4px; }
  select:focus, textarea:focus, input:focus { outline: 3px solid var(--_motcua-color-focus); }
  input[type='checkbox'], input[type='radio'] { width: 1.5rem; height: 1.5rem; margin: 0 var(--_motcua-space-s) 0 0; }
  input[type='file'] { border: 0; }
  .checkbox, .radio { display: flex; align-items: center; margin-bottom: var(--_motcua-space-s); }
  .checkbox label, .radio label { margin: 0; }
  .buttons, .task, .check-heading { display: flex; flex-wrap: wrap; gap: var(--_motcua-space-m); align-items: baseline; justify-content: space-between; }
  .buttons { justify-content: start; margin-top: var(--_motcua-space-l); }
  .task-list { list-style: none; padding: 0; }
  .task, .component, th, td { border-bottom: 1px solid #b1b4b6; padding: var(--_motcua-space-s) 0; }
  a { color: var(--_motcua-color-link); }
  table { border-collapse: collapse; width: 100%; }
  th, td { text-align: left; vertical-align: top; }
  .amount { text-align: right; }
  .due { font-weight: 700; }
  .list-item { border-left: 4px solid #b1b4b6; padding-left: var(--_motcua-space-m); margin: 0 0 var(--_motcua-space-m); }
  .answer-list { margin: 0; padding-left: 1.25rem; }
  @media print { button { display: none; } }
`;
