import type { Status } from '../scoring/pace.ts';
import type { Msg } from '../text.ts';
import { nodeLink, personLink, type NodeLink, type PersonLink } from './links.ts';
import type { Lookup } from './lookup.ts';
import { withheldItems } from './format.ts';
import { scoreView } from './score-view.ts';

/** A node of an alignment tree: something and everything that supports it, as a nested list. */
export interface TreeNode {
  link: NodeLink;
  scoreText: string;
  status: Status;
  owners: PersonLink[];
  children: TreeNode[];
  /** Already shown elsewhere in the tree (it supports several things); its children are not repeated. */
  repeated: boolean;
  /** In the public site: it also aligns to private items, "1 项非公开内容" (not drawn). */
  alignsToWithheld?: Msg;
}

/**
 * Build the support tree under `key`: what aligns to it, and for an objective its own KRs, recursively.
 * `seen` is shared across calls, so a thing that supports several parents is expanded once.
 */
export function supportTree(look: Lookup, key: string, seen: Set<string>, include: (key: string) => boolean = () => true): TreeNode[] {
  const node = look.nodes.get(key);
  const kids = [...look.org.relations.supportedBy(key)];
  if (node?.kind === 'objective') kids.unshift(...node.item.keyResults.map((kr) => kr.key));
  return kids.filter(include).map((k) => treeNode(look, k, seen, include));
}

export function treeNode(look: Lookup, key: string, seen: Set<string>, include: (key: string) => boolean = () => true): TreeNode {
  const repeated = seen.has(key);
  seen.add(key);
  const node = look.nodes.get(key)!;
  const card = node.kind === 'metric' ? look.scores.bsc.get(node.bsc.period)?.metrics.get(node.item.id) : node.kind === 'perspective' ? look.scores.bsc.get(node.bsc.period)?.perspectives.get(node.item.id) : look.card(key);
  const score = card ? scoreView(card) : undefined;
  const ownerIds = node.kind === 'kr' || node.kind === 'metric' ? node.item.ownerIds : node.kind === 'objective' && node.set.owner.kind === 'person' ? [node.set.owner.id] : [];
  const withheld = node.kind === 'kr' || node.kind === 'objective' ? node.item.withheld?.alignsTo ?? 0 : 0;
  return {
    link: nodeLink(look, key)!,
    scoreText: score?.text ?? '—',
    status: score?.status ?? 'unscored',
    owners: ownerIds.map((id) => personLink(look, id)),
    children: repeated ? [] : supportTree(look, key, seen, include),
    repeated,
    ...(withheld > 0 ? { alignsToWithheld: withheldItems(withheld) } : {}),
  };
}
