import type { Diagnostic } from '../diagnostics.ts';
import type { Msg } from '../text.ts';
import { orphans } from './alignment-view.ts';
import { periodRef, type PeriodRef } from './dashboard.ts';
import { krRow, type KrRow } from './kr-row.ts';
import { eachKeyResult } from '../walk.ts';
import type { NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { urls } from './urls.ts';

export interface HealthView {
  period: PeriodRef;
  offTrack: KrRow[];
  noUpdate: KrRow[];
  unscored: KrRow[];
  warnings: { file: string; line: number; rule: string; message: Msg; href?: string }[];
  orphans: NodeLink[];
}

const URGENCY = { 'off-track': 0, 'at-risk': 1 } as Record<string, number>;

/** What an OKR coordinator fixes before the review meeting, for one period. */
export function healthView(look: Lookup, period: string): HealthView {
  const rows = [...eachKeyResult(look.org)].filter(({ set }) => set.period === period).map(({ set, kr }) => krRow(look, set, kr));
  const pages = new Map<string, string>(look.org.sets.map((s) => [s.src.file, urls.set(s.period, s.owner.id)]));
  const periodFiles = new Set([
    ...look.org.sets.filter((s) => s.period === period).map((s) => s.src.file),
    ...look.org.bscs.filter((b) => b.period === period).map((b) => b.src.file),
  ]);
  const otherPeriodFiles = new Set([...look.org.sets, ...look.org.bscs].map((x) => x.src.file).filter((f) => !periodFiles.has(f)));
  return {
    period: periodRef(look.periods.get(period)!),
    offTrack: rows.filter((r) => r.score.status in URGENCY).sort((a, b) => URGENCY[a.score.status] - URGENCY[b.score.status] || (a.score.percent ?? 0) - (b.score.percent ?? 0)),
    noUpdate: rows.filter((r) => r.score.status === 'no-data'),
    unscored: rows.filter((r) => r.score.status === 'unscored'),
    warnings: look.warnings
      .filter((d: Diagnostic) => !otherPeriodFiles.has(d.file))
      .map((d) => ({ file: d.file, line: d.line, rule: d.rule, message: d.message, href: pages.get(d.file) })),
    orphans: orphans(look, period),
  };
}
