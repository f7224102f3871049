import type { Status } from '../scoring/pace.ts';
import { msg, type Msg } from '../text.ts';
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
  /** An in-page id for the node's list item, where pages link to it. */
  id?: string;
  /** What a scoped tree leaves out under this node (personal OKRs), counted, and where they are listed. */
  below?: Below;
}

/** Personal objectives and KRs that support a node but are listed on another page, counted. */
export interface Below {
  objectives: number;
  keyResults: number;
  /** "3 个个人目标、1 个个人关键结果对齐到这里". */
  text: Msg;
  /** Where they are: a department's alignment page (one link per department), in order. */
  links: { label: string; labelEn?: string; href: string; count: number }[];
}

export function belowText(objectives: number, keyResults: number): Msg {
  const zh = [objectives > 0 ? `${objectives} 个个人目标` : '', keyResults > 0 ? `${keyResults} 个个人关键结果` : ''].filter(Boolean).join('、');
  const en = [objectives > 0 ? `${objectives} personal objective${objectives === 1 ? '' : 's'}` : '', keyResults > 0 ? `${keyResults} personal key result${keyResults === 1 ? '' : 's'}` : ''].filter(Boolean).join(' and ');
  return msg(`${zh}对齐到这里`, `${en} align${objectives + keyResults === 1 ? 's' : ''} here`);
}

/**
 * A tree that does not reach everything below it (an aggregate page's): `hide` says which children are
 * left out, `below` what the node says about them. Hidden children are not expanded, nor marked seen.
 */
export interface TreeScope {
  hide(key: string, parent: string): boolean;
  below(parent: string, hidden: string[]): Below | undefined;
}

/**
 * Build the support tree under `key`: what aligns to it, and for an objective its own KRs, recursively.
 * `seen` is shared across calls, so a thing that supports several parents is expanded once.
 */
export function supportTree(look: Lookup, key: string, seen: Set<string>, include: (key: string) => boolean = () => true, scope?: TreeScope): TreeNode[] {
  return children(look, key, include, scope).shown.map((k) => treeNode(look, k, seen, include, scope));
}

/** What supports `key` (for an objective its KRs first), split into what a scope shows and what it hides. */
export function children(look: Lookup, key: string, include: (key: string) => boolean = () => true, scope?: TreeScope): { shown: string[]; hidden: string[] } {
  const node = look.nodes.get(key);
  const kids = [...look.org.relations.supportedBy(key)];
  if (node?.kind === 'objective') kids.unshift(...node.item.keyResults.map((kr) => kr.key));
  const included = kids.filter(include);
  if (!scope) return { shown: included, hidden: [] };
  return { shown: included.filter((k) => !scope.hide(k, key)), hidden: included.filter((k) => scope.hide(k, key)) };
}

export function treeNode(look: Lookup, key: string, seen: Set<string>, include: (key: string) => boolean = () => true, scope?: TreeScope): TreeNode {
  const repeated = seen.has(key);
  seen.add(key);
  const node = look.nodes.get(key)!;
  const card = node.kind === 'metric' ? look.scores.bsc.get(node.bsc.period)?.metrics.get(node.item.id) : node.kind === 'perspective' ? look.scores.bsc.get(node.bsc.period)?.perspectives.get(node.item.id) : look.card(key);
  const score = card ? scoreView(card) : undefined;
  const ownerIds = node.kind === 'kr' || node.kind === 'metric' ? node.item.ownerIds : node.kind === 'objective' && node.set.owner.kind === 'person' ? [node.set.owner.id] : [];
  const withheld = node.kind === 'kr' || node.kind === 'objective' ? node.item.withheld?.alignsTo ?? 0 : 0;
  const kids = repeated ? { shown: [], hidden: [] } : children(look, key, include, scope);
  const below = scope && kids.hidden.length > 0 ? scope.below(key, kids.hidden) : undefined;
  return {
    link: nodeLink(look, key)!,
    scoreText: score?.text ?? '—',
    status: score?.status ?? 'unscored',
    owners: ownerIds.map((id) => personLink(look, id)),
    children: kids.shown.map((k) => treeNode(look, k, seen, include, scope)),
    repeated,
    ...(withheld > 0 ? { alignsToWithheld: withheldItems(withheld) } : {}),
    ...(below ? { below } : {}),
  };
}
