import type { Bsc } from '../model.ts';
import { msg } from '../text.ts';
import { causalTests, VERDICT_LABELS } from '../views/causal-view.ts';
import type { Lookup } from '../views/lookup.ts';
import { describe, perspectiveGroup } from './describe.ts';
import { edgeMarker, renderFlowchart, type Diagram, type DiagramEdge, type DiagramOptions, type GroupInput, type NodeInput } from './graph.ts';

/**
 * Perspectives in cause-effect order: a perspective comes before every perspective its metrics
 * drive (learning → internal → customer → finance in the demo). Ties, and perspectives caught in a
 * cycle, keep the order of the BSC file.
 */
export function perspectiveOrder(bsc: Bsc): string[] {
  const ids = bsc.perspectives.map((p) => p.id);
  const perspectiveOf = new Map(bsc.metrics.map((m) => [m.id, m.perspectiveId]));
  const after = new Map(ids.map((id) => [id, new Set<string>()]));
  const incoming = new Map(ids.map((id) => [id, 0]));
  for (const c of bsc.causes) {
    const from = perspectiveOf.get(c.from);
    const to = perspectiveOf.get(c.to);
    if (!from || !to || from === to || !after.has(from) || !after.has(to) || after.get(from)!.has(to)) continue;
    after.get(from)!.add(to);
    incoming.set(to, incoming.get(to)! + 1);
  }
  const order: string[] = [];
  const done = new Set<string>();
  while (order.length < ids.length) {
    // The first perspective in file order with nothing left before it; in a cycle, the first left.
    const next = ids.find((id) => !done.has(id) && incoming.get(id) === 0) ?? ids.find((id) => !done.has(id))!;
    order.push(next);
    done.add(next);
    for (const to of after.get(next)!) incoming.set(to, incoming.get(to)! - 1);
  }
  return order;
}

/** Metric names wrap at 12 columns (6 CJK characters): three boxes side by side fit a phone. */
const METRIC_COLUMNS = 12;

/**
 * The BSC strategy map of a period, drawn as 001 draws it: one lane per perspective, stacked bottom-up in
 * cause-effect order (the perspective whose metrics only drive others at the bottom, the results at the
 * top; `flowchart BT`). Each metric shows its name, score and status (icon and word) and links to its page.
 * Each cause is an arrow numbered ①②… in the order of the BSC file; `edges[i].label` holds its whole why,
 * for the legend under the drawing. Each arrow is drawn by its verdict against the data (views/causal-view.ts):
 * colour and dash, and the verdict's symbol after its number (`①✓`). Undefined when the period has no BSC.
 */
export function bscCausalMap(look: Lookup, period: string, options: DiagramOptions = {}): Diagram | undefined {
  const bsc = look.bsc(period);
  if (!bsc) return undefined;
  const lang = options.lang ?? 'zh';
  const groups: GroupInput[] = perspectiveOrder(bsc).map((id) => perspectiveGroup(look, bsc.perspectives.find((x) => x.id === id)!.key, lang)!);
  const laneOf = new Map(bsc.perspectives.map((p) => [p.id, p.key]));
  const nodes: NodeInput[] = [];
  for (const g of groups) {
    for (const m of bsc.metrics) {
      if (laneOf.get(m.perspectiveId) !== g.key) continue;
      const node = describe(look, m.key, lang, g.key);
      if (node) nodes.push(node);
    }
  }
  const keyOf = new Map(bsc.metrics.map((m) => [m.id, m.key]));
  const verdictOf = new Map(causalTests(look, period).map((t) => [t.index, t.verdict]));
  const edges: DiagramEdge[] = [];
  bsc.causes.forEach((c, i) => {
    const from = keyOf.get(c.from);
    const to = keyOf.get(c.to);
    const verdict = verdictOf.get(i);
    if (from && to) {
      edges.push({ from, to, kind: 'cause', marker: edgeMarker(edges.length + 1), ...(c.why ? { label: c.why } : {}), ...(verdict ? { verdict, badge: VERDICT_LABELS[verdict].symbol } : {}) });
    }
  });
  const missing = bsc.metrics.length - nodes.length;
  return renderFlowchart({
    direction: 'BT',
    groups,
    nodes,
    edges,
    lang,
    localize: options.localize,
    labelColumns: { metric: METRIC_COLUMNS },
    ...(missing > 0 ? { note: msg(`${missing} 个指标的维度不存在，未画出。`, `${missing} metric(s) with an unknown perspective are not drawn.`) } : {}),
  });
}
