// The demo's year of weekly reports, computed from the demo content (see scripts/demo-reports.ts for the story the
// numbers tell). Pure and seeded: the same content gives the same files, byte for byte.
import type { KeyResult, Metric, Organisation } from '../../src/core/index.ts';
import type { Measure } from '../../src/core/schemas/measure.ts';
import { KR_WORDS, OWNER_WORDS } from './demo-phrases.ts';
import { reportText, type ReportLine } from './report-text.ts';

/** The first report's Friday (week of 2026-01-05) and the last (the week the e2e build's asOf is in). */
export const FIRST_FRIDAY = '2026-01-09';
export const LAST_FRIDAY = '2026-11-20';
/** Sales writes nothing for these three weeks (summer renewals). */
export const GAP = { owner: 'sales', fridays: ['2026-08-14', '2026-08-21', '2026-08-28'] };
/** The week a KR's confidence falls from 0.75 to 0.35: 轻陪伴计划's community staff moved to the 双十一 campaign. */
export const DROP = { ref: 'service/o1/kr1', friday: '2026-11-13', before: 0.75, after: 0.35, asks: '姚涣' };
/**
 * The edge of the BSC the data does not support: part-time productivity improves week after week while the net
 * margin falls (in H1 and again in Q4: acquisition costs rose faster). The SKU count's edges have too few moves to say.
 */
export const UNSUPPORTED = { from: 'parttime-efficiency', to: 'net-margin' };
export const TOO_FEW_MOVES = 'sku-density';
/**
 * States the demo keeps to show (and docs/scoring.md and the site tests quote): two market KRs nobody measures yet
 * (暂无数据); 杜康杰's evidence-chain milestone, last moved on 10-28 (待更新 on 11-20); and market's complaint rate,
 * counted after each month closes, last updated on 10-31 (待更新 too).
 */
export const UNREPORTED = ['market/o1/kr2', 'market/o2/kr1', 'du-kangjie/o1/kr2'];
export const STALE = { ref: 'market/o1/kr1', after: '2026-10-31' };
/** How many weeks an outcome follows its driver by. */
export const LAG = 3;

interface Stream {
  period: string;
  owner: string;
  from: string;
  to: string;
  /** The author of the week's report (person id). */
  author: (friday: string, week: number) => string;
  /** The BSC metrics its author owns and reports, with how often. */
  metrics: string[];
}

const STREAMS: Stream[] = [
  { period: '2026', owner: 'market', from: FIRST_FRIDAY, to: LAST_FRIDAY, author: () => 'ma-changjiu', metrics: ['clean-revenue', 'net-margin', 'nps'] },
  { period: '2026', owner: 'sales', from: FIRST_FRIDAY, to: LAST_FRIDAY, author: () => 'li-ping', metrics: [] },
  { period: '2026', owner: 'service', from: FIRST_FRIDAY, to: LAST_FRIDAY, author: (_, w) => (w % 4 === 3 ? 'si-manman' : 'xie-yuan'), metrics: [] },
  { period: '2026', owner: 'curriculum', from: FIRST_FRIDAY, to: LAST_FRIDAY, author: () => 'su-qin', metrics: ['sku-density'] },
  // 王俊 takes over reporting the AI Agent share in Q4, so the metric never gets two values in one week.
  { period: '2026', owner: 'tech', from: FIRST_FRIDAY, to: LAST_FRIDAY, author: () => 'yao-huan', metrics: ['parttime-efficiency', 'ai-agent-uptime<2026-10-05'] },
  // 杜康杰 owns two BSC metrics but has no annual set: his reports of the year carry only those metrics.
  { period: '2026', owner: 'du-kangjie', from: FIRST_FRIDAY, to: '2026-10-02', author: () => 'du-kangjie', metrics: ['complaint-rate', 'blacklist-interception'] },
  { period: '2026-q4', owner: 'du-kangjie', from: '2026-10-09', to: LAST_FRIDAY, author: () => 'du-kangjie', metrics: ['complaint-rate', 'blacklist-interception'] },
  // 王俊 has not written this week's report yet: the 本周 page lists him as not reported.
  { period: '2026-q4', owner: 'wang-jun', from: '2026-10-09', to: '2026-11-13', author: () => 'wang-jun', metrics: ['ai-agent-uptime'] },
];


