import { msg, type Msg } from './text.ts';

/**
 * Characters one cannot see: C0/C1 controls other than tab and line ends (NUL among them), the soft
 * hyphen, zero-width characters, bidirectional controls, invisible operators, the byte-order mark
 * inside text, and tag characters (used to hide text). Tested once per file before anything is walked.
 */
export const INVISIBLE = /[\0-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F\u00AD\u061C\u180E\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF\u{E0000}-\u{E007F}]/u;

const INVISIBLE_ALL = new RegExp(INVISIBLE.source, 'gu');

const NAMES: Record<number, [string, string]> = {
  0x00: ['空字符 NUL', 'null character NUL'],
  0xad: ['软连字符', 'soft hyphen'],
  0x061c: ['阿拉伯字母标记', 'Arabic letter mark'],
  0x180e: ['蒙古文元音分隔符', 'Mongolian vowel separator'],
  0x200b: ['零宽空格', 'zero width space'],
  0x200c: ['零宽非连接符', 'zero width non-joiner'],
  0x200d: ['零宽连接符', 'zero width joiner'],
  0x200e: ['从左到右标记', 'left-to-right mark'],
  0x200f: ['从右到左标记', 'right-to-left mark'],
  0x202a: ['从左到右嵌入', 'left-to-right embedding'],
  0x202b: ['从右到左嵌入', 'right-to-left embedding'],
  0x202c: ['结束方向格式', 'pop directional formatting'],
  0x202d: ['从左到右覆盖', 'left-to-right override'],
  0x202e: ['从右到左覆盖', 'right-to-left override'],
  0x2060: ['词连接符', 'word joiner'],
  0x2061: ['不可见的函数应用符', 'function application'],
  0x2062: ['不可见乘号', 'invisible times'],
  0x2063: ['不可见分隔符', 'invisible separator'],
  0x2064: ['不可见加号', 'invisible plus'],
  0x2066: ['从左到右隔离', 'left-to-right isolate'],
  0x2067: ['从右到左隔离', 'right-to-left isolate'],
  0x2068: ['首个强字符隔离', 'first strong isolate'],
  0x2069: ['结束方向隔离', 'pop directional isolate'],
  0xfeff: ['零宽不换行空格（BOM）', 'zero width no-break space (BOM)'],
};

/** `U+202E（从右到左覆盖）` / `U+202E (right-to-left override)`. */
export function describeCodePoint(codePoint: number): Msg {
  const hex = `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;
  const [zh, en] = NAMES[codePoint]
    ?? (codePoint >= 0xe0000 ? ['标签字符', 'tag character'] : codePoint <= 0x9f ? ['控制字符', 'control character'] : ['不可见字符', 'invisible character']);
  return msg(`${hex}（${zh}）`, `${hex} (${en})`);
}

const ZWNJ = 0x200c;
const ZWJ = 0x200d;
const PICTOGRAPH = /[\p{Extended_Pictographic}\p{Emoji_Modifier}\uFE0F]/u;
const LETTER = /[\p{L}\p{M}]/u;
/** Scripts that do not join: a joiner between their letters does nothing visible but tell two words apart. */
const NON_JOINING = /[\p{Script=Latin}\p{Script=Han}\p{Script=Cyrillic}\p{Script=Greek}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}\p{Script=Common}]/u;

/**
 * A zero-width joiner inside an emoji sequence (👩‍💻), and a joiner or non-joiner between letters of a
 * script that uses them (Arabic, Persian, the Indic scripts), are part of the writing, not hidden.
 */
function isWriting(text: string, index: number, codePoint: number): boolean {
  if (codePoint !== ZWJ && codePoint !== ZWNJ) return false;
  const before = String.fromCodePoint(text.codePointAt(index - 1 - (isLowSurrogate(text, index - 1) ? 1 : 0)) ?? 0x20);
  const after = String.fromCodePoint(text.codePointAt(index + 1) ?? 0x20);
  if (codePoint === ZWJ && PICTOGRAPH.test(before) && PICTOGRAPH.test(after)) return true;
  return LETTER.test(before) && LETTER.test(after) && !NON_JOINING.test(before) && !NON_JOINING.test(after);
}

function isLowSurrogate(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 0xdc00 && c <= 0xdfff;
}

export interface InvisibleFound {
  /** UTF-16 index of the first one in the text. */
  index: number;
  codePoint: number;
  /** How many there are in the text. */
  count: number;
}

/** The first invisible character of `text` and how many there are; linear, and nothing allocated for clean text. */
export function findInvisible(text: string): InvisibleFound | undefined {
  if (!INVISIBLE.test(text)) return undefined;
  let found: InvisibleFound | undefined;
  for (const m of text.matchAll(INVISIBLE_ALL)) {
    const codePoint = m[0].codePointAt(0)!;
    if (isWriting(text, m.index, codePoint)) continue;
    if (found) found.count++;
    else found = { index: m.index, codePoint, count: 1 };
  }
  return found;
}

export type LookalikeScript = 'Latin' | 'Cyrillic' | 'Greek';

const SCRIPTS: { script: LookalikeScript; pattern: RegExp; name: Msg }[] = [
  { script: 'Latin', pattern: /\p{Script=Latin}/u, name: msg('拉丁字母', 'Latin') },
  { script: 'Cyrillic', pattern: /\p{Script=Cyrillic}/u, name: msg('西里尔字母', 'Cyrillic') },
  { script: 'Greek', pattern: /\p{Script=Greek}/u, name: msg('希腊字母', 'Greek') },
];

export function scriptName(script: LookalikeScript): Msg {
  return SCRIPTS.find((s) => s.script === script)!.name;
}

const MAYBE_MIXED = /[\p{Script=Cyrillic}\p{Script=Greek}]/u;
const WORD = /[\p{L}\p{M}]+/gu;

export interface MixedScript {
  /** The word, as written. */
  word: string;
  /** The script most of the word is written in, and the other one. */
  base: LookalikeScript;
  other: LookalikeScript;
  /** The first letter of the other script: itself, its 1-based place in the text (in characters), its UTF-16 index. */
  char: string;
  position: number;
  index: number;
}

/**
 * A word that mixes two of the alphabets whose letters look alike (Latin а / Cyrillic а / Greek ο):
 * `Wаng` with a Cyrillic а. Han, kana and the rest mix with Latin freely (Aaron姚涣) and are not
 * counted. A word is a run of letters and marks; script property escapes need no word segmenter.
 */
export function findMixedScript(text: string): MixedScript | undefined {
  if (!MAYBE_MIXED.test(text)) return undefined;
  for (const m of text.matchAll(WORD)) {
    const letters = [...m[0]];
    const counts = SCRIPTS.map((s) => letters.filter((c) => s.pattern.test(c)).length);
    if (counts.filter((n) => n > 0).length < 2) continue;
    const baseIndex = counts.indexOf(Math.max(...counts));
    const k = letters.findIndex((c) => SCRIPTS.some((s, i) => i !== baseIndex && s.pattern.test(c)));
    const other = SCRIPTS.find((s, i) => i !== baseIndex && s.pattern.test(letters[k]))!;
    const index = m.index + letters.slice(0, k).join('').length;
    return {
      word: m[0], base: SCRIPTS[baseIndex].script, other: other.script, char: letters[k],
      position: [...text.slice(0, index)].length + 1, index,
    };
  }
  return undefined;
}
