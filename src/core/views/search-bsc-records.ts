// The search records of a period's BSC: its metrics, guard indicators (退费率), perspectives and hedge rules.
import type { Bsc } from '../model.ts';
import { hedgeViews } from './dashboard.ts';
import { describeTarget } from './format.ts';
import type { Lookup } from './lookup.ts';
import { metricShare } from './search-owned.ts';
import { checkinText, departmentsOf, measureText, meta, names, peopleText, statusFilter, text, type DraftRecord } from './search-record-parts.ts';
import { urls } from './urls.ts';

/** The in-page anchor of a hedge rule on the page of the indicator it reads. */
export const hedgeAnchor = (hedge: string) => `hedge-${hedge}`;

/** The metrics, guards, perspectives and hedge rules of one BSC, in that order. */
export function bscRecords(look: Lookup, bsc: Bsc): DraftRecord[] {
  const scores = look.scores.bsc.get(bsc.period);
  const period = look.periods.get(bsc.period)!;
  const where = `BSC · ${period.name}`;
  const perspectiveName = (id: string) => bsc.perspectives.find((p) => p.id === id)?.name;
  const hedges = hedgeViews(look, bsc.period);
  const out: DraftRecord[] = [];
  for (const m of bsc.metrics) {
    const card = scores?.metrics.get(m.id);
    out.push({
      url: urls.metric(bsc.period, m.id),
      content: text(
        m.name, m.nameEn, perspectiveName(m.perspectiveId), m.definition, m.formula, peopleText(look, m.ownerIds),
        describeTarget(m.measure).zh, measureText(m.measure), m.rationale, m.change?.replaces, checkinText(look, m.checkins), bsc.title,
      ),
      meta: meta({ title: m.name, type: 'metric', owners: names(look, m.ownerIds), set: where, period: period.name, card }),
      filters: {
        type: ['metric'], department: departmentsOf(look, m.ownerIds), owner: names(look, m.ownerIds), period: [period.name],
        ...statusFilter(card), ownedBy: m.ownerIds,
      },
      owned: { group: 'metric', share: metricShare(bsc, m) },
    });
  }
  for (const g of bsc.guards) {
    const rules = hedges.filter((h) => bsc.hedges.find((x) => x.id === h.id)?.when.ref === g.id);
    out.push({
      url: urls.guard(bsc.period, g.id),
      content: text(g.name, g.nameEn, g.definition, peopleText(look, g.ownerIds), ...rules.flatMap((h) => [h.note, h.condition]), checkinText(look, g.checkins), bsc.title),
      meta: meta({ title: g.name, type: 'guard', owners: names(look, g.ownerIds), set: where, period: period.name }),
      filters: { type: ['guard'], department: departmentsOf(look, g.ownerIds), owner: names(look, g.ownerIds), period: [period.name], ownedBy: g.ownerIds },
      owned: { group: 'guard', share: 0 },
    });
  }
  for (const p of bsc.perspectives) {
    const card = scores?.perspectives.get(p.id);
    const metrics = bsc.metrics.filter((m) => m.perspectiveId === p.id);
    const owners = [...new Set(metrics.flatMap((m) => m.ownerIds))];
    out.push({
      url: urls.perspective(bsc.period, p.id),
      content: text(p.name, p.nameEn, p.description, ...metrics.map((m) => m.name), peopleText(look, owners), bsc.title),
      meta: meta({ title: p.name, type: 'perspective', owners: names(look, owners), set: where, period: period.name, card }),
      filters: { type: ['perspective'], department: departmentsOf(look, owners), owner: names(look, owners), period: [period.name], ...statusFilter(card) },
    });
  }
  for (const h of hedges) {
    const rule = bsc.hedges.find((x) => x.id === h.id)!;
    const source = bsc.guards.find((g) => g.id === rule.when.ref) ?? bsc.metrics.find((m) => m.id === rule.when.ref);
    const url = bsc.guards.some((g) => g.id === rule.when.ref) ? urls.guard(bsc.period, rule.when.ref) : urls.metric(bsc.period, rule.when.ref);
    const owners = source?.ownerIds ?? [];
    const title = `${h.condition} → ${h.effect.zh}`;
    out.push({
      url: `${url}#${hedgeAnchor(h.id)}`,
      content: text(h.note, title, source?.name, bsc.title),
      meta: meta({ title, type: 'hedge', owners: names(look, owners), set: where, period: period.name }),
      filters: { type: ['hedge'], department: departmentsOf(look, owners), owner: names(look, owners), period: [period.name] },
    });
  }
  return out;
}
