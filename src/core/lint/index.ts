import type { Diagnostic } from '../diagnostics.ts';
import type { Organisation } from '../model.ts';
import type { Reporter } from '../load/reporter.ts';
import { baselineMissing } from './baseline-missing.ts';
import { krCount } from './kr-count.ts';
import { krNoDue } from './kr-no-due.ts';
import { krNoOwner } from './kr-no-owner.ts';
import { krUnmeasurable } from './kr-unmeasurable.ts';
import { objectiveCount } from './objective-count.ts';
import { objectiveIsMetric } from './objective-is-metric.ts';
import { objectiveOrphan } from './objective-orphan.ts';
import { placeholderTarget } from './placeholder-target.ts';
import type { LintRule } from './rule.ts';

export const LINT_RULES: LintRule[] = [
  objectiveCount, krCount, objectiveIsMetric, krUnmeasurable, placeholderTarget, baselineMissing, krNoOwner, krNoDue, objectiveOrphan,
];

/** Run every rule, with the severities settings.yaml overrides (`off` silences a rule). */
export function runLint(org: Organisation, rep: Reporter): void {
  const overrides = org.settings.lint ?? {};
  for (const rule of LINT_RULES) {
    const severity = overrides[rule.id] ?? rule.severity;
    if (severity === 'off') continue;
    rule.check(org, (src, sub, message) => rep.report(severity as Diagnostic['severity'], rule.id, src, sub, message));
  }
}