/** Every report file, by path under content/, in a stable order. */
export function demoReports(org: Organisation): Map<string, string> {
  const out = new Map<string, string>();
  const metrics = new Map(org.bscs.filter((b) => b.period === '2026').flatMap((b) => b.metrics).map((m) => [m.id, m]));
  const series = metricSeries(metrics);
  for (const stream of STREAMS) {
    const set = org.sets.find((s) => s.period === stream.period && s.owner.id === stream.owner);
    const krs = (set?.objectives ?? []).flatMap((o) => o.keyResults).filter((kr) => kr.visibility === 'public');
    const rng = prng(`${stream.period}/${stream.owner}`);
    const plans = krs.map((kr) => ({ kr, ref: kr.key.slice(kr.key.indexOf(':') + 1), plan: krPlan(kr, stream, prng(kr.key)) }));
    const fridays = fridaysBetween(stream.from, stream.to).filter((f) => !(stream.owner === GAP.owner && GAP.fridays.includes(f)));
    for (const friday of fridays) {
      const w = weekIndex(friday);
      const values: [string, ReportLine][] = [];
      for (const { kr, ref, plan } of plans) {
        if (inlineCheckinThisWeek(kr.checkins, friday) || UNREPORTED.includes(ref) || (ref === STALE.ref && friday > STALE.after)) continue;
        values.push([ref, plan(friday, rng)]);
      }
      for (const spec of stream.metrics) {
        const [id, until] = spec.split('<');
        if (until && friday >= until) continue;
        const metric = metrics.get(id)!;
        if (inlineCheckinThisWeek(metric.checkins, friday)) continue;
        values.push([`bsc/${id}`, { value: series.get(id)!(w), confidence: metricConfidence(id, w), ...(rng() < 0.3 ? { note: pick(KR_WORDS[`bsc/${id}`].notes, rng) } : {}) }]);
      }
      const text = reportText({ author: stream.author(friday, w), values, ...body(stream, values, friday, rng) });
      out.set(`reports/${stream.period}/${stream.owner}/${friday}.md`, text);
    }
  }
  return out;
}

function body(stream: Stream, values: [string, ReportLine][], friday: string, rng: () => number) {
  const words = OWNER_WORDS[stream.owner];
  const noted = values.filter(([, l]) => l.note);
  const progress = noted.slice(0, 3).map(([ref, l]) => `${KR_WORDS[ref]?.label ?? ref}：${l.note}`);
  if (progress.length < 2 || rng() < 0.4) progress.push(pick(words.general, rng));
  if (GAP.owner === stream.owner && friday === nextFriday(GAP.fridays.at(-1)!)) progress.unshift('前三周集中处理暑期续费高峰，周报暂停，本周起恢复');
  const risks = rng() < 0.35 ? ['暂无需要协调的事项'] : pickSome(words.risks, rng() < 0.3 ? 2 : 1, rng);
  if (stream.owner === DROP.ref.split('/')[0] && friday === DROP.friday) {
    risks.unshift(`结业 3 个月留存率信心下调：轻陪伴社群运营同事被抽调支援双十一，社群活跃连续两周下滑，需要 @${DROP.asks} 协助把社群自动提醒上线，需要 @马长久 协调人手`);
  }
  return { progress, risks, next: pickSome(words.next, 2, rng) };
}

// ── KRs ────────────────────────────────────────────────────────────────────────────────────────────

type Plan = (friday: string, rng: () => number) => ReportLine;

