/**
 * A document as logical lines: Markdown emphasis, bullets, links and images removed, and runs that
 * a copy from a web page or 钉钉/飞书 flattened onto one line ("…分析KR 1:1月底前…") split again.
 * Every logical line keeps the number of the physical line it came from.
 */
export interface Line {
  /** 1-based line in the source document. */
  line: number;
  text: string;
  /** 1–6 for a Markdown heading (#, ##…). */
  heading?: number;
  /** The whole line was bold (**…**): a heading in documents that have no # headings. */
  bold?: boolean;
  /** The physical line as written (Markdown kept), for prose that is carried over. */
  source: string;
}

const SKIP = /^\s*(?:!\[[^\]]*\]\([^)]*\)|:::.*|(?:-{3,}|\*{3,}|_{3,}))\s*$/;
const BULLET = /^\s*(?:[*+\-•·]|\d+[.)](?=\s+(?:O|KR)\s*\d*\s*[:：]))\s+/u;
/** Where a flattened run starts a new O or KR: KR 2: anywhere, O 2: not inside a word. */
const RUN = /KR\s*\d+\s*[:：]|(?<![A-Za-z0-9])O\s*\d+\s*[:：]/gu;

/** Full-width quotes and brackets: a space beside one is never part of Chinese text. */
const QUOTES = '“”‘’《》「」『』【】';

/**
 * Emphasis and links removed; text otherwise as written. `EDM*` (an unpaired star) stays. Two
 * typographic repairs only: no-break spaces become spaces, and a space between a full-width quote and
 * Chinese text goes (跑通 “结业后 → 跑通“结业后), as the bold markers around quotes leave them.
 */
export function plainText(text: string): string {
  const cjk = `\\p{Script=Han}，。、；：！？（）${QUOTES}`;
  return stripMarkup(text)
    .replace(/[\u00a0\u3000\u2002-\u200a]/gu, ' ')
    .replace(new RegExp(`(?<=[${cjk}]) +(?=[${QUOTES}])|(?<=[${QUOTES}]) +(?=[${cjk}])`, 'gu'), '');
}

function stripMarkup(text: string): string {
  return text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\([^)]*\)/g, '$1')
    .replace(/\*\*|__/g, '')
    .replace(/(?<![\\*\w])\*(?!\s)([^*\n]*?\S)\*(?![*\w])/g, '$1')
    .replace(/\\([\\`*_{}[\]()#+\-.!<>])/g, '$1');
}

export function logicalLines(doc: string): Line[] {
  const out: Line[] = [];
  doc.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (SKIP.test(raw)) return out.push({ line, text: '', source: '' });
    let text = raw.replace(BULLET, '');
    const heading = /^(#{1,6})\s+/.exec(text);
    if (heading) text = text.slice(heading[0].length).replace(/\s+#+\s*$/, '');
    const bold = /^\s*\*\*[^*].*\*\*\s*$/.test(text) && !/\*\*.*\*\*.*\*\*.*\*\*/.test(text.trim().slice(2, -2) + '**');
    text = plainText(text).trim();
    if (heading) return out.push({ line, text, heading: heading[1].length, source: raw });
    const starts = [...text.matchAll(RUN)].map((m) => m.index).filter((at) => at > 0 && text.slice(0, at).trim() !== '');
    if (starts.length === 0) return out.push({ line, text, source: raw, ...(bold ? { bold } : {}) });
    [0, ...starts].forEach((at, k) => out.push({ line, text: text.slice(at, starts[k] ?? text.length).trim(), source: raw }));
  });
  return out;
}
