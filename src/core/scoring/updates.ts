import type { Measured, Organisation } from '../model.ts';

/**
 * The date of the latest update of a KR or metric up to `asOf`: its latest check-in (a note counts:
 * someone looked), or the latest date a milestone step was done. Undefined when there is none.
 */
export function lastUpdateOf(item: Pick<Measured, 'checkins' | 'measure'>, asOf: string): string | undefined {
  let latest: string | undefined;
  const see = (date: string) => {
    if (date <= asOf && (latest === undefined || date > latest)) latest = date;
  };
  for (const c of item.checkins) see(c.date);
  if (item.measure?.type === 'milestone') for (const s of item.measure.steps) if (typeof s.done === 'string') see(s.done);
  return latest;
}

/**
 * 数据截至: the newest check-in or step-done date up to `asOf` across the organisation (KRs, BSC
 * metrics and guard indicators). Undefined when nothing has been reported yet.
 */
export function newestDataDate(org: Pick<Organisation, 'sets' | 'bscs'>, asOf: string): string | undefined {
  const items: Pick<Measured, 'checkins' | 'measure'>[] = [
    ...org.sets.flatMap((s) => s.objectives.flatMap((o) => o.keyResults)),
    ...org.bscs.flatMap((b) => [...b.metrics, ...b.guards]),
  ];
  return items.map((i) => lastUpdateOf(i, asOf)).reduce<string | undefined>((a, b) => (b !== undefined && (a === undefined || b > a) ? b : a), undefined);
}
