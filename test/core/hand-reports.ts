/** Weekly reports built by hand, as the loader makes them, for the report pages' tests. */
import type { Checkin } from '../../src/core/schemas/checkin.ts';
import type { WeeklyReport } from '../../src/core/model.ts';
import { isoWeekMonday as weekStart } from '../../src/core/week.ts';

/** A report as the loader makes it. asOf is 2026-06-30 (a Tuesday): its week starts 2026-06-29. */
export function report(owner: string, date: string, opts: { values?: [string, Checkin][]; asks?: string[]; risks?: string; kind?: 'person' | 'department' } = {}): WeeklyReport {
  const kind = opts.kind ?? (owner.includes('-p') ? 'person' : 'department');
  return {
    key: `2026:${owner}@${date}`, period: '2026', owner: { kind, id: owner }, date, week: weekStart(date),
    ...(kind === 'person' ? { authorId: owner } : {}),
    values: (opts.values ?? []).map(([key, checkin]) => ({ key, checkin })),
    body: '', sections: { progress: `进展 ${date}`, ...(opts.risks ? { risks: opts.risks } : {}), next: '继续' },
    asks: opts.asks ?? [], sample: false, src: { file: `reports/2026/${owner}/${date}.md`, path: [] },
  };
}

