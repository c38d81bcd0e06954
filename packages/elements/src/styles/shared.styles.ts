/**
 * `sharedStyles`: what every component looks like in common — GOV.UK-like type, fields, buttons, the error
 * summary, tags, notices, summary lists — themed by the `--motcua-*` tokens. Put it after `tokens` in a
 * component's `styles`, then the component's own sheet.
 */
import { css } from 'lit';

export const sharedStyles = css`
  :host {
    display: block;
    font-family: var(--_motcua-font-family);
    font-size: var(--_motcua-font-size);
    line-height: var(--_motcua-line-height);
    color: var(--_motcua-color-text);
  }
  :host([hidden]) { display: none; }
  h2 { font-size: 1.5rem; margin: 0 0 var(--_motcua-space-m); line-height: 1.25; }
  h3 { font-size: 1.125rem; margin: var(--_motcua-space-l) 0 var(--_motcua-space-s); }
  .field { margin-bottom: var(--_motcua-space-l); }
  .field--error { border-left: 5px solid var(--_motcua-color-error); padding-left: var(--_motcua-space-m); }
  label { display: block; font-weight: 700; margin-bottom: var(--_motcua-space-xs); }
  .hint { color: var(--_motcua-color-text-secondary); margin: 0 0 var(--_motcua-space-xs); }
  .error-message { color: var(--_motcua-color-error); font-weight: 700; margin: 0 0 var(--_motcua-space-xs); }
  input {
    box-sizing: border-box; width: 100%; max-width: 24rem; font: inherit; padding: var(--_motcua-space-xs);
    border: var(--_motcua-border-width) solid var(--_motcua-color-border); border-radius: var(--_motcua-radius);
    color: inherit; background: var(--_motcua-color-background);
  }
  input[aria-invalid='true'] { border-color: var(--_motcua-color-error); border-width: 4px; }
  input:focus, button:focus, a:focus, .error-summary:focus {
    outline: 3px solid var(--_motcua-color-focus); outline-offset: 0; box-shadow: inset 0 0 0 2px var(--_motcua-color-focus-text);
  }
  button {
    font: inherit; font-weight: 700; padding: var(--_motcua-space-s) var(--_motcua-space-m); cursor: pointer;
    color: var(--_motcua-color-primary-text); background: var(--_motcua-color-primary);
    border: var(--_motcua-border-width) solid transparent; border-radius: var(--_motcua-radius);
    box-shadow: 0 2px 0 #002d18;
  }
  button:focus { color: var(--_motcua-color-focus-text); background: var(--_motcua-color-focus); }
  .error-summary {
    border: 5px solid var(--_motcua-color-error); padding: var(--_motcua-space-m); margin-bottom: var(--_motcua-space-l);
  }
  .error-summary h2 { font-size: 1.25rem; }
  .error-summary ul { margin: 0; padding-left: 0; list-style: none; }
  .error-summary a { color: var(--_motcua-color-error); font-weight: 700; }
  dl { margin: 0; }
  dl > div { display: flex; flex-wrap: wrap; gap: var(--_motcua-space-s); padding: var(--_motcua-space-s) 0; border-bottom: 1px solid #b1b4b6; }
  dt { font-weight: 700; min-width: 10rem; }
  dd { margin: 0; }
  .tag {
    display: inline-block; font-weight: 700; padding: 0 var(--_motcua-space-s); margin-left: var(--_motcua-space-xs);
    border: 2px solid currentColor;
  }
  .tag--overdue { color: var(--_motcua-color-error); }
  .tag--due-soon { color: var(--_motcua-color-warning); background: var(--_motcua-color-warning-background); }
  .tag--on-time { color: var(--_motcua-color-success); }
  .notice { border-left: 5px solid var(--_motcua-color-border); padding: var(--_motcua-space-s) var(--_motcua-space-m); }
  .notice--error { border-color: var(--_motcua-color-error); }
  .notice--supplement { border-color: var(--_motcua-color-warning); background: var(--_motcua-color-warning-background); margin-top: var(--_motcua-space-l); }
  .notice--supplement h3 { margin-top: 0; }
  .visually-hidden {
    position: absolute !important; width: 1px !important; height: 1px !important; margin: 0 !important; padding: 0 !important;
    overflow: hidden !important; clip: rect(0 0 0 0) !important; clip-path: inset(50%) !important; border: 0 !important; white-space: nowrap !important;
  }

  .button--secondary { color: var(--_motcua-color-text); background: #f3f2f1; box-shadow: 0 2px 0 #929191; }
  .link-button {
    background: none; border: 0; box-shadow: none; padding: 0; color: var(--_motcua-color-link); text-decoration: underline; font-weight: 400;
  }
`;
