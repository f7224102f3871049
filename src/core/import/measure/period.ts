/** The period a document is imported into: dates in the text are read inside it. */
export interface PeriodRange {
  id: string;
  /** YYYY-MM-DD, inclusive. */
  start: string;
  end: string;
}

const pad = (n: number) => String(n).padStart(2, '0');

export function isoDate(year: number, month: number, day: number): string {
  return `${year}-${pad(month)}-${pad(day)}`;
}

export function monthEnd(year: number, month: number): string {
  return isoDate(year, month, new Date(Date.UTC(year, month, 0)).getUTCDate());
}

/** The day before the first day of `month`: "12月之前" is 11-30, "1月前" the previous year's 12-31. */
export function beforeMonth(year: number, month: number): string {
  return month === 1 ? isoDate(year - 1, 12, 31) : monthEnd(year, month - 1);
}

export function yearOf(period: PeriodRange): number {
  return Number(period.start.slice(0, 4));
}

export function inPeriod(date: string, period: PeriodRange): boolean {
  return date >= period.start && date <= period.end;
}

/** A period id the importer can create: `2026` (a year) or `2026-q1` (a quarter of it). */
export function periodFromId(id: string): PeriodRange | undefined {
  const year = /^(\d{4})$/.exec(id);
  if (year) return { id, start: `${year[1]}-01-01`, end: `${year[1]}-12-31` };
  const q = /^(\d{4})-q([1-4])$/.exec(id);
  if (!q) return undefined;
  const y = Number(q[1]);
  const last = Number(q[2]) * 3;
  return { id, start: isoDate(y, last - 2, 1), end: monthEnd(y, last) };
}
