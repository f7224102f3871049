import type { RuleId } from './rules.ts';
import type { Msg } from './text.ts';

export type Severity = 'error' | 'warning';

/** One problem found in the content, pinned to a place in a file. */
export interface Diagnostic {
  /** Path relative to the content folder, e.g. `okrs/2026/market.mdx`. */
  file: string;
  /** 1-based line and column. */
  line: number;
  col: number;
  severity: Severity;
  /** Permanent rule id, e.g. `unknown-person`: see the catalogue in rules.ts and docs/rules.md. */
  rule: RuleId;
  message: Msg;
}

export interface Position {
  line: number;
  col: number;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.rule.localeCompare(b.rule);
}

export function countBySeverity(diagnostics: Diagnostic[]): Record<Severity, number> {
  const counts = { error: 0, warning: 0 };
  for (const d of diagnostics) counts[d.severity]++;
  return counts;
}
