import type { Bsc, Located, Metric } from '../model.ts';
import { refKey } from '../refs.ts';
import type { BscData } from '../schemas/bsc.ts';
import { didYouMean, join, msg, nearest, type Msg } from '../text.ts';
import { checkCheckins } from './checkins.ts';
import type { Directory } from './directory.ts';
import type { Reporter } from './reporter.ts';
import { addUnique } from './unique.ts';

const WHAT = { perspective: msg('维度', 'perspective'), metric: msg('指标', 'metric'), guard: msg('底线指标', 'guard indicator') };

export function buildBsc(data: BscData, body: string, file: string, ctx: { rep: Reporter; dir: Directory; today: string }): Bsc | undefined {
  const { rep, dir } = ctx;
  const root: Located = { file, path: [] };
  const period = dir.resolvePeriod(data.period, root, ['period']);
  if (!period) return undefined;
  const key = (item: string) => refKey({ kind: 'bsc', period: period.id, item });
  const ids = new Map<string, { src: Located; what: Msg; name: string }>();
  // A metric and a guard indicator also share a page address (/<period>/bsc/<id>/), so the message names both items.
  const claim = (id: string, src: Located, what: Msg, name: string) => addUnique(ids, id, { src, what, name }, rep, ['id'], (first) => msg(
    `BSC 条目 id "${id}" 重复：${what.zh}「${name}」与${first.what.zh}「${first.name}」都用了它。维度、指标与底线指标共用一个命名空间（bsc/${id}，页面 /${period.id}/bsc/${id}/）。请给其中一个改名。`,
    `The BSC id "${id}" is used twice: by the ${what.en} "${name}" and the ${first.what.en} "${first.name}". Perspectives, metrics and guard indicators share one namespace (bsc/${id}, page /${period.id}/bsc/${id}/). Rename one.`));
  // The line an item starts on, for the editor link of its page.
  const lineOf = (path: (string | number)[]) => rep.file(file)?.locate(path).line ?? 1;
  const perspectives = data.perspectives.map((p, i) => {
    const src = { file, path: ['perspectives', i] };
    claim(p.id, src, WHAT.perspective, p.name);
    return { key: key(p.id), id: p.id, name: p.name, nameEn: p.nameEn, weight: p.weight, description: p.description, line: lineOf(src.path), src };
  });
  const perspectiveIds = perspectives.map((p) => p.id);
  const checkinCtx = { rep, dir, periodStart: period.start, today: ctx.today };
  const metrics: Metric[] = data.metrics.map((m, i) => {
    const src = { file, path: ['metrics', i] };
    claim(m.id, src, WHAT.metric, m.name);
    if (!perspectiveIds.includes(m.perspective)) {
      rep.error('unknown-ref', src, ['perspective'], join(
        msg(`指标 ${m.name} 所属的维度 "${m.perspective}" 不存在（现有：${perspectiveIds.join('、')}）。`,
          `The metric ${m.name} belongs to the perspective "${m.perspective}", which does not exist (known: ${perspectiveIds.join(', ')}).`),
        didYouMean(nearest(m.perspective, perspectiveIds)),
      ));
    }
    const checkins = checkCheckins(m.checkins ?? [], m.measure.type, src, checkinCtx);
    return {
      key: key(m.id), period: period.id, id: m.id, name: m.name, nameEn: m.nameEn, perspectiveId: m.perspective, weight: m.weight,
      definition: m.definition, formula: m.formula, ownerIds: dir.resolvePeople(m.owners, src, 'owners'), measure: m.measure,
      rationale: m.rationale, change: m.change, checkins, due: period.end, line: lineOf(src.path), src,
    };
  });
  const guards = (data.guards ?? []).map((g, i) => {
    const src = { file, path: ['guards', i] };
    claim(g.id, src, WHAT.guard, g.name);
    return {
      key: key(g.id), period: period.id, id: g.id, name: g.name, nameEn: g.nameEn, definition: g.definition, unit: g.unit,
      ownerIds: dir.resolvePeople(g.owners, src, 'owners'), checkins: checkCheckins(g.checkins ?? [], 'indicator', src, checkinCtx), due: period.end, line: lineOf(src.path), src,
    };
  });
  const bsc: Bsc = {
    period: period.id, title: data.title, principle: data.principle, perspectives, metrics, guards,
    causes: data.causes ?? [], hedges: data.hedges ?? [], body, src: root,
  };
  checkWeights(bsc, rep);
  checkInternalRefs(bsc, rep);
  return bsc;
}

