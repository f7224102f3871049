import { msg, type Msg } from '../text.ts';
import { periodRef, type PeriodRef } from './dashboard.ts';
import type { Lookup } from './lookup.ts';

/** A period with no OKR set and no BSC of its own: why the page is empty, and where there is content. */
export interface EmptyPeriodView {
  /** 这个周期还没有 OKR: no file under okrs/<period>/, and no BSC for it. */
  reason: Msg;
  /** The periods that have OKR sets or a BSC, in the switcher's order, with what they hold. */
  withContent: { period: PeriodRef; sets: number; bsc: boolean }[];
  /** A quarter's year (its parent period), where the OKRs of the time are: 年度 OKR 见 2026 年度. */
  year?: { period: PeriodRef; sets: number };
}

/** Undefined when the period has content of its own. */
export function emptyPeriodView(look: Lookup, periodId: string): EmptyPeriodView | undefined {
  const counts = new Map([...look.periodSets].map(([p, sets]) => [p, sets.length]));
  if (counts.has(periodId) || look.bsc(periodId)) return undefined;
  const period = look.periods.get(periodId)!;
  const dir = `${look.org.settings.repository?.contentDir ?? 'content'}/okrs/${periodId}/`;
  const files = `${dir} 下没有文件`;
  const filesEn = `there are no files under ${dir}`;
  const reason = look.org.asOf > period.end
    ? msg(`${period.name} 已经结束，没有部门或个人写过这个周期的 OKR（${files}）。`, `${period.name} is over, and no department or person wrote OKRs for it (${filesEn}).`)
    : look.org.asOf < period.start
      ? msg(`${period.name} 还没有开始，还没有部门或个人写这个周期的 OKR（${files}）。`, `${period.name} has not started, and no department or person has written OKRs for it yet (${filesEn}).`)
      : msg(`还没有部门或个人写 ${period.name} 的 OKR（${files}）。`, `No department or person has written OKRs for ${period.name} yet (${filesEn}).`);
  const parent = period.parentId ? look.periods.get(period.parentId) : undefined;
  return {
    reason,
    ...(parent ? { year: { period: periodRef(parent), sets: counts.get(parent.id) ?? 0 } } : {}),
    withContent: [...look.periods.values()]
      .filter((p) => counts.has(p.id) || look.bsc(p.id))
      .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end))
      .map((p) => ({ period: periodRef(p), sets: counts.get(p.id) ?? 0, bsc: look.bsc(p.id) !== undefined })),
  };
}
