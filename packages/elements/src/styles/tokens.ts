/**
 * `tokens`: the `--motcua-*` design tokens as a Lit `css` sheet (adopted as a constructable stylesheet,
 * so it needs no `unsafe-inline` under a strict Content-Security-Policy). The text is `tokens.css`,
 * verbatim; `tokens.test.ts` fails when the two drift apart.
 */
import { css } from 'lit';

/** The token sheet every component puts first in its `styles`. */
export const tokens = css`
/*
 * Design tokens of @motcua/elements: the one place where \`--motcua-*\` defaults live.
 *
 * A page themes every component by setting the public \`--motcua-*\` properties anywhere above them
 * (\`:root\`, a container, or the element itself). Inside a shadow root each token is read once into a
 * private \`--_motcua-*\` alias with its default, so components use \`var(--_motcua-…)\` and a page value set
 * on an ancestor is never shadowed by the default. \`tokens.ts\` holds the same text as a Lit \`css\` sheet
 * (a constructable stylesheet: allowed under \`style-src 'self'\`); a test keeps the two identical.
 */
:host {
  --_motcua-font-family: var(--motcua-font-family, system-ui, 'Segoe UI', Roboto, 'Helvetica Neue', Arial, sans-serif);
  --_motcua-font-size: var(--motcua-font-size, 1rem);
  --_motcua-line-height: var(--motcua-line-height, 1.5);
  --_motcua-color-text: var(--motcua-color-text, #0b0c0c);
  --_motcua-color-text-secondary: var(--motcua-color-text-secondary, #484949);
  --_motcua-color-background: var(--motcua-color-background, #ffffff);
  --_motcua-color-border: var(--motcua-color-border, #0b0c0c);
  --_motcua-color-primary: var(--motcua-color-primary, #00703c);
  --_motcua-color-primary-text: var(--motcua-color-primary-text, #ffffff);
  --_motcua-color-link: var(--motcua-color-link, #1d70b8);
  --_motcua-color-error: var(--motcua-color-error, #b3261e);
  --_motcua-color-warning: var(--motcua-color-warning, #7a4a00);
  --_motcua-color-warning-background: var(--motcua-color-warning-background, #fff4d6);
  --_motcua-color-success: var(--motcua-color-success, #005a30);
  --_motcua-color-focus: var(--motcua-color-focus, #ffdd00);
  --_motcua-color-focus-text: var(--motcua-color-focus-text, #0b0c0c);
  --_motcua-space-xs: var(--motcua-space-xs, 0.25rem);
  --_motcua-space-s: var(--motcua-space-s, 0.5rem);
  --_motcua-space-m: var(--motcua-space-m, 1rem);
  --_motcua-space-l: var(--motcua-space-l, 1.5rem);
  --_motcua-border-width: var(--motcua-border-width, 2px);
  --_motcua-radius: var(--motcua-radius, 0);
}
`;
