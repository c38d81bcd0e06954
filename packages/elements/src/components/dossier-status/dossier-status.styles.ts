/** Styles of `<motcua-dossier-status>` beyond `sharedStyles`. */
import { css } from 'lit';

export const dossierStatusStyles = css`
  .base { background: var(--_motcua-color-background); padding: var(--_motcua-space-m); max-width: 40rem; }
  .result:empty { display: none; }
  .result { margin-top: var(--_motcua-space-l); }
  h4 { font-size: 1rem; margin: var(--_motcua-space-m) 0 var(--_motcua-space-s); }
  input[type='file'] { border: 0; padding: var(--_motcua-space-xs) 0; max-width: 100%; }
  .supplement-form { border-top: 1px solid var(--_motcua-color-warning); margin-top: var(--_motcua-space-m); }
  .supplement-form .field { margin-bottom: var(--_motcua-space-m); }
  .notice--success { border-color: var(--_motcua-color-success); margin: 0 0 var(--_motcua-space-m); font-weight: 700; }
  .timeline { list-style: none; margin: 0; padding: 0 0 0 var(--_motcua-space-m); border-left: 3px solid var(--_motcua-color-border); }
  .timeline__entry { position: relative; padding: 0 0 var(--_motcua-space-m) var(--_motcua-space-s); }
  .timeline__entry::before {
    content: ''; position: absolute; left: calc(-1 * var(--_motcua-space-m) - 9px); top: 0.35rem;
    width: 12px; height: 12px; border-radius: 50%; background: var(--_motcua-color-background); border: 3px solid var(--_motcua-color-border);
  }
  .timeline__entry--current::before { background: var(--_motcua-color-primary); border-color: var(--_motcua-color-primary); }
  .timeline__date { display: block; color: var(--_motcua-color-text-secondary); }
  .timeline__entry p { margin: 0; }
  .timeline__current { font-weight: 400; }
  .timeline__due { font-weight: 700; }
  .after-result { margin-top: var(--_motcua-space-l); }
`;
