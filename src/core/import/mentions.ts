/** @mentions as OKR documents write them: @马长久, @姚涣(Aaron姚涣), 打法@产品主管, @A. */
export interface Mention {
  name: string;
  /** An alias written in brackets right after the name: @姚涣(Aaron姚涣). */
  alias?: string;
  index: number;
  length: number;
}

const MENTION = /(?<![A-Za-z0-9_.+-])@([\p{Script=Han}\p{L}\p{N}_·-]+)(?:\s*[(（]([^()（）@]+)[)）])?/gu;

export function findMentions(text: string): Mention[] {
  return [...text.matchAll(MENTION)].map((m) => ({ name: m[1], ...(m[2] ? { alias: m[2].trim() } : {}), index: m.index, length: m[0].length }));
}

/** Mentions at the very end of a line (…策略打法@产品主管, … @A @B), split off the title. */
export function splitTrailingMentions(text: string): { text: string; trailing: Mention[] } {
  const all = findMentions(text);
  let end = text.length;
  const trailing: Mention[] = [];
  for (let i = all.length - 1; i >= 0; i--) {
    const m = all[i];
    if (text.slice(m.index + m.length, end).replace(/[\s、,，]/gu, '') !== '') break;
    trailing.unshift(m);
    end = m.index;
  }
  return { text: trailing.length ? text.slice(0, end).replace(/[\s、,，]+$/u, '') : text.trim(), trailing };
}

/** What a mention names. Groups (@市场部, @研发团队, @部门全体) and letters (@A, @AAA) are not people. */
export function mentionKind(name: string): 'person' | 'role' | 'group' | 'letter' {
  if (/^[A-Z]{1,3}$/.test(name) && /^(.)\1*$/.test(name)) return 'letter';
  if (/^[A-Z]$/.test(name)) return 'letter';
  if (/(?:部|部门|团队|全体|中心|小组|组|事业群)$/u.test(name)) return 'group';
  return isRoleName(name) ? 'role' : 'person';
}

const ROLE = /(?:主管|经理|总监|负责人|专员|工程师|设计师?|策划|美术|程序|发行|运营|市场|销售|财务|行政|人事|法务|客服|助理|顾问|总裁|总经理|老板|主美|负责|成员|伙伴|支持|HRBP|CEO|CTO|COO|CFO|CMO|VP|BD|PM)$/iu;

export function isRoleName(name: string): boolean {
  return ROLE.test(name);
}
