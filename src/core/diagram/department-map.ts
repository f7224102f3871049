import type { OkrSet } from '../model.ts';
import { msg } from '../text.ts';
import type { Lookup } from '../views/lookup.ts';
import { setGroup } from './alignment.ts';
import { describe } from './describe.ts';
import { MAX_NODES, renderFlowchart, type Diagram, type DiagramEdge, type DiagramOptions, type GroupInput, type NodeInput } from './graph.ts';

/** What the department map leaves out, and where it is instead. */
function departmentNote(left: number) {
  const zh = '图中画部门的目标和对齐到它们的个人目标；关键结果见下方各目标，部门的对齐上游见部门 OKR 页的对齐图。';
  const en = "The department's objectives and the personal objectives aligned to them; key results are listed below, and what the department aligns to is in the map on its OKR page.";
  if (!left) return msg(zh, en);
  return msg(`${zh}超过 ${MAX_NODES} 个节点：另有 ${left} 个个人目标未画出，见文字版。`, `${en} Over ${MAX_NODES} nodes: ${left} more personal objective(s) are only in the text version.`);
}

/**
 * A department's map (`flowchart RL`, the department on the left, arrows from child to parent): the
 * objectives of its sets `setKeys`, and every personal objective that aligns to one of them (itself or
 * through a KR, on either end), one group per person's set. KRs are folded into their objectives so
 * the map stays two columns wide; above `maxNodes` the last personal objectives are left to the text
 * version, and the note counts them. Undefined when no set is given.
 */
export function departmentMap(look: Lookup, setKeys: readonly string[], options: DiagramOptions = {}): Diagram | undefined {
  const sets = setKeys.map((k) => look.sets.get(k)).filter((s): s is OkrSet => s !== undefined);
  if (sets.length === 0) return undefined;
  const lang = options.lang ?? 'zh';
  const max = options.maxNodes ?? MAX_NODES;
  const relations = look.org.relations;
  const objectiveKey = (key: string) => { const n = look.nodes.get(key); return n?.kind === 'kr' ? n.objective.key : key; };

  const groups: GroupInput[] = [];
  const nodes: NodeInput[] = [];
  for (const set of sets) {
    groups.push(setGroup(look, set.key, lang, set.period));
    for (const o of set.objectives) {
      const node = describe(look, o.key, lang, set.key);
      if (node) nodes.push(node);
    }
  }

  // Who supports the department's objectives or KRs, as their objectives, in the order they align.
  const supporting = new Map<string, Set<string>>();
  for (const set of sets) for (const o of set.objectives) {
    for (const key of [o.key, ...o.keyResults.map((kr) => kr.key)]) {
      for (const from of relations.supportedBy(key)) {
        const node = look.nodes.get(from);
        if (node?.kind !== 'objective' && node?.kind !== 'kr') continue;
        if (node.set.owner.kind !== 'person') continue;
        const child = objectiveKey(from);
        if (!supporting.has(child)) supporting.set(child, new Set());
        supporting.get(child)!.add(o.key);
      }
    }
  }

  const edges: DiagramEdge[] = [];
  let left = 0;
  for (const [child, parents] of supporting) {
    if (nodes.length >= max) { left++; continue; }
    const node = look.nodes.get(child);
    if (node?.kind !== 'objective') continue;
    if (!groups.some((g) => g.key === node.set.key)) groups.push(setGroup(look, node.set.key, lang, sets[0].period));
    const drawn = describe(look, child, lang, node.set.key);
    if (!drawn) continue;
    nodes.push(drawn);
    for (const to of parents) edges.push({ from: child, to, kind: 'aligns' });
  }
  return renderFlowchart({ direction: 'RL', groups, nodes, edges, lang, localize: options.localize, note: departmentNote(left) });
}
