import { msg, type Msg } from '../text.ts';
import type { PlannedSet } from './plan.ts';
import type { People } from './people.ts';
import { similarity } from './similarity.ts';

/**
 * Alignment a document implies without writing it:
 * - @-alignment: a person's or role's section whose owner is @mentioned in a higher KR (company first,
 *   then the sections above it) supports that KR; each objective takes the candidate it reads most like.
 * - restatement: an objective that repeats a KR of a section above it (设计 O1 建设产品风格… = 产品主管 KR3).
 */
export const MENTION_MIN = 0.12;
export const RESTATE_MIN = 0.5;

export interface AlignmentNote {
  line: number;
  where: string;
  inferred: boolean;
  message: Msg;
}

export function inferAlignments(sets: PlannedSet[], people: People): AlignmentNote[] {
  const notes: AlignmentNote[] = [];
  const order = (s: PlannedSet) => (s.kind === 'company' ? 0 : s.kind === 'department' ? 1 : 2);
  sets.forEach((set, index) => {
    if (set.kind === 'company') return;
    const higher = sets.filter((s, i) => s !== set && (order(s) < order(set) || (order(s) === order(set) && i < index)));
    const krs = higher.flatMap((s) => s.objectives.flatMap((o) => o.krs.map((kr) => ({ set: s, o, kr, ref: `${s.ownerId}/${o.id}/${kr.id}` }))));
    const person = set.kind === 'person' || set.kind === 'role' ? set.ownerId : undefined;
    const mentioning = person ? krs.filter((c) => c.kr.mentioned.some((name) => people.find(name)?.id === person)) : [];
    for (const o of set.objectives) {
      const where = `${set.ownerId}/${o.id}`;
      const restated = krs.map((c) => ({ c, score: similarity(o.title, c.kr.title) })).sort((a, b) => b.score - a.score)[0];
      if (restated && restated.score >= RESTATE_MIN) {
        o.alignsTo.push(restated.c.ref);
        notes.push({ line: o.line, where, inferred: true, message: msg(`对齐到 ${restated.c.ref}（目标复述了 L${restated.c.kr.line} 的 KR，相似度 ${restated.score.toFixed(2)}）`, `aligned to ${restated.c.ref} (the objective restates the KR on L${restated.c.kr.line}, similarity ${restated.score.toFixed(2)})`) });
        continue;
      }
      if (!person) continue;
      if (mentioning.length === 0) {
        const near = restated ? msg(`，最接近的 KR 是 ${restated.c.ref}（相似度 ${restated.score.toFixed(2)}）`, `; the closest KR is ${restated.c.ref} (similarity ${restated.score.toFixed(2)})`) : msg('', '');
        notes.push({ line: o.line, where, inferred: false, message: msg(`未推断对齐：上级 KR 中没有 @${set.ownerName}，目标也没有复述上级 KR${near.zh}`, `alignment not inferred: no higher KR @mentions ${set.ownerName} and the objective restates none${near.en}`) });
        continue;
      }
      const ranked = mentioning.map((c) => ({ c, score: similarity(`${o.title} ${o.krs.map((k) => k.title).join(' ')}`, c.kr.title) })).sort((a, b) => b.score - a.score);
      const best = ranked[0];
      const others = ranked.length > 1 ? msg(`，另有 ${ranked.length - 1} 个候选`, `, ${ranked.length - 1} other candidate(s)`) : msg('', '');
      if (best.score >= MENTION_MIN) {
        o.alignsTo.push(best.c.ref);
        notes.push({ line: o.line, where, inferred: true, message: msg(`对齐到 ${best.c.ref}（L${best.c.kr.line} 的 KR @提及了 ${set.ownerName}，相似度 ${best.score.toFixed(2)}${others.zh}）`, `aligned to ${best.c.ref} (the KR on L${best.c.kr.line} @mentions ${set.ownerName}, similarity ${best.score.toFixed(2)}${others.en})`) });
      } else {
        notes.push({ line: o.line, where, inferred: false, message: msg(`未推断对齐：@提及 ${set.ownerName} 的 KR 里，最接近的是 ${best.c.ref}（相似度 ${best.score.toFixed(2)}，低于 ${MENTION_MIN}）`, `alignment not inferred: of the KRs that @mention ${set.ownerName}, the closest is ${best.c.ref} (similarity ${best.score.toFixed(2)}, below ${MENTION_MIN})`) });
      }
    }
  });
  return notes;
}
