/** A message in both UI languages. Content stays as written; only our own words are translated. */
export interface Msg {
  zh: string;
  en: string;
}

export type Lang = keyof Msg;

export function msg(zh: string, en: string): Msg {
  return { zh, en };
}

/** Quote a value the way messages show it: strings in quotes, everything else as JSON. */
export function show(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (typeof value === 'string') return `"${value}"`;
  // JSON has no NaN or ∞ and would show them as null.
  if (typeof value === 'number' && !Number.isFinite(value)) return String(value);
  return JSON.stringify(value, (_, v) => (typeof v === 'number' && !Number.isFinite(v) ? String(v) : v));
}

/** Edit distance counting an adjacent swap as one edit (titel → title), as people mistype. */
export function editDistance(a: string, b: string): number {
  const x = [...a];
  const y = [...b];
  const d = Array.from({ length: x.length + 1 }, (_, i) => Array.from({ length: y.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= x.length; i++) {
    for (let j = 1; j <= y.length; j++) {
      const cost = x[i - 1] === y[j - 1] ? 0 : 1;
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + cost);
      if (i > 1 && j > 1 && x[i - 1] === y[j - 2] && x[i - 2] === y[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[x.length][y.length];
}

const MAX_SUGGESTED_LENGTH = 100;

/**
 * The candidates closest to `value`, best first: those within an edit distance of about a third of
 * the longer word, plus those that contain it or are contained in it (马长 → 马长久).
 */
export function nearest(value: string, candidates: Iterable<string>, limit = 3): string[] {
  // Suggestions are for typos in names and ids; a value this long is no typo, and comparing it costs its length squared.
  if ([...value].length > MAX_SUGGESTED_LENGTH) return [];
  const needle = value.toLowerCase();
  const scored: { c: string; d: number }[] = [];
  for (const c of new Set(candidates)) {
    const hay = c.toLowerCase();
    if ([...hay].length > MAX_SUGGESTED_LENGTH) continue;
    const d = editDistance(needle, hay);
    const longer = Math.max([...needle].length, [...hay].length);
    const max = Math.max(1, Math.floor(longer / 3));
    // Replacing every character is no near miss (位 is not a typo of %).
    if (d <= max && d < longer) scored.push({ c, d });
    else if (needle.length >= 2 && (hay.includes(needle) || needle.includes(hay))) scored.push({ c, d: d + 0.5 });
  }
  return scored.sort((a, b) => a.d - b.d || a.c.localeCompare(b.c)).slice(0, limit).map((s) => s.c);
}

export function didYouMean(options: string[]): Msg {
  if (options.length === 0) return msg('', '');
  return msg(`你是不是想写 ${options.join('、')}？`, `Did you mean ${options.join(', ')}?`);
}

/** Join two messages with a space (English) or nothing (Chinese). */
export function join(...parts: Msg[]): Msg {
  const zh = parts.map((p) => p.zh).filter(Boolean).join('');
  const en = parts.map((p) => p.en).filter(Boolean).join(' ');
  return { zh, en };
}
