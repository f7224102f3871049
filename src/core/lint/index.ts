import type { Located, Organisation } from '../model.ts';
import type { Reporter } from '../load/reporter.ts';
import { SEVERITY_SETTINGS, type LintSettings, type SeveritySetting } from '../schemas/settings.ts';
import { didYouMean, join, msg, nearest } from '../text.ts';
import { baselineMissing } from './baseline-missing.ts';
import { departmentNoLead } from './department-no-lead.ts';
import { departmentNoMission } from './department-no-mission.ts';
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
  departmentNoLead, departmentNoMission,
];

/** The keys of settings.yaml `lint` that are numbers to check against, not rule ids. */
export const LINT_THRESHOLDS = ['objectivesPerOwner', 'keyResultsPerObjective'] as const;

function isSeverity(value: unknown): value is SeveritySetting {
  return SEVERITY_SETTINGS.includes(value as SeveritySetting);
}

/** The severity settings.yaml gives a rule, or its default. */
export function severityOf(rule: LintRule, lint: Partial<LintSettings> | undefined): SeveritySetting {
  const written = lint?.[rule.id];
  return isSeverity(written) ? written : rule.severity;
}

/** Run every rule, with the severities settings.yaml overrides (`off` silences a rule). */
export function runLint(org: Organisation, rep: Reporter): void {
  for (const rule of LINT_RULES) {
    const severity = severityOf(rule, org.settings.lint);
    if (severity === 'off') continue;
    rule.check(org, (src, sub, message) => rep.report(severity, rule.id, src, sub, message));
  }
}

/** Every key of `lint` besides the thresholds must be a rule id, set to error, warning or off. */
export function checkLintSettings(lint: Record<string, unknown> | undefined, src: Located, rep: Reporter): void {
  const ids = LINT_RULES.map((r) => r.id);
  for (const [key, value] of Object.entries(lint ?? {})) {
    if ((LINT_THRESHOLDS as readonly string[]).includes(key)) continue;
    if (!ids.includes(key)) {
      rep.report('error', 'unknown-rule', src, ['lint', key], join(
        msg(`没有名为 "${key}" 的检查规则（现有：${ids.join('、')}；数量范围：${LINT_THRESHOLDS.join('、')}）。`,
          `There is no lint rule "${key}" (known: ${ids.join(', ')}; count ranges: ${LINT_THRESHOLDS.join(', ')}).`),
        didYouMean(nearest(key, [...ids, ...LINT_THRESHOLDS])),
      ), 'key');
    } else if (!isSeverity(value)) {
      rep.report('error', 'invalid-value', src, ['lint', key], join(
        msg(`lint.${key} 的值 ${JSON.stringify(value)} 不可用，可选值：${SEVERITY_SETTINGS.join('、')}。`,
          `lint.${key} is ${JSON.stringify(value)}, which is not one of ${SEVERITY_SETTINGS.join(', ')}.`),
        didYouMean(nearest(String(value), SEVERITY_SETTINGS)),
      ));
    }
  }
}
