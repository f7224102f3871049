import { findCycles } from '../graph.ts';
import type { Bsc, Located, OkrSet } from '../model.ts';
import { formatRef, parseAlignableRef, parseRef, refKey, type AlignableRef } from '../refs.ts';
import type { Relations } from '../relations.ts';
import { didYouMean, join, msg, nearest } from '../text.ts';
import type { Broken } from './broken.ts';
import type { Directory } from './directory.ts';
import type { Reporter } from './reporter.ts';

export type NodeKind = 'perspective' | 'metric' | 'guard' | 'objective' | 'kr';

/** Everything a ref can point at, by canonical key. */
export interface AlignmentNode {
  key: string;
  kind: NodeKind;
  period: string;
  src: Located;
  /** For a KR, the objective that contains it. */
  parent?: string;
}

export function indexNodes(bscs: Bsc[], sets: OkrSet[]): Map<string, AlignmentNode> {
  const index = new Map<string, AlignmentNode>();
  for (const bsc of bscs) {
    for (const p of bsc.perspectives) index.set(p.key, { key: p.key, kind: 'perspective', period: bsc.period, src: p.src });
    for (const m of bsc.metrics) index.set(m.key, { key: m.key, kind: 'metric', period: bsc.period, src: m.src });
    for (const g of bsc.guards) index.set(g.key, { key: g.key, kind: 'guard', period: bsc.period, src: g.src });
  }
  for (const set of sets) {
    for (const o of set.objectives) {
      index.set(o.key, { key: o.key, kind: 'objective', period: set.period, src: o.src });
      for (const kr of o.keyResults) index.set(kr.key, { key: kr.key, kind: 'kr', period: set.period, src: kr.src, parent: o.key });
    }
  }
  return index;
}

/** Second pass, after every file validated: resolve every alignsTo ref and relate both directions. */
type Ctx = { rep: Reporter; dir: Directory; relations: Relations; broken: Broken };

export function resolveAlignment(sets: OkrSet[], index: Map<string, AlignmentNode>, ctx: Ctx): void {
  for (const set of sets) {
    set.objectives.forEach((o) => {
      resolveList(o.alignsToWritten, o.key, o.src, set.period, index, ctx);
      o.keyResults.forEach((kr) => {
        resolveList(kr.alignsToWritten, kr.key, kr.src, set.period, index, ctx);
        if (ctx.relations.alignsTo(kr.key).includes(o.key)) {
          ctx.rep.warn('alignment-redundant', kr.src, ['alignsTo'], msg(`KR ${kr.id} 已属于目标 ${o.id}，无需再对齐到它。请删除这条对齐，或改为对齐到上级。`,
            `KR ${kr.id} already belongs to objective ${o.id}; aligning it there adds nothing. Remove it, or align upwards instead.`));
        }
      });
    });
  }
  reportCycles(index, ctx);
}

function resolveList(refs: string[], from: string, src: Located, period: string, index: Map<string, AlignmentNode>, ctx: Ctx): void {
  refs.forEach((written, i) => {
    const to = resolveRef(written, period, index, { ...ctx, src, sub: ['alignsTo', i] });
    if (to) ctx.relations.relate(from, to);
  });
}

