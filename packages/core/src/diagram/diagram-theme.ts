/**
 * `DIAGRAM_THEME`: the colours and font of the SVG diagram. Colour never carries meaning alone: each
 * agency colour comes with a marker (A1, A2 …) and each outcome with its name.
 */

/** Fill, stroke and text colour of a kind of box. */
export interface Swatch {
  readonly fill: string;
  readonly stroke: string;
  readonly text: string;
}

/** Colours and font of the SVG diagram. */
export const DIAGRAM_THEME = {
  font: "'Noto Sans', 'Segoe UI', Roboto, 'Helvetica Neue', Arial, 'DejaVu Sans', sans-serif",
  background: '#ffffff',
  ink: '#0f172a',
  muted: '#475569',
  line: '#334155',
  backLine: '#64748b',
  box: { fill: '#ffffff', stroke: '#94a3b8', text: '#0f172a' },
  group: { fill: '#f1f5f9', stroke: '#64748b', text: '#1e293b' },
  lane: { fill: '#ffffff', stroke: '#cbd5e1', text: '#334155' },
  bar: '#1e293b',
  outcomes: {
    done: { fill: '#e6f4ea', stroke: '#1e7b34', text: '#0b3d17' },
    refused: { fill: '#fce8e6', stroke: '#b3261e', text: '#5c0f0a' },
    waiting: { fill: '#fff4e0', stroke: '#a15c00', text: '#4a2a00' },
    other: { fill: '#f1f5f9', stroke: '#64748b', text: '#1e293b' },
  },
  /** Agency colours (after Okabe and Ito's palette, darkened where white text or thin lines need it). */
  agencies: ['#0072b2', '#d55e00', '#009e73', '#cc79a7', '#b8860b', '#56b4e9', '#6a3d9a', '#8c564b'],
} as const;

/** The swatch of a built-in outcome (by id), grey for an unknown one. */
export function outcomeSwatch(outcome: string | undefined): Swatch {
  switch (outcome) {
    case 'result-ready': return DIAGRAM_THEME.outcomes.done;
    case 'refused': case 'stopped': return DIAGRAM_THEME.outcomes.refused;
    case 'awaiting-supplement': case 'awaiting-payment': return DIAGRAM_THEME.outcomes.waiting;
    default: return DIAGRAM_THEME.outcomes.other;
  }
}

/** The colour of the `index`-th agency, cycling through the palette. */
export function agencyColour(index: number): string {
  return DIAGRAM_THEME.agencies[index % DIAGRAM_THEME.agencies.length]!;
}
