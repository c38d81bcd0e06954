/** Styles of `<motcua-feedback>` beyond `sharedStyles`. */
import { css } from 'lit';

export const feedbackStyles = css`
  .base { background: var(--_motcua-color-background); padding: var(--_motcua-space-m); max-width: 40rem; }
  fieldset { border: 0; margin: 0 0 var(--_motcua-space-l); padding: 0; min-width: 0; }
  legend { font-weight: 700; font-size: 1.125rem; margin-bottom: var(--_motcua-space-s); padding: 0; }
  .radios { display: flex; flex-direction: column; gap: var(--_motcua-space-s); }
  .radio { display: flex; align-items: center; gap: var(--_motcua-space-s); }
  .radio input { width: 1.75rem; height: 1.75rem; margin: 0; accent-color: var(--_motcua-color-text); flex: none; }
  .radio label { font-weight: 400; margin: 0; cursor: pointer; }
  .radio input:focus { outline: 3px solid var(--_motcua-color-focus); outline-offset: 2px; }
  textarea {
    box-sizing: border-box; width: 100%; font: inherit; padding: var(--_motcua-space-xs); min-height: 6rem;
    border: var(--_motcua-border-width) solid var(--_motcua-color-border); border-radius: var(--_motcua-radius);
    color: inherit; background: var(--_motcua-color-background);
  }
  textarea[aria-invalid='true'] { border-color: var(--_motcua-color-error); border-width: 4px; }
  textarea:focus { outline: 3px solid var(--_motcua-color-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--_motcua-color-focus-text); }
  .count { margin: var(--_motcua-space-xs) 0 0; color: var(--_motcua-color-text-secondary); }
  .count--over { color: var(--_motcua-color-error); font-weight: 700; }
  .panel { border: 5px solid var(--_motcua-color-success); padding: var(--_motcua-space-m); }
  .panel h2:focus { outline: 3px solid var(--_motcua-color-focus); }
  .status:empty { display: none; }
  .status { margin-top: var(--_motcua-space-m); }
  button[aria-disabled='true'] { opacity: 0.7; cursor: progress; }
`;
