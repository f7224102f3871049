import type { Located, Organisation } from '../model.ts';
import type { RuleId } from '../rules.ts';
import type { FieldPath } from '../source.ts';
import type { Msg } from '../text.ts';

export type Report = (src: Located, sub: FieldPath, message: Msg) => void;

/** One OKR-quality rule: its id (severity and doc live in the catalogue, rules.ts) and the check. */
export interface LintRule {
  id: RuleId;
  check(org: Organisation, report: Report): void;
}