function resolveRef(
  written: string,
  period: string,
  index: Map<string, AlignmentNode>,
  ctx: Ctx & { src: Located; sub: (string | number)[] },
): string | undefined {
  const { rep, dir, src, sub, broken } = ctx;
  const ref = parseAlignableRef(written)!;
  const upward = [period, ...(dir.periods.get(period)?.ancestors ?? [])];
  if (ref.period && !dir.periods.has(ref.period)) {
    dir.resolvePeriod(ref.period, src, sub);
    return undefined;
  }
  const found = (ref.period ? [ref.period] : upward).map((p) => refKey({ ...ref, period: p } as AlignableRef & { period: string })).find((k) => index.has(k));
  const elsewhere = [...dir.periods.keys()].map((p) => refKey({ ...ref, period: p } as AlignableRef & { period: string })).filter((k) => index.has(k));
  const target = found ?? (ref.period ? undefined : elsewhere[0]);
  if (target) {
    const targetPeriod = index.get(target)!.period;
    if (upward.includes(targetPeriod)) return target;
    rep.error('cross-period', src, sub, msg(
      `"${written}" 指向周期 ${targetPeriod} 的 ${target}，但周期 ${period} 只能对齐到本周期或其上级周期（${upward.join('、')}）。请对齐到上级周期的目标，或把这个 OKR 移到 ${targetPeriod}。`,
      `"${written}" points at ${target} in ${targetPeriod}, but ${period} may only align within itself or an enclosing period (${upward.join(', ')}). Align to an enclosing period's objective, or move this OKR to ${targetPeriod}.`));
    return undefined;
  }
  if ([...dir.periods.keys()].some((p) => broken.coversKey(refKey({ ...ref, period: p } as AlignableRef & { period: string })))) return undefined;
  // Compare without period prefixes, so a typo in the quarter still finds the year's objective; suggest as it must be written.
  const searched = ref.period ? [ref.period] : upward;
  // A key that is not a ref (an invalid id, reported where it is defined) is no suggestion.
  const byPath = new Map([...index.values()].filter((n) => searched.includes(n.period)).flatMap((n) => {
    const parsed = parseRef(n.key);
    return parsed ? [[formatRef(parsed, n.period), formatRef(parsed, period)] as const] : [];
  }));
  const bare = formatRef({ ...ref, period: undefined } as AlignableRef);
  rep.error('unknown-ref', src, sub, join(
    msg(`"${written}" 指向的${kindName(ref).zh}不存在（在周期 ${searched.join('、')} 中查找）。`,
      `"${written}" points at ${kindName(ref).en} that does not exist (looked in ${searched.join(', ')}).`),
    didYouMean(nearest(bare, byPath.keys()).map((p) => byPath.get(p)!)),
  ));
  return undefined;
}

function kindName(ref: AlignableRef) {
  if (ref.kind === 'bsc') return msg(' BSC 指标或维度', 'a BSC metric or perspective');
  if (ref.kind === 'objective') return msg('目标', 'an objective');
  return msg('关键结果', 'a key result');
}

function reportCycles(index: Map<string, AlignmentNode>, { rep, relations }: Ctx): void {
  const next = (key: string) => {
    const parent = index.get(key)?.parent;
    return parent ? [...relations.alignsTo(key), parent] : relations.alignsTo(key);
  };
  for (const cycle of findCycles(index.keys(), next)) {
    const closing = cycle.findLast((k, i) => i < cycle.length - 1 && relations.alignsTo(k).includes(cycle[i + 1])) ?? cycle[0];
    const node = index.get(closing)!;
    const show = (key: string) => formatRef(parseRef(key)!, node.period);
    const target = cycle[cycle.indexOf(closing) + 1];
    if (cycle.length === 3 && index.get(target)?.parent === closing) {
      rep.error('alignment-cycle', node.src, ['alignsTo'], msg(
        `目标 ${show(closing)} 不能对齐到它自己的 KR ${show(target)}：KR 本来就支撑它。请对齐到上级目标或 BSC 指标。`,
        `The objective ${show(closing)} cannot align to its own KR ${show(target)}: the KR already supports it. Align to a parent objective or a BSC metric instead.`));
      continue;
    }
    const path = cycle.map(show).join(' → ');
    rep.error('alignment-cycle', node.src, ['alignsTo'], msg(
      `对齐关系形成了循环：${path}。对齐只能向上（个人 → 部门 → 公司），请删除其中一条对齐。`,
      `The alignment goes round in a circle: ${path}. Alignment only points upwards (person → department → company): remove one of these links.`));
  }
}
