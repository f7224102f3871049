/**
 * Quarters inside the year: what each quarter contributes to an annual objective or KR (the quarter
 * objectives and KRs aligned to it, by quarter, with their scores), and the quarters on the year's page.
 * Bounded: an item's supporters come from the relation index, a quarter's sets from `periodSets`, and
 * each list shows its first few and links to the page that has them all.
 */
import { msg, type Msg } from '../text.ts';
import { periodRef, setSummary, type PeriodRef, type SetSummary } from './dashboard.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { urls } from './urls.ts';

/** Per quarter, at most this many contributions are listed on an annual objective or KR. */
export const QUARTER_ITEMS_SHOWN = 5;
/** Per quarter, at most this many sets are listed on the year's page. */
export const QUARTER_SETS_SHOWN = 6;

export interface QuarterItem {
  link: NodeLink;
  score: ScoreView;
}

export interface QuarterContribution {
  period: PeriodRef;
  items: QuarterItem[];
  /** The contributions beyond the first `QUARTER_ITEMS_SHOWN`, and the quarter's alignment page that lists them. */
  more?: { count: number; href: string };
}

/** The quarter objectives and KRs aligned to an annual objective or KR, by quarter in date order; empty when none. */
export function quarterContributions(look: Lookup, key: string): QuarterContribution[] {
  const node = look.nodes.get(key);
  if (!node || (node.kind !== 'objective' && node.kind !== 'kr')) return [];
  const year = node.set.period;
  const byQuarter = new Map<string, string[]>();
  for (const from of look.org.relations.supportedBy(key)) {
    const source = look.nodes.get(from);
    if (!source || (source.kind !== 'objective' && source.kind !== 'kr')) continue;
    if (!look.periods.get(source.set.period)?.ancestors.includes(year)) continue;
    const list = byQuarter.get(source.set.period);
    if (list) list.push(from);
    else byQuarter.set(source.set.period, [from]);
  }
  const quarters = [...byQuarter.keys()].map((id) => look.periods.get(id)!).sort((a, b) => a.start.localeCompare(b.start) || a.end.localeCompare(b.end));
  return quarters.map((q) => {
    const keys = byQuarter.get(q.id)!;
    const items = keys.slice(0, QUARTER_ITEMS_SHOWN).map((k): QuarterItem => ({ link: nodeLink(look, k)!, score: scoreView(look.card(k)!) }));
    const owner = node.set.owner;
    const href = owner.kind === 'department' ? urls.alignmentGroup(q.id, owner.id) : urls.alignment(q.id);
    return { period: periodRef(q), items, ...(keys.length > items.length ? { more: { count: keys.length - items.length, href } } : {}) };
  });
}

/** One quarter of the year as the year's page shows it. */
export interface QuarterSets {
  period: PeriodRef;
  /** 已结束 / 进行中 / 未开始 at asOf. */
  state: Msg;
  count: number;
  sets: SetSummary[];
  /** 本季度没有 OKR: no set, said in words rather than as an empty list. */
  empty?: Msg;
}

/** The quarters of a year (periods whose parent it is), in date order; empty for a period without any. */
export function quarterSets(look: Lookup, periodId: string): QuarterSets[] {
  const asOf = look.org.asOf;
  return look.org.periods
    .filter((p) => p.parentId === periodId)
    .sort((a, b) => a.start.localeCompare(b.start))
    .map((q) => {
      const all = look.periodSets.get(q.id) ?? [];
      const state = asOf > q.end ? msg('已结束', 'over') : asOf < q.start ? msg('未开始', 'not started') : msg('进行中', 'under way');
      return {
        period: periodRef(q), state, count: all.length, sets: all.slice(0, QUARTER_SETS_SHOWN).map((s) => setSummary(look, s)),
        ...(all.length === 0 ? { empty: msg(`${q.name} 没有 OKR。`, `No OKRs for ${q.nameEn ?? q.name}.`) } : {}),
      };
    });
}