/** A KR's weekly line: a path from its start through its inline check-ins towards (not always to) its target. */
function krPlan(kr: KeyResult, stream: Stream, rng: () => number): Plan {
  const m = kr.measure;
  const ref = kr.key.slice(kr.key.indexOf(':') + 1);
  const startW = weekIndex(stream.from) - 1;
  const elapsed = (w: number) => Math.min(1, (w - startW) / (weekIndex(kr.due) - startW));
  const numeric = m && m.type !== 'milestone' && m.type !== 'manual' ? numericPath(m, kr, startW, rng) : undefined;
  let confidence = round(0.55 + rng() * 0.2, 0.05);
  let noise = 0;
  return (friday, weekRng) => {
    const w = weekIndex(friday);
    noise = 0.6 * noise + (rng() - 0.5) * 0.05;
    const line: ReportLine = {};
    let progress: number;
    if (numeric) {
      const v = numeric.at(w, noise);
      line.value = v;
      progress = numeric.progress(v);
    } else if (m?.type === 'milestone') {
      progress = m.steps.filter((s) => s.done && s.done <= friday).length / m.steps.length;
    } else {
      progress = Math.min(1, Math.max(0, elapsed(w) * 0.85 + noise));
      if (m?.type === 'manual') line.progress = round(progress, 0.01);
    }
    const wanted = progress >= 1 ? 0.9 : Math.min(0.9, Math.max(0.35, 0.66 + 0.7 * (progress - elapsed(w))));
    confidence = Math.min(0.9, Math.max(0.25, confidence + Math.max(-0.08, Math.min(0.08, wanted - confidence)) + (rng() - 0.5) * 0.06));
    if (ref === DROP.ref) confidence = dropConfidence(friday, confidence);
    line.confidence = round(confidence, 0.05);
    if (weekRng() < 0.45) line.note = pick(KR_WORDS[ref]?.notes ?? ['按计划推进'], weekRng);
    return line;
  };
}

/** Confidence of the drop KR: high in the weeks before, then the fall. */
function dropConfidence(friday: string, natural: number): number {
  const weeks = (weekIndex(DROP.friday) - weekIndex(friday));
  if (weeks === 0) return DROP.after;
  if (weeks < 0) return DROP.after + 0.05;
  if (weeks <= 3) return DROP.before;
  return weeks <= 6 ? Math.max(natural, DROP.before - 0.05 * (weeks - 3)) : natural;
}

function numericPath(m: Exclude<Measure, { type: 'milestone' | 'manual' }>, kr: KeyResult, startW: number, rng: () => number) {
  const count = m.unit === '个' || m.unit === '家';
  const start = startValue(m, count);
  const target = targetValue(m, start);
  const span = target - start || 1;
  const anchors = kr.checkins.filter((c) => c.value !== undefined).map((c) => [weekIndex(c.date), (c.value! - start) / span] as [number, number]);
  const endW = weekIndex(LAST_FRIDAY);
  const last = anchors.at(-1);
  // Where it ends: on pace from the last check-in, give or take; without check-ins, somewhere past half-way.
  const endP = last
    ? Math.min(1, last[1] >= 1 ? 1 : last[1] + (last[1] / Math.max(1, last[0] - startW)) * (endW - last[0]) * (0.6 + rng() * 0.5))
    : 0.5 + rng() * 0.45;
  const points: [number, number][] = [[startW, 0], ...anchors.filter(([w]) => w > startW && w < endW), [endW, Math.max(endP, last?.[1] ?? 0)]];
  const digits = count ? 1 : Math.abs(span) >= 40 ? 1 : Math.abs(span) >= 4 ? 0.1 : 0.01;
  const percent = m.unit === '%';
  return {
    at(w: number, noise: number): number {
      const p = interpolate(points, w) + (count ? 0 : noise);
      let v = start + p * span;
      if (count) v = Math.floor(v + 1e-9);
      if (percent) v = Math.min(100, start >= 0 ? Math.max(0, v) : v);
      return round(v, digits);
    },
    progress: (v: number) => (v - start) / span,
  };
}

function startValue(m: Exclude<Measure, { type: 'milestone' | 'manual' }>, count: boolean): number {
  const base = 'baseline' in m ? m.baseline?.value : undefined;
  if (base !== undefined) return base;
  const t = m.target.kind === 'value' ? m.target.value : undefined;
  if (count) return 0;
  if (t === undefined) return m.unit === '分' ? 72 : 50;
  if (m.type === 'increase') return round(t * 0.4, 1);
  if (m.type === 'decrease') return round(t * 1.3, 0.1);
  return t === 0 ? -3 : round(t * (m.type === 'at-least' ? 0.8 : 1.25), t >= 20 ? 1 : 0.1);
}

