import type { ScoreCard } from '../scoring/card.ts';
import { formatScore } from '../scoring/explain.ts';
import type { Status } from '../scoring/pace.ts';
import { nodeLink } from '../views/links.ts';
import type { Lookup } from '../views/lookup.ts';
import type { GroupInput, NodeInput } from './graph.ts';

/** The score card of anything a ref can name: BSC metric or perspective, objective, KR. */
export function cardOf(look: Lookup, key: string): ScoreCard | undefined {
  const node = look.nodes.get(key);
  if (!node) return undefined;
  if (node.kind === 'metric') return look.scores.bsc.get(node.bsc.period)?.metrics.get(node.item.id);
  if (node.kind === 'perspective') return look.scores.bsc.get(node.bsc.period)?.perspectives.get(node.item.id);
  if (node.kind === 'guard') return undefined;
  return look.card(key);
}

export function scoreText(card: ScoreCard | undefined): string {
  const value = card?.score.value;
  return value === null || value === undefined ? '—' : formatScore(value);
}

/** A diagram node for a ref key, or undefined when the key names nothing. */
export function describe(look: Lookup, key: string, lang: 'zh' | 'en' = 'zh', group?: string): NodeInput | undefined {
  const link = nodeLink(look, key);
  const node = look.nodes.get(key);
  if (!link || !node) return undefined;
  const card = cardOf(look, key);
  const status: Status = card?.status ?? 'unscored';
  const en = lang === 'en';
  const label = en ? link.labelEn ?? link.label : link.label;
  const context = en ? link.contextEn ?? link.context : link.context;
  return { key, kind: link.kind, label, context, href: link.href, status, score: scoreText(card), ...(group ? { group } : {}) };
}

/** The name of an OKR set's owner in the given language. */
export function ownerLabel(look: Lookup, setKey: string, lang: 'zh' | 'en' = 'zh'): string {
  const set = look.sets.get(setKey);
  if (!set) return setKey;
  return look.ownerName(set.owner, lang);
}

/** A BSC perspective as a group (lane) of its metrics, titled with its score. */
export function perspectiveGroup(look: Lookup, key: string, lang: 'zh' | 'en' = 'zh', parent?: string): GroupInput | undefined {
  const node = describe(look, key, lang);
  if (!node || node.kind !== 'perspective') return undefined;
  return { key, label: node.label, href: node.href, status: node.status, score: node.score, ...(parent ? { parent } : {}) };
}

/** A period's name in the given language (`nameEn` where given), or its id when it has none. */
export function periodName(look: Lookup, id: string, lang: 'zh' | 'en' = 'zh'): string {
  const period = look.periods.get(id);
  return (lang === 'en' ? period?.nameEn : undefined) ?? period?.name ?? id;
}