function checkWeights(bsc: Bsc, rep: Reporter): void {
  const total = bsc.perspectives.reduce((s, p) => s + p.weight, 0);
  if (!near(total, 100)) {
    const sum = bsc.perspectives.map((p) => `${p.name} ${p.weight}`).join(' + ');
    rep.error('bsc-weights', bsc.src, ['perspectives'], msg(`各维度权重之和必须为 100，实际为 ${sum} = ${round(total)}。请调整权重，使其合计 100。`,
      `The perspective weights must sum to 100, but ${sum} = ${round(total)}. Adjust them to total 100.`));
  }
  for (const p of bsc.perspectives) {
    const own = bsc.metrics.filter((m) => m.perspectiveId === p.id);
    const sum = own.reduce((s, m) => s + m.weight, 0);
    if (near(sum, p.weight)) continue;
    const sumText = own.length > 1 ? `${own.map((m) => `${m.name} ${m.weight}`).join(' + ')} = ${round(sum)}` : own.length === 1 ? `${own[0].name} ${round(sum)}` : undefined;
    const expr = sumText ? msg(sumText, sumText) : msg('0（没有指标）', '0 (no metrics)');
    rep.error('bsc-weights', p.src, ['weight'], msg(
      `维度 ${p.name} 的权重是 ${p.weight}，但其指标权重之和为 ${expr.zh}。指标权重之和必须等于维度权重（例如 15 + 15 = 30）。`,
      `The perspective ${p.name} weighs ${p.weight}, but its metrics sum to ${expr.en}. A perspective's metric weights must add up to its weight (e.g. 15 + 15 = 30).`));
  }
}

function checkInternalRefs(bsc: Bsc, rep: Reporter): void {
  const metricIds = bsc.metrics.map((m) => m.id);
  const readable = [...metricIds, ...bsc.guards.map((g) => g.id)];
  const scalable = [...bsc.perspectives.map((p) => p.id), ...metricIds];
  const expect = (id: string, known: string[], path: (string | number)[], what: { zh: string; en: string }) => {
    if (known.includes(id)) return;
    rep.error('unknown-ref', bsc.src, path, join(
      msg(`"${id}" 不是本 BSC 中的${what.zh}（现有：${known.join('、')}）。`, `"${id}" is not a ${what.en} of this BSC (known: ${known.join(', ')}).`),
      didYouMean(nearest(id, known)),
    ));
  };
  const edges = new Set<string>();
  bsc.causes.forEach((c, i) => {
    expect(c.from, metricIds, ['causes', i, 'from'], msg('指标', 'metric'));
    expect(c.to, metricIds, ['causes', i, 'to'], msg('指标', 'metric'));
    if (c.from === c.to) rep.error('causal-cycle', bsc.src, ['causes', i], msg(`因果关系 ${c.from} → ${c.to} 指向自身。`, `The cause ${c.from} → ${c.to} points at itself.`));
    if (edges.has(`${c.from}>${c.to}`)) rep.warn('duplicate-id', bsc.src, ['causes', i], msg(`因果关系 ${c.from} → ${c.to} 重复。`, `The cause ${c.from} → ${c.to} is listed twice.`));
    edges.add(`${c.from}>${c.to}`);
  });
  bsc.hedges.forEach((h, i) => {
    expect(h.when.ref, readable, ['hedges', i, 'when', 'ref'], msg('指标或底线指标', 'metric or guard indicator'));
    const target = 'scale' in h.then ? h.then.scale : h.then.set;
    expect(target, scalable, ['hedges', i, 'then', 'scale' in h.then ? 'scale' : 'set'], msg('维度或指标', 'perspective or metric'));
  });
}

const near = (a: number, b: number) => Math.abs(a - b) < 1e-9;
const round = (n: number) => Math.round(n * 1000) / 1000;
