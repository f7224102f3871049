import { logicalLines, type Line } from './lines.ts';

/**
 * The shape of an OKR document: a title, an introduction, sections (the company, a department, a
 * person or a role) with their objectives and key results, and prose. Nothing is inferred here
 * beyond where each line belongs; sections.ts and measure/ read what the lines say.
 */
export interface RawKr {
  line: number;
  number?: string;
  text: string;
}

export interface RawObjective {
  line: number;
  number?: string;
  text: string;
  krs: RawKr[];
}

export interface RawSection {
  line: number;
  heading: string;
  /** Prose under the heading before its first objective (a department's mission). */
  intro: Line[];
  objectives: RawObjective[];
  /** Prose after the objectives, and all prose of a section without objectives. */
  body: Line[];
}

export interface Outline {
  title?: { line: number; text: string };
  intro: Line[];
  sections: RawSection[];
  /** Lines that could not be placed (a KR before any objective). */
  stray: Line[];
}

const OBJECTIVE = /^(?:O|Objective|目标)\s*(\d+|[一二三四五六七八九十]+)?\s*[:：]\s*(\S.*)$/iu;
const KEY_RESULT = /^(?:KR|Key\s*Results?|关键结果)\s*(\d+|[一二三四五六七八九十]+)?\s*[:：]\s*(\S.*)$/iu;
const OWNER_INFO = /负责人\s*[:：]|承接\s*BSC/u;

export function parseObjective(text: string): { number?: string; text: string } | undefined {
  const m = OBJECTIVE.exec(text);
  return m ? { ...(m[1] ? { number: m[1] } : {}), text: m[2].trim() } : undefined;
}

export function parseKr(text: string): { number?: string; text: string } | undefined {
  const m = KEY_RESULT.exec(text);
  return m ? { ...(m[1] ? { number: m[1] } : {}), text: m[2].trim() } : undefined;
}

/** A heading: Markdown #, a bold line, owner info (负责人, 承接BSC), or a short line right before an objective. */
function isHeading(lines: Line[], i: number): boolean {
  const l = lines[i];
  if (!l.text || parseObjective(l.text) || parseKr(l.text)) return false;
  if (l.heading || OWNER_INFO.test(l.text)) return true;
  if (l.text.length > 30 || /[。，,；;！!？?]/u.test(l.text)) return false;
  if (l.bold) return true;
  const next = lines.slice(i + 1).find((n) => n.text);
  return !!next && (!!parseObjective(next.text) || (l.text.length <= 16 && isHeadingLike(next)));
}

function isHeadingLike(l: Line): boolean {
  return !!l.heading || (l.text.length <= 16 && !/[。，,；;：:！!？?]/u.test(l.text) && !parseKr(l.text));
}

export function outline(doc: string): Outline {
  const lines = logicalLines(doc);
  const out: Outline = { intro: [], sections: [], stray: [] };
  let section: RawSection | undefined;
  let objective: RawObjective | undefined;
  lines.forEach((l, i) => {
    if (!l.text) {
      if (section) (section.objectives.length ? section.body : section.intro).push(l);
      else if (out.title) out.intro.push(l);
      return;
    }
    if (!out.title && !section && (l.heading === 1 || (out.intro.every((x) => !x.text) && !isHeading(lines, i) && !parseObjective(l.text) && !parseKr(l.text) && l.heading))) {
      out.title = { line: l.line, text: l.text };
      return;
    }
    if (isHeading(lines, i)) {
      section = { line: l.line, heading: l.text, intro: [], objectives: [], body: [] };
      out.sections.push(section);
      objective = undefined;
      return;
    }
    const o = parseObjective(l.text);
    if (o) {
      if (!section) {
        section = { line: l.line, heading: '', intro: [], objectives: [], body: [] };
        out.sections.push(section);
      }
      objective = { line: l.line, ...o, krs: [] };
      section.objectives.push(objective);
      return;
    }
    const kr = parseKr(l.text);
    if (kr) {
      if (objective) objective.krs.push({ line: l.line, ...kr });
      else out.stray.push(l);
      return;
    }
    // 行动：… on its own line belongs to the KR above it.
    const last = objective?.krs.at(-1);
    if (last && /^行动\s*[:：]/u.test(l.text) && !section!.body.some((b) => b.text)) {
      last.text += ` ${l.text}`;
      return;
    }
    if (section) (section.objectives.length ? section.body : section.intro).push(l);
    else out.intro.push(l);
  });
  return out;
}
