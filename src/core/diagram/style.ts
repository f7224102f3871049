import type { CausalVerdict } from '../scoring/causal.ts';
import { STATUS_LABELS } from '../views/status.ts';
import { STATUSES, type Status } from '../scoring/pace.ts';

/**
 * Mermaid class of a status: `st_done`, `st_on_track`, `st_at_risk`, `st_off_track`, `st_no_data`,
 * `st_unscored`. Mermaid puts it on the node's `<g>`, so page CSS can target `.diagram .st_at_risk`.
 */
export function statusClass(status: Status): string {
  return `st_${status.replace(/-/g, '_')}`;
}

/**
 * Mid-tone fills with dark text and a darker border, readable on light and dark pages alike
 * (Mermaid writes classDef styles inline, so they cannot follow prefers-color-scheme). The border
 * carries the status too: solid and thick when done, dashed when there is nothing to judge.
 */
const FILLS: Record<Status, string> = {
  done: 'fill:#8fd3ae,stroke:#18794e,stroke-width:3px,color:#1d2129',
  'on-track': 'fill:#b9e5cb,stroke:#18794e,stroke-width:1.5px,color:#1d2129',
  'at-risk': 'fill:#f7d08a,stroke:#a15c00,stroke-width:1.5px,color:#1d2129',
  'off-track': 'fill:#f5a896,stroke:#c4320a,stroke-width:2px,color:#1d2129',
  'no-data': 'fill:#d5d9df,stroke:#6b7280,stroke-width:1.5px,stroke-dasharray:5 3,color:#1d2129',
  unscored: 'fill:#e4e7eb,stroke:#6b7280,stroke-width:1.5px,stroke-dasharray:2 3,color:#1d2129',
};

/** `classDef` lines for every status, in a fixed order. */
export const CLASS_DEFS: readonly string[] = STATUSES.map((s) => `classDef ${statusClass(s)} ${FILLS[s]}`);

/** The status glyphs of the site's status chips, printed after the score so colour is not the only cue. */
export const STATUS_ICONS = Object.fromEntries(Object.entries(STATUS_LABELS).map(([s, l]) => [s, l.icon])) as Record<Status, string>;

/**
 * The stroke of a cause by its verdict: mid-tone colours that read on light and dark pages, and a dash
 * that differs too (solid when the data speaks, dashed when it is mixed, dotted when there is not
 * enough), with the verdict's symbol on the edge besides.
 */
export const LINK_STYLES: Record<CausalVerdict, string> = {
  supported: 'stroke:#2f9e6a,stroke-width:3px',
  contradicted: 'stroke:#e8590c,stroke-width:3px',
  mixed: 'stroke:#c98a00,stroke-width:2px,stroke-dasharray:8 4',
  insufficient: 'stroke:#868e96,stroke-width:1.5px,stroke-dasharray:2 4',
};
