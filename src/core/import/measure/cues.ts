import type { Candidate } from './scan.ts';

/**
 * The words around an amount that say what it is. Read as Chinese OKR documents use them:
 * a change verb (提升, 降低) makes a relative target unless 至/到 follows it (提升至 80% is the level
 * to reach); a floor (不低于, ≥, 以上) or a ceiling (控制在, 以内) makes a guardrail.
 */
export type CueKind = 'to-down' | 'to-up' | 'to' | 'floor' | 'ceiling' | 'down' | 'up' | 'reach' | 'from';

const WORDS: { kind: CueKind; words: string[] }[] = [
  { kind: 'to-down', words: ['降低至', '降低到', '下降至', '下降到', '减少至', '减少到', '缩短至', '缩短到', '压缩至', '压缩到', '缩减至', '降至', '降到', '减至', '减到'] },
  { kind: 'to-up', words: ['提升至到', '提升至', '提升到', '提高至', '提高到', '增长至', '增长到', '增加至', '增加到', '上升至', '上升到', '扩大至', '扩大到', '增至', '升至', '提升到达'] },
  { kind: 'floor', words: ['不低于', '不少于', '不小于', '至少', '最少', '超过', '高于', '大于', '多于', '保持在', '维持在', '保持', '维持', '守住', '≥', '>=', '>', '＞'] },
  { kind: 'ceiling', words: ['不超过', '不高于', '不大于', '低于', '少于', '小于', '控制在', '控制到', '≤', '<=', '<', '＜'] },
  { kind: 'down', words: ['降低', '下降', '减少', '缩短', '节省', '节约', '缩减', '压缩', '缩小', '降本', '降', '减'] },
  { kind: 'up', words: ['提升', '提高', '增长', '增加', '上升', '扩大', '增'] },
  { kind: 'reach', words: ['达到', '到达', '达成', '突破', '累计', '总计', '目标值', '达', '过', '为', '是', '实现'] },
  { kind: 'to', words: ['至', '到'] },
  { kind: 'from', words: ['从', '由'] },
];

const ALL = WORDS.flatMap(({ kind, words }) => words.map((word) => ({ kind, word }))).sort((a, b) => b.word.length - a.word.length);

export interface Cue {
  kind: CueKind;
  word: string;
}

/** The cue written right before the amount (spaces and 的 between are allowed). */
export function directCue(before: string): Cue | undefined {
  const tail = before.replace(/[\s的]+$/u, '');
  const found = ALL.find(({ word }) => tail.endsWith(word));
  if (!found) return undefined;
  if (found.kind !== 'to') return found;
  // 至/到 alone: the direction comes from the verb earlier in the clause (减少 bug 到 xxxx).
  const verb = distantVerb(tail.slice(0, -found.word.length));
  return { kind: verb?.kind === 'down' ? 'to-down' : 'to-up', word: found.word };
}

/** The last change verb earlier in the clause (提升管理效率 20% → 提升). */
export function distantVerb(before: string): Cue | undefined {
  let best: { cue: Cue; at: number } | undefined;
  for (const { kind, words } of WORDS) {
    if (kind !== 'up' && kind !== 'down' && kind !== 'to-down' && kind !== 'to-up') continue;
    for (const word of words) {
      const at = before.lastIndexOf(word);
      if (at >= 0 && (!best || at > best.at)) best = { cue: { kind: kind === 'to-down' ? 'down' : kind === 'to-up' ? 'up' : kind, word }, at };
    }
  }
  return best?.cue;
}

/** A word right after the amount: 以上, 以下/以内, 增长 (100% 增长). */
export function afterCue(after: string): 'floor' | 'ceiling' | 'up' | 'down' | undefined {
  const a = after.replace(/^[\s的]+/u, '');
  if (/^(?:及以上|以上|之上)/u.test(a)) return 'floor';
  if (/^(?:以下|以内|之内|内)/u.test(a)) return 'ceiling';
  if (/^(?:增长|增幅|提升)/u.test(a)) return 'up';
  if (/^(?:下降|降幅|减少)/u.test(a)) return 'down';
  return undefined;
}

const FREQUENCY = /每\s*(日|天|半周|双周|周|双月|月|季度|季|半年|年)(?![度级])/gu;

/** 每月 … 2 次 → 月: a recurring count, when 每X stands in the clause before the amount. */
export function frequencyOf(before: string): string | undefined {
  const all = [...before.matchAll(FREQUENCY)];
  return all.at(-1)?.[1];
}

/** The amount directly follows a metric noun: 替代率40%, 业务流量100%, DAU 1 亿. */
export function followsMetric(before: string): boolean {
  return /(?:[率度额量数值比效]|[A-Za-z])\s*$/u.test(before);
}

/** Whether the amount can stand as the KR's target without looking around it. */
export function isStrong(c: Candidate): boolean {
  return !!directCue(c.before) || !!afterCue(c.after) || c.count || c.plus || followsMetric(c.before) || !!frequencyOf(c.before);
}
