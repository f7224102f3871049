import type { Severity } from '../diagnostics.ts';
import type { Located, Organisation } from '../model.ts';
import type { FieldPath } from '../source.ts';
import type { Msg } from '../text.ts';

export type Report = (src: Located, sub: FieldPath, message: Msg) => void;

/** One OKR-quality rule: a permanent id, a default severity, a one-line doc, and the check. */
export interface LintRule {
  id: string;
  severity: Severity;
  doc: Msg;
  check(org: Organisation, report: Report): void;
}
