import type { OkrSet } from '../model.ts';
import { parseRef } from '../refs.ts';
import type { InputRef } from '../scoring/explain.ts';
import type { Lookup } from './lookup.ts';
import { anchors, urls } from './urls.ts';

export interface PersonLink {
  id: string;
  name: string;
  href: string;
}

/** A link to anything a ref can name, labelled for readers: 净营收, 市场与增长部 · O1 【提升获客质量…】. */
export interface NodeLink {
  key: string;
  kind: 'metric' | 'perspective' | 'guard' | 'objective' | 'kr';
  /** Where it lives: 2026 BSC, or the owner's name. */
  context: string;
  /** The owner's English name, where the department or company has one. */
  contextEn?: string;
  label: string;
  /** The BSC item's English name (`nameEn`), where it has one. */
  labelEn?: string;
  href: string;
  period: string;
}

export function personLink(look: Lookup, id: string): PersonLink {
  return { id, name: look.people.get(id)?.name ?? id, href: urls.person(id) };
}

export function ownerHref(owner: OkrSet['owner']): string {
  if (owner.kind === 'company') return urls.home();
  return owner.kind === 'department' ? urls.department(owner.id) : urls.person(owner.id);
}

export function nodeLink(look: Lookup, key: string): NodeLink | undefined {
  const node = look.nodes.get(key);
  if (!node) return undefined;
  switch (node.kind) {
    case 'metric':
      return { key, kind: 'metric', context: 'BSC', label: node.item.name, labelEn: node.item.nameEn, href: urls.metric(node.bsc.period, node.item.id), period: node.bsc.period };
    case 'perspective':
      return { key, kind: 'perspective', context: 'BSC', label: node.item.name, labelEn: node.item.nameEn, href: urls.perspective(node.bsc.period, node.item.id), period: node.bsc.period };
    case 'guard':
      return { key, kind: 'guard', context: 'BSC', label: node.item.name, labelEn: node.item.nameEn, href: urls.guard(node.bsc.period, node.item.id), period: node.bsc.period };
    case 'objective':
      return {
        key, kind: 'objective', ...context(look, node.set.owner), label: `${node.item.id.toUpperCase()} ${node.item.title}`,
        href: `${urls.set(node.set.period, node.set.owner.id)}#${anchors.objective(node.item.id)}`, period: node.set.period,
      };
    case 'kr':
      return {
        key, kind: 'kr', ...context(look, node.set.owner), label: `${node.objective.id.toUpperCase()}·${node.item.id.toUpperCase()} ${node.item.title}`,
        href: `${urls.set(node.set.period, node.set.owner.id)}#${anchors.kr(node.objective.id, node.item.id)}`, period: node.set.period,
      };
  }
}

function context(look: Lookup, owner: OkrSet['owner']): Pick<NodeLink, 'context' | 'contextEn'> {
  const [zh, en] = [look.ownerName(owner), look.ownerName(owner, 'en')];
  return en === zh ? { context: zh } : { context: zh, contextEn: en };
}

export function nodeLinks(look: Lookup, keys: readonly string[]): NodeLink[] {
  return keys.map((k) => nodeLink(look, k)).filter((l): l is NodeLink => l !== undefined);
}

/** The page (and anchor) of an input of "如何计算", from its model key alone: no lookup needed. */
export function inputHref(ref: InputRef): string | undefined {
  const parsed = parseRef(ref.key);
  if (!parsed?.period) return undefined;
  const { period } = parsed;
  if (parsed.kind === 'bsc') return ref.kind === 'perspective' ? urls.perspective(period, parsed.item) : urls.metric(period, parsed.item);
  if (parsed.kind === 'objective') return `${urls.set(period, parsed.owner)}#${anchors.objective(parsed.objective)}`;
  if (parsed.kind === 'kr') return `${urls.set(period, parsed.owner)}#${anchors.kr(parsed.objective, parsed.kr)}`;
  return undefined;
}
