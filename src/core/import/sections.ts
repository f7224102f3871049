import { findMentions, mentionKind, splitTrailingMentions, type Mention } from './mentions.ts';
import type { RawSection } from './outline.ts';

/** A section of the document read as an owner: the company, a department, a person or a role. */
export type SectionKind = 'company' | 'department' | 'person' | 'role' | 'prose';

export interface KrText {
  line: number;
  number?: string;
  /** Verbatim, without the 行动 clause and the trailing @mentions. */
  title: string;
  actions?: string;
  /** Every mention in the KR, trailing ones included. */
  mentions: Mention[];
}

export interface ObjectiveText {
  line: number;
  number?: string;
  title: string;
  mentions: Mention[];
  krs: KrText[];
}

export interface Section {
  line: number;
  heading: string;
  kind: SectionKind;
  /** The owner's name: 市场与增长部, 产品主管, 张三; the company section's name is its heading. */
  name: string;
  /** 承接BSC：客户、财务维度 → [客户, 财务]. */
  perspectives: string[];
  /** 负责人：@马长久 @杨蓉蓉 → their mentions. */
  leads: Mention[];
  /** First prose paragraph under the heading: a department's mission. */
  mission?: string;
  objectives: ObjectiveText[];
  raw: RawSection;
}

const COMPANY = /^(?:公司|公司级|公司层面|全公司|集团|CEO|公司\s*CEO|公司\s*OKR|公司级\s*OKR)$/iu;
const NUMBERING = /^(?:\d+|[一二三四五六七八九十]+)\s*[.、．)）]\s*/u;
const DEPARTMENT = /(?:部|部门|中心|事业部|事业群|团队)$/u;

/** 行动：… is how the KR will be done: kept as its actions, out of the title. */
export function splitKr(text: string, line: number, number?: string): KrText {
  const action = /\s*行动\s*[:：]\s*/u.exec(text);
  const main = action ? text.slice(0, action.index) : text;
  const { text: title, trailing } = splitTrailingMentions(main);
  const actions = action ? text.slice(action.index + action[0].length).trim() : undefined;
  const mentions = [...findMentions(title), ...trailing, ...(actions ? findMentions(actions) : [])];
  return { line, ...(number ? { number } : {}), title, ...(actions ? { actions } : {}), mentions };
}

/** The words inside the outermost brackets of a heading: (承接BSC：…，负责人：@姚涣(Aaron姚涣)). */
function info(heading: string): { name: string; inside: string } {
  const open = heading.search(/[(（]/u);
  if (open < 0) return { name: heading, inside: '' };
  const close = Math.max(heading.lastIndexOf(')'), heading.lastIndexOf('）'));
  return { name: heading.slice(0, open).trim(), inside: heading.slice(open + 1, close > open ? close : undefined) };
}

export interface Known {
  isDepartment(name: string): boolean;
  isPerson(name: string): boolean;
  company?: string;
}

export function readSection(raw: RawSection, known: Known, mentioned: Set<string>): Section {
  const heading = raw.heading.replace(NUMBERING, '').trim();
  const { name: head, inside } = info(heading);
  const name = head.replace(/\s*(?:的\s*)?OKR\s*$/iu, '').replace(/\s*\/\s*CEO\s*(?:的)?$/iu, '').trim() || head;
  const bsc = /承接\s*BSC\s*[:：]\s*([^，,;；)）]+)/u.exec(inside)?.[1] ?? '';
  const perspectives = bsc.replace(/维度\s*$/u, '').split(/[、,，\/和及]/u).map((p) => p.replace(/维度$/u, '').trim()).filter(Boolean);
  const leadText = /负责人\s*[:：]\s*(.*)$/u.exec(inside)?.[1] ?? '';
  const leads = findMentions(leadText);
  const objectives = raw.objectives.map((o): ObjectiveText => {
    const { text: title, trailing } = splitTrailingMentions(o.text);
    return { line: o.line, ...(o.number ? { number: o.number } : {}), title, mentions: [...findMentions(title), ...trailing], krs: o.krs.map((k) => splitKr(k.text, k.line, k.number)) };
  });
  const mission = raw.intro.find((l) => l.text)?.text;
  const kind = classify(name, inside, known, mentioned, objectives.length > 0);
  return { line: raw.line, heading: raw.heading, kind, name, perspectives, leads, ...(mission ? { mission } : {}), objectives, raw };
}

function classify(name: string, inside: string, known: Known, mentioned: Set<string>, hasOkrs: boolean): SectionKind {
  if (!hasOkrs) return 'prose';
  if (!name || COMPANY.test(name) || /公司层面|公司级/u.test(name) || (known.company && name === known.company)) return 'company';
  if (/负责人|承接/u.test(inside) || known.isDepartment(name) || DEPARTMENT.test(name)) return 'department';
  if (known.isPerson(name)) return 'person';
  if (mentioned.has(name) && mentionKind(name) === 'person' && looksLikeName(name)) return 'person';
  return looksLikeName(name) ? 'person' : 'role';
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤佀涂';

/** 2–4 Han characters starting with a common surname and not a role word: 张三, 佀曼曼 (not 设计, 市场). */
export function looksLikeName(name: string): boolean {
  return /^\p{Script=Han}{2,4}$/u.test(name) && SURNAMES.includes(name[0]) && mentionKind(name) === 'person';
}
