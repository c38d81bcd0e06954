/** Styles of `<motcua-dossier-status>` beyond `sharedStyles`. */
import { css } from 'lit';

export const dossierStatusStyles = css`
  .base { background: var(--_motcua-color-background); padding: var(--_motcua-space-m); max-width: 40rem; }
  .result:empty { display: none; }
  .result { margin-top: var(--_motcua-space-l); }
`;
