import { msg, type Msg } from '../../text.ts';
import type { MeasureDraft, Note } from './infer.ts';
import type { Ignored } from './mask.ts';
import { monthEnd, yearOf, type PeriodRange } from './period.ts';
import type { Candidate } from './scan.ts';

/**
 * Sentence shapes read as a whole rather than from one amount: a named baseline (同比, 较2025 Q4),
 * 翻倍, a recurring deliverable (每季度输出《…》), and shapes the format cannot hold.
 */

const CHANGE_VERB = '(?:提升|提高|增长|增加|上升|降低|下降|减少|降|减|增|翻)';

/** 同比 → 去年 (去年同期 for a quarter); 环比 → 上期; 较2025 Q4 / 比去年 → the words in between. */
export function baselineLabel(clauseBefore: string, period: PeriodRange): string | undefined {
  if (/同比/u.test(clauseBefore)) return /-q\d$/.test(period.id) ? '去年同期' : '去年';
  if (/环比/u.test(clauseBefore)) return '上期';
  const m = new RegExp(`(?:较|相比|相较于?|比起|与)\\s*([^，,。；;\\s]{1,12}?(?:\\s+[A-Za-z]\\d)?)\\s*(?:相比)?\\s*${CHANGE_VERB}`, 'u').exec(clauseBefore)
    ?? new RegExp(`比\\s*((?:去年|上年|上季度|上月|上期|同期|\\d{4})[^，,。；;\\s]{0,6}?)\\s*${CHANGE_VERB}`, 'u').exec(clauseBefore);
  return m?.[1]?.trim() || undefined;
}

const DELIVERABLE = /完成|上线|建立|建设|发布|制定|输出|形成|搭建|推出|签署|提交|确定|明确|启动|引入|落地|开发|打通|交付|定稿|汇报|创建|举办|召开|组建|跑通|实施|推行|通过|获得|批准|审批|设立|拟定|梳理|沉淀|筹备|招聘|雇用|雇佣|部署|接入|定义|识别|记录|汇总|访谈|培训|提供|设计|修改|发送|产出|出街|入驻|选出|进行|参与|参加|拜访|采访/u;
const ONGOING = /优化|持续|保持|加强|深化|推动|推进|探索|塑造|关注|改善|丰富|加速|拓展|完善|强化|重视|赋能|支撑|提升|提高|降低|减少|增加|扩大|加大/u;

/** A sentence without an amount: a deliverable (milestone) when its first verb delivers or it has a date, else ongoing work (manual). */
export function deliverableOrOngoing(text: string, dated: boolean): 'milestone' | 'manual' {
  if (dated) return 'milestone';
  const d = DELIVERABLE.exec(text)?.index ?? -1;
  const o = ONGOING.exec(text)?.index ?? -1;
  return d >= 0 && (o < 0 || d < o) ? 'milestone' : 'manual';
}

const PERIODIC = /每(季度|半年)\s*(?:输出|发布|提交|产出|形成|更新|完成|召开|举办)\s*(《[^》]+》|[^，,。；;《]+)/u;

/** 每季度输出《市场机会洞察报告》: one step per quarter (or half-year) of the period, when no amount belongs to it. */
export function periodicSteps(text: string, masked: string, candidates: Candidate[], period: PeriodRange): { steps: { title: string; due: string }[]; from: string } | undefined {
  const m = PERIODIC.exec(text);
  if (!m) return undefined;
  const clause = [...masked.slice(0, m.index)].filter((c) => /[，,；;。！!？?、]/u.test(c)).length;
  if (candidates.some((c) => c.clause === clause)) return undefined;
  const year = yearOf(period);
  const what = m[2].trim();
  const ends = m[1] === '季度' ? [3, 6, 9, 12].map((q) => ({ label: `Q${q / 3}`, due: monthEnd(year, q) })) : [{ label: 'H1', due: monthEnd(year, 6) }, { label: 'H2', due: monthEnd(year, 12) }];
  const steps = ends.filter((e) => e.due >= period.start && e.due <= period.end).map((e) => ({ title: `${e.label}${what}`, due: e.due }));
  return steps.length ? { steps, from: m[0] } : undefined;
}

/** 翻倍 / 翻番: +100%, the word is the number. */
export function wordTarget(text: string, period: PeriodRange): { measure: MeasureDraft; from: string; notes: Note[] } | undefined {
  const m = /(同比|环比)?\s*(?:实现)?\s*(翻倍|翻番|翻一番)/u.exec(text);
  if (!m) return undefined;
  const label = baselineLabel(text.slice(0, m.index + m[0].length), period);
  const notes: Note[] = label ? [] : [{ kind: 'no-baseline', message: msg('原文没有基线的数值：在 baseline 中补上后才能计分', 'the text gives no baseline value: add it to baseline before the KR can be scored') }];
  return { measure: { type: 'increase', ...(label ? { baseline: label } : {}), target: '+100%' }, from: m[0].trim(), notes };
}

/** Shapes whose target the format cannot hold: better no measure and a note than a wrong one. */
export function notInferable(text: string, masked: string, ignored: Ignored[]): Msg | undefined {
  if ((text.match(/第[一二三四\d]+个?(?:月|季度|周)[^，,。；;]*?\d/gu) ?? []).length >= 2) {
    return msg('分阶段的多个目标（第一个月…第二个月…）：格式只能写一个目标，请拆开或选定一个', 'staged targets (first month…, second month…): a measure holds one target; split the KR or choose one');
  }
  if (/T\s*\+\s*\d+/u.test(text)) return msg('"T+N" 这样的时效目标不是一个普通数值，请人工写度量', 'a "T+N" turnaround target is not a plain number; write the measure by hand');
  const bareMasked = masked.replace(/□/gu, '');
  const rankIsGoal = ignored.some((i) => i.reason === 'rank' && new RegExp(`(?:达到|进入|成为|位列|跻身|保持|排名)[^，,。；;]{0,20}${escape(i.text)}`, 'u').test(text));
  if (!/[\dxX]|[两二三四五六七八九十]/u.test(bareMasked) && rankIsGoal) {
    return msg('目标是一个排名（前三、Top 3）：格式没有排名型度量，请人工写度量', 'the target is a rank (前三, Top 3): the format has no rank measure; write it by hand');
  }
  if (/(?:超过|高于)\s*上\S{0,3}\s*[xX\d]+\s*%/u.test(text)) {
    return msg('相对上期的底线（超过上期 X%）：底线不能是相对目标，请人工写度量', 'a floor relative to the last period (超过上期 X%): a guardrail cannot be relative; write it by hand');
  }
  return undefined;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
