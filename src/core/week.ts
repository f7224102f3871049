/** Weeks as weekly reports count them: ISO weeks, Monday to Sunday, named by their Monday (YYYY-MM-DD). */

const DAY = 86_400_000;

function utc(date: string): number {
  return Date.parse(`${date}T00:00:00Z`);
}

function iso(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** The Monday of the ISO week `date` is in. */
export function isoWeekMonday(date: string): string {
  const ms = utc(date);
  const weekday = (new Date(ms).getUTCDay() + 6) % 7;
  return iso(ms - weekday * DAY);
}

/** `date` moved by `days` (negative: back). */
export function addDays(date: string, days: number): string {
  return iso(utc(date) + days * DAY);
}

/** ISO week number and its year (the year its Thursday is in): `{ year: 2026, week: 10 }`. */
export function isoWeek(date: string): { year: number; week: number } {
  const thursday = utc(isoWeekMonday(date)) + 3 * DAY;
  const year = new Date(thursday).getUTCFullYear();
  const week = Math.floor((thursday - Date.UTC(year, 0, 1)) / (7 * DAY)) + 1;
  return { year, week };
}
