import type { Located, Organisation } from '../model.ts';
import type { Reporter } from '../load/reporter.ts';
import { CONFIGURABLE_RULES, isRuleId, RULES, type RuleId } from '../rules.ts';
import { SEVERITY_SETTINGS, type SeveritySetting } from '../schemas/settings.ts';
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

/** Run every rule the settings leave on; the reporter applies the severity settings.yaml gives it. */
export function runLint(org: Organisation, rep: Reporter): void {
  for (const rule of LINT_RULES) {
    if (rep.severityOf(rule.id) === 'off') continue;
    rule.check(org, (src, sub, message) => rep.report(RULES[rule.id].severity, rule.id, src, sub, message));
  }
}

/**
 * Every key of `lint` besides the thresholds must be a configurable rule id, set to error, warning or
 * off; the valid ones configure the reporter.
 */
export function checkLintSettings(lint: Record<string, unknown> | undefined, src: Located, rep: Reporter): void {
  const ids: string[] = CONFIGURABLE_RULES;
  const overrides = new Map<RuleId, SeveritySetting>();
  for (const [key, value] of Object.entries(lint ?? {})) {
    if ((LINT_THRESHOLDS as readonly string[]).includes(key)) continue;
    if (!isRuleId(key) || !ids.includes(key)) {
      rep.report('error', 'unknown-rule', src, ['lint', key], join(
        msg(`没有名为 "${key}" 的可配置检查规则（现有：${ids.join('、')}；数量范围：${LINT_THRESHOLDS.join('、')}）。`,
          `There is no configurable rule "${key}" (known: ${ids.join(', ')}; count ranges: ${LINT_THRESHOLDS.join(', ')}).`),
        didYouMean(nearest(key, [...ids, ...LINT_THRESHOLDS])),
      ), 'key');
    } else if (!isSeverity(value)) {
      rep.report('error', 'invalid-value', src, ['lint', key], join(
        msg(`lint.${key} 的值 ${JSON.stringify(value)} 不可用，可选值：${SEVERITY_SETTINGS.join('、')}。`,
          `lint.${key} is ${JSON.stringify(value)}, which is not one of ${SEVERITY_SETTINGS.join(', ')}.`),
        didYouMean(nearest(String(value), SEVERITY_SETTINGS)),
      ));
    } else {
      overrides.set(key, value);
    }
  }
  rep.configure(overrides);
}
