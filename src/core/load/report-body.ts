import type { ReportSections } from '../model.ts';
import { findMentions, resolveMention, type Lookup } from '../mentions.ts';

/** The three sections of 003's 周报模板, with the headings editors also write for them. */
export const REPORT_SECTIONS: { key: keyof ReportSections; heading: string; also: string[] }[] = [
  { key: 'progress', heading: '本周进展', also: ['进展', '关键进展', 'progress', 'this week'] },
  { key: 'risks', heading: '风险同步和资源支持', also: ['风险同步与资源支持', '风险与资源支持', '风险和资源支持', '风险', '挑战', '挑战与风险', '风险与支持', 'risks', 'risks and support'] },
  { key: 'next', heading: '下周计划', also: ['下周计划完成', '计划', 'next', 'next week', 'to do', 'todo'] },
];

const HEADING = /^ {0,3}#{1,6}[ \t]+(.*?)[ \t#]*$/;
const FENCE = /^ {0,3}(`{3,}|~{3,})/;

function sectionOf(title: string): keyof ReportSections | undefined {
  const t = title.replace(/[：:]$/, '').trim().toLowerCase();
  return REPORT_SECTIONS.find((s) => s.heading === t || s.also.includes(t))?.key;
}

/**
 * A report body cut at its section headings (any level). Text before the first known heading, or a
 * body with none, is 本周进展; text under an unknown heading stays in the section above it.
 */
export function splitSections(body: string): { sections: ReportSections; missing: (keyof ReportSections)[]; headed: boolean } {
  const lines: Record<keyof ReportSections, string[]> = { progress: [], risks: [], next: [] };
  const seen = new Set<keyof ReportSections>();
  let current: keyof ReportSections = 'progress';
  let fence: string | undefined;
  for (const line of body.split('\n')) {
    const f = FENCE.exec(line)?.[1];
    if (f && (!fence || f[0] === fence)) fence = fence ? undefined : f[0];
    const h = fence ? undefined : HEADING.exec(line);
    const key = h && sectionOf(h[1]);
    if (key) {
      current = key;
      seen.add(key);
      continue;
    }
    lines[current].push(line);
  }
  const sections: ReportSections = {};
  for (const { key } of REPORT_SECTIONS) {
    const text = lines[key].join('\n').trim();
    if (text) sections[key] = text;
  }
  const missing = REPORT_SECTIONS.map((s) => s.key).filter((k) => !sections[k] && !(seen.has(k)));
  return { sections, missing, headed: seen.size > 0 };
}

/** The people a section @mentions (outside `code`), each once, in order: whom a risk asks for support. */
export function mentionedPeople(text: string | undefined, lookup: Lookup): string[] {
  if (!text) return [];
  const prose = text.replace(/`+[^`]*`+/g, (m) => ' '.repeat(m.length));
  const ids: string[] = [];
  for (const m of findMentions(prose)) {
    const match = resolveMention(m.name, lookup);
    if (match.kind === 'person' && !ids.includes(match.id)) ids.push(match.id);
  }
  return ids;
}
