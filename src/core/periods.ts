import type { Period } from './model.ts';

const length = (p: Period) => Date.parse(p.end) - Date.parse(p.start);

/** Whether the period is under way on `asOf`: started, and not past its last day. */
export function isRunning(p: Pick<Period, 'start' | 'end'>, asOf: string): boolean {
  return p.start <= asOf && asOf < p.end;
}

/** The periods whose dates contain `asOf` (start and end included), longest first: the year before its quarter. */
export function periodsAt(periods: readonly Period[], asOf: string): Period[] {
  return periods.filter((p) => p.start <= asOf && asOf <= p.end).sort((a, b) => length(b) - length(a) || a.start.localeCompare(b.start));
}

/**
 * The period the home page shows: `settings.currentPeriod` when written; else the longest period
 * containing `asOf`; else (asOf outside every period) the one that ended last, the longest on a tie.
 */
export function currentPeriodOf(periods: readonly Period[], asOf: string, written?: string): string {
  if (written !== undefined && periods.some((p) => p.id === written)) return written;
  const containing = periodsAt(periods, asOf);
  if (containing.length > 0) return containing[0].id;
  const latest = [...periods].sort((a, b) => b.end.localeCompare(a.end) || length(b) - length(a))[0];
  return latest.id;
}
