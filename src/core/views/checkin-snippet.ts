import type { KeyResult } from '../model.ts';
import { msg, type Msg } from '../text.ts';

/**
 * A check-in for this KR, ready to paste into its file: dated asOf, with the fields the weekly update
 * asks for (关键进展, 风险, 下周计划) left empty behind a comment saying what goes there. Empty fields fail
 * `npm run check`, so a pasted snippet cannot be published half filled in. Indented for the KR's own
 * place in the file; with a `checkins:` line when the KR has none yet.
 */
export function checkinSnippet(kr: KeyResult, asOf: string): Msg {
  const keyIndent = ' '.repeat(Math.max(0, kr.span.start.col - 1));
  const itemIndent = `${keyIndent}  `;
  const lines = (lang: 'zh' | 'en') => {
    const c = COMMENTS[lang];
    const m = kr.measure;
    const value = m?.type === 'manual' ? `progress:   # ${c.progress}`
      : m && m.type !== 'milestone' ? `value:      # ${c.value}${m.unit ? (lang === 'zh' ? `（${m.unit}）` : ` (${m.unit})`) : ''}`
      : undefined;
    const fields = [
      `- date: ${asOf}`,
      ...(value ? [`  ${value}`] : []),
      `  note:       # ${c.note}`,
      `  risks:      # ${c.risks}`,
      `  next:       # ${c.next}`,
    ];
    const head = kr.checkins.length > 0 ? [`${keyIndent}# ${c.append}`] : [`${keyIndent}checkins:`];
    return [...head, ...fields.map((f) => itemIndent + f)].join('\n');
  };
  return msg(lines('zh'), lines('en'));
}

const COMMENTS = {
  zh: {
    append: '加在这个 KR 的 checkins 列表末尾',
    value: '当前值，只写数字',
    progress: '进度 0–1，例如 0.6',
    note: '关键进展：达成了什么（不是做了哪些事）',
    risks: '挑战与风险、需要的支持；没有就删掉这一行',
    next: '下周计划',
  },
  en: {
    append: "add at the end of this KR's checkins list",
    value: 'current value, a number only',
    progress: 'progress 0–1, e.g. 0.6',
    note: 'key progress: what was achieved (not what was done)',
    risks: 'challenges, risks and support needed; delete the line if none',
    next: 'plan for next week',
  },
};
