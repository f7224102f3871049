import type { Status } from '../scoring/pace.ts';
import type { Msg } from '../text.ts';

/** A status word in both languages, with the icon shown beside it. */
export interface StatusLabel extends Msg {
  icon: string;
}

/** How a status is shown everywhere (chips, diagrams, search results): an icon and a word, never colour alone. */
export const STATUS_LABELS: Record<Status, StatusLabel> = {
  done: { icon: '✓', zh: '已达成', en: 'Done' },
  'on-track': { icon: '●', zh: '正常', en: 'On track' },
  'at-risk': { icon: '▲', zh: '有风险', en: 'At risk' },
  'off-track': { icon: '✕', zh: '落后', en: 'Off track' },
  'no-data': { icon: '○', zh: '未更新', en: 'No data yet' },
  unscored: { icon: '⊘', zh: '无法计分', en: 'Not scored' },
};

/** 待更新: a KR or metric whose latest update is older than `pace.staleAfterDays`. Shown beside its status. */
export const STALE_LABEL: StatusLabel = { icon: '◷', zh: '待更新', en: 'Update due' };

/** The values of the search page's status filter: every status, and `stale` as an extra value on stale records. */
export type StatusFilterValue = Status | 'stale';

export const STATUS_FILTER_ORDER: StatusFilterValue[] = ['off-track', 'at-risk', 'stale', 'no-data', 'unscored', 'on-track', 'done'];

export const STATUS_FILTER_LABELS: Record<StatusFilterValue, StatusLabel> = { ...STATUS_LABELS, stale: STALE_LABEL };