function targetValue(m: Exclude<Measure, { type: 'milestone' | 'manual' }>, start: number): number {
  const t = m.target;
  if (t.kind === 'value') return t.value;
  if (t.kind === 'change') return start * (1 + t.percent / 100);
  if (t.kind === 'delta') return start + t.amount;
  // A target still to be decided (X): the path heads 8% past the start in the measure's direction.
  return start * (m.type === 'decrease' || m.type === 'at-most' ? 0.92 : 1.08);
}

// ── BSC metrics ─────────────────────────────────────────────────────────────────────────────────────

/**
 * Each metric's value by week: a shape from 0 to 1, scaled to pass the metric's inline check-ins, read at a slightly
 * jittered time so the weekly steps are uneven but never turn back. Outcomes take their drivers' shapes LAG weeks
 * later (the causes of content/bsc/2026.mdx). The SKU count moves twice a year, too seldom to test its edges; the
 * net margin falls in H1 and Q4 while part-time productivity rises (the unsupported edge).
 */
function metricSeries(metrics: Map<string, Metric>): Map<string, (w: number) => number> {
  const aiUptime = (w: number) => interpolate([[0, 0], [8, 0.12], [14, 0.18], [22, 0.55], [30, 0.62], [38, 0.9], [46, 1]], w);
  const sku = (w: number) => (w < 12 ? 0 : w < 36 ? 0.5 : 1);
  const efficiency = (w: number) => aiUptime(w - LAG);
  const nps = (w: number) => 0.7 * efficiency(w - LAG) + 0.3 * sku(w - LAG);
  const complaints = (w: number) => nps(w - LAG);
  // Flat while the marking model was new (it flagged more users each month), then following satisfaction.
  const interception = (w: number) => nps(w - LAG - 1) ** 2;
  // `step`: values move in steps well above rounding (a tested move is over 0.2 % of the metric's largest value).
  const shapes: Record<string, { shape: (w: number) => number; step: number }> = {
    'ai-agent-uptime': { shape: aiUptime, step: 0.1 },
    'sku-density': { shape: sku, step: 1 },
    'parttime-efficiency': { shape: efficiency, step: 0.05 },
    nps: { shape: nps, step: 0.2 },
    'complaint-rate': { shape: complaints, step: 5 },
    'blacklist-interception': { shape: interception, step: 0.2 },
  };
  const out = new Map<string, (w: number) => number>();
  for (const [id, { shape, step }] of Object.entries(shapes)) {
    const [a, b] = fit(metrics.get(id)!, shape);
    const at = jittered(id);
    out.set(id, (w) => round(a + (b - a) * shape(at(w)), step));
  }
  // 年初至今净利润率: acquisition costs rose faster than productivity in H1 and again in Q4; the margin recovered only in
  // July and August, while productivity stood still. Through its check-ins of 06-30 and 09-30.
  const [h1, q3] = metrics.get('net-margin')!.checkins.map((c) => [weekIndex(c.date), c.value!] as [number, number]);
  const marginAt = jittered('net-margin');
  const marginPath: [number, number][] = [[-1, h1[1] + 1.3], h1, [h1[0] + 1.5, h1[1]], [h1[0] + 7.5, q3[1] + 0.1], q3, [weekIndex(LAST_FRIDAY), q3[1] - 0.5]];
  out.set('net-margin', (w) => round(interpolate(marginPath, marginAt(w)), 0.1));
  out.set('clean-revenue', cumulativeRevenue(metrics.get('clean-revenue')!, complaints));
  return out;
}

/** The week read a little early or late (by under half a week), the same on every run. */
function jittered(id: string): (w: number) => number {
  const rng = prng(`bsc/${id}`);
  const offsets = Array.from({ length: 60 }, () => (rng() - 0.5) * 0.7);
  return (w) => w + offsets[Math.max(0, Math.round(w))];
}

