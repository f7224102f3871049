import { metricRows, periodRef, setSummary, type MetricRow, type PeriodRef, type SetSummary } from './dashboard.ts';
import { hedgeRules, type HedgeRuleView } from './hedge-view.ts';
import { nodeLink, type NodeLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { scoreView, type ScoreView } from './score-view.ts';
import { urls } from './urls.ts';
import type { OkrSet } from '../model.ts';

/** A department that carries the perspective: it names it among its perspectives, or its OKRs align to its metrics. */
export interface CarrierView {
  department: { id: string; name: string; nameEn?: string; href: string };
  set: SetSummary;
  /** The set lists the perspective (承接维度). */
  names: boolean;
  /** The perspective's metrics (or the perspective itself) its objectives and KRs align to. */
  alignsTo: NodeLink[];
}

export interface PerspectiveView {
  period: PeriodRef;
  key: string;
  id: string;
  name: string;
  nameEn?: string;
  description?: string;
  /** Percent of the company score. */
  weight: number;
  score: ScoreView;
  metrics: MetricRow[];
  /** Rules that scale or set this perspective's score or one of its metrics'. */
  hedges: HedgeRuleView[];
  carriers: CarrierView[];
  file: string;
  /** Where the item starts in `file`: 编辑此页 opens there. */
  line: number;
}

/** One BSC perspective of a period: its metrics and score, the hedges that act on it, and who carries it. */
export function perspectiveView(look: Lookup, period: string, id: string): PerspectiveView {
  const bsc = look.bsc(period)!;
  const p = bsc.perspectives.find((x) => x.id === id)!;
  const score = look.scores.bsc.get(period)!;
  const metrics = bsc.metrics.filter((m) => m.perspectiveId === id);
  const ownIds = new Set([id, ...metrics.map((m) => m.id)]);
  return {
    period: periodRef(look.periods.get(period)!), key: p.key, id, name: p.name, nameEn: p.nameEn, description: p.description,
    weight: p.weight, score: scoreView(score.perspectives.get(id)!),
    metrics: metricRows(look, period, id),
    hedges: hedgeRules(look, period, (h) => ownIds.has('scale' in h.then ? h.then.scale : h.then.set)),
    carriers: carriers(look, period, id, new Set([p.key, ...metrics.map((m) => m.key)])),
    file: bsc.src.file,
    line: p.line,
  };
}

/** Department sets of the period (and of its quarters) that name the perspective or align to it. */
function carriers(look: Lookup, period: string, perspectiveId: string, keys: Set<string>): CarrierView[] {
  const inPeriod = (s: OkrSet) => s.period === period || look.periods.get(s.period)?.ancestors.includes(period);
  return look.org.sets
    .filter((s) => s.owner.kind === 'department' && inPeriod(s))
    .map((s): CarrierView | undefined => {
      const aligned = new Set<string>();
      for (const o of s.objectives) {
        for (const k of [o.key, ...o.keyResults.map((kr) => kr.key)]) {
          for (const to of look.org.relations.alignsTo(k)) if (keys.has(to)) aligned.add(to);
        }
      }
      const names = s.perspectiveIds.includes(perspectiveId);
      if (!names && aligned.size === 0) return undefined;
      const dept = look.departments.get(s.owner.id)!;
      return {
        department: { id: dept.id, name: dept.name, nameEn: dept.nameEn, href: urls.department(dept.id) },
        set: setSummary(look, s), names,
        alignsTo: [...keys].filter((k) => aligned.has(k)).map((k) => nodeLink(look, k)!),
      };
    })
    .filter((c): c is CarrierView => c !== undefined);
}
