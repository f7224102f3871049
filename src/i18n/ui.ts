import type { Status } from '../core/scoring/pace.ts';
import type { Lang, Msg } from '../core/text.ts';

/** UI words in both languages; content is shown as written. */
const strings = {
  siteTitle: ['OKR 门户', 'OKR portal'],
  home: ['首页', 'Home'],
  asOf: ['数据截至', 'As of'],
  sampleBanner: ['本页含示例数据（标有"示例"），不是实际业绩。', 'This page contains sample data (marked "sample"), not actual results.'],
  sample: ['示例', 'sample'],
  companyScore: ['公司 BSC 得分', 'Company BSC score'],
  scorecard: ['平衡计分卡', 'Balanced scorecard'],
  perspective: ['维度', 'Perspective'],
  metric: ['指标', 'Metric'],
  weight: ['权重', 'Weight'],
  target: ['目标', 'Target'],
  current: ['当前', 'Current'],
  score: ['得分', 'Score'],
  status: ['状态', 'Status'],
  owner: ['负责人', 'Owner'],
  owners: ['负责人', 'Owners'],
  collaborators: ['协作人', 'Collaborators'],
  change: ['变化', 'Change'],
  hedges: ['对冲规则', 'Hedge rules'],
  fired: ['已触发', 'Fired'],
  notFired: ['未触发', 'Not fired'],
  noReading: ['尚无数据，无法判断', 'No value yet'],
  guards: ['底线指标', 'Guard indicators'],
  okrSets: ['各部门与个人 OKR', 'Department and personal OKRs'],
  objectives: ['个目标', 'objectives'],
  keyResults: ['个关键结果', 'key results'],
  howComputed: ['如何计算', 'How computed'],
  formula: ['公式', 'Formula'],
  inputs: ['输入', 'Inputs'],
  alignsTo: ['对齐到', 'Aligns to'],
  supportedBy: ['支撑它的', 'Supported by'],
  carries: ['承接 BSC', 'Carries BSC'],
  leads: ['负责人', 'Leads'],
  mission: ['使命', 'Mission'],
  due: ['截止', 'Due'],
  dueDefault: ['（周期结束）', '(period end)'],
  baseline: ['基线', 'Baseline'],
  measure: ['度量', 'Measure'],
  noMeasure: ['没有可衡量的目标', 'No measurable target'],
  actions: ['行动', 'Actions'],
  checkins: ['进展记录', 'Check-ins'],
  latest: ['最新进展', 'Latest check-in'],
  risks: ['挑战/风险', 'Risks'],
  next: ['下一步', 'Next'],
  selfScore: ['自评', 'Self-assessment'],
  progress: ['进度', 'Progress'],
  expected: ['应有进度', 'Expected'],
  conservative: ['目标可能过于保守', 'Target may have been too safe'],
  steps: ['里程碑', 'Milestones'],
  editPage: ['编辑此页', 'Edit this page'],
  permalink: ['永久链接', 'Permalink'],
  period: ['周期', 'Period'],
  prose: ['说明', 'Notes'],
  builtFrom: ['由 content/ 中的 Markdown 生成', 'Generated from the Markdown in content/'],
  noSets: ['这个周期还没有 OKR。', 'No OKRs for this period yet.'],
  noBsc: ['这个周期没有 BSC。', 'This period has no BSC.'],
} satisfies Record<string, [string, string]>;

export type UiKey = keyof typeof strings;

export function t(key: UiKey, lang: Lang = 'zh'): string {
  return strings[key][lang === 'zh' ? 0 : 1];
}

export function tm(m: Msg, lang: Lang = 'zh'): string {
  return m[lang];
}

export const STATUS_LABELS: Record<Status, { icon: string; zh: string; en: string }> = {
  done: { icon: '✓', zh: '已达成', en: 'Done' },
  'on-track': { icon: '●', zh: '正常', en: 'On track' },
  'at-risk': { icon: '▲', zh: '有风险', en: 'At risk' },
  'off-track': { icon: '✕', zh: '落后', en: 'Off track' },
  'no-data': { icon: '○', zh: '未更新', en: 'No update' },
  unscored: { icon: '⊘', zh: '无法计分', en: 'Not scored' },
};