/** The values at shape 0 and shape 1 that make the shape pass the metric's two inline check-ins. */
function fit(metric: Metric, shape: (w: number) => number): [number, number] {
  const [c1, c2] = metric.checkins.filter((c) => c.value !== undefined).slice(-2);
  const s1 = shape(weekIndex(c1.date));
  const s2 = shape(weekIndex(c2.date));
  if (Math.abs(s2 - s1) < 1e-6) return [c1.value!, c2.value!];
  const slope = (c2.value! - c1.value!) / (s2 - s1);
  return [c1.value! - slope * s1, c1.value! - slope * s1 + slope];
}

/**
 * 净营收, 亿元 so far this year: each day's revenue grows as complaints (four weeks earlier) fall, scaled to the
 * check-ins 上半年累计 (06-30) and 1–10 月累计 (10-31).
 */
function cumulativeRevenue(metric: Metric, complaints: (w: number) => number): (w: number) => number {
  const day = (date: string) => (Date.parse(`${date}T00:00:00Z`) - Date.UTC(2026, 0, 1)) / DAY;
  const daily = Array.from({ length: 365 }, (_, d) => 1 + 0.4 * complaints((d - day(FIRST_FRIDAY)) / 7 - 4));
  const sums = daily.reduce<number[]>((acc, r) => [...acc, (acc.at(-1) ?? 0) + r], []);
  const [h1, oct] = metric.checkins.map((c) => [day(c.date), c.value!] as [number, number]);
  const through = (d: number) => sums[Math.min(364, Math.floor(d))];
  const rate = (oct[1] - h1[1]) / (through(oct[0]) - through(h1[0]));
  return (w) => {
    const d = day(fridayOf(w));
    const v = d <= h1[0] ? (h1[1] * through(d)) / through(h1[0]) : h1[1] + rate * (through(d) - through(h1[0]));
    return round(v, 0.01);
  };
}

function metricConfidence(id: string, w: number): number {
  const h = prng(`conf/${id}/${w}`)();
  return round(Math.min(0.85, 0.5 + w * 0.005 + h * 0.1), 0.05);
}

// ── Dates, numbers, randomness ────────────────────────────────────────────────────────────────────

const DAY = 86_400_000;
const epoch = Date.UTC(2026, 0, 9);
export const weekIndex = (date: string): number => (Date.parse(`${date}T00:00:00Z`) - epoch) / DAY / 7;
const fridayOf = (w: number): string => new Date(epoch + Math.round(w) * 7 * DAY).toISOString().slice(0, 10);
const nextFriday = (friday: string): string => fridayOf(weekIndex(friday) + 1);

export function fridaysBetween(from: string, to: string): string[] {
  const out: string[] = [];
  for (let w = Math.ceil(weekIndex(from)); w <= weekIndex(to); w++) out.push(fridayOf(w));
  return out;
}

/** Whether an inline check-in falls in the ISO week (Monday to Sunday) of this Friday. */
function inlineCheckinThisWeek(checkins: { date: string; report?: string }[], friday: string): boolean {
  const w = weekIndex(friday);
  return checkins.some((c) => !c.report && weekIndex(c.date) >= w - 4 / 7 && weekIndex(c.date) < w + 3 / 7);
}

function interpolate(points: [number, number][], w: number): number {
  if (w <= points[0][0]) return points[0][1];
  for (let i = 1; i < points.length; i++) {
    const [x0, y0] = points[i - 1], [x1, y1] = points[i];
    if (w <= x1) return y0 + ((y1 - y0) * (w - x0)) / (x1 - x0);
  }
  return points.at(-1)![1];
}

function round(v: number, step: number): number {
  const digits = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  return Number((Math.round(v / step) * step).toFixed(digits));
}

function pick<T>(items: T[], rng: () => number): T {
  return items[Math.floor(rng() * items.length)];
}

function pickSome<T>(items: T[], n: number, rng: () => number): T[] {
  const pool = [...items];
  return Array.from({ length: Math.min(n, pool.length) }, () => pool.splice(Math.floor(rng() * pool.length), 1)[0]);
}

/** mulberry32, seeded by an FNV-1a hash of the label: the same label gives the same numbers on every run. */
export function prng(label: string): () => number {
  let h = 2166136261;
  for (let i = 0; i < label.length; i++) h = Math.imul(h ^ label.charCodeAt(i), 16777619);
  let a = h >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
