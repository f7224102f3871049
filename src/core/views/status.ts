import type { Status } from '../scoring/pace.ts';

/** How a status is shown everywhere (chips, diagrams, search results): an icon and a word, never colour alone. */
export const STATUS_LABELS: Record<Status, { icon: string; zh: string; en: string }> = {
  done: { icon: '✓', zh: '已达成', en: 'Done' },
  'on-track': { icon: '●', zh: '正常', en: 'On track' },
  'at-risk': { icon: '▲', zh: '有风险', en: 'At risk' },
  'off-track': { icon: '✕', zh: '落后', en: 'Off track' },
  'no-data': { icon: '○', zh: '未更新', en: 'No update' },
  unscored: { icon: '⊘', zh: '无法计分', en: 'Not scored' },
};
