import { pinyin } from 'pinyin-pro';
import type { Person } from '../model.ts';
import { matchKey } from './search-query.ts';

const HAN = /\p{Script=Han}/u;

/**
 * The readings of a Chinese name as a reader types them: syllables in surname mode (so 单 is shan and
 * 曾 zeng), for 马长久 → [ma, chang, jiu]. Non-Chinese characters are kept as they are.
 */
function syllables(name: string): string[] {
  return pinyin(name, { toneType: 'none', type: 'array', surname: 'head', nonZh: 'removed', v: true })
    .map((s) => s.toLowerCase())
    .filter((s) => /^[a-z]+$/.test(s));
}

/**
 * The words that find a Chinese name typed in pinyin: full (machangjiu), initials (mcj), each syllable
 * and the given name joined (ma chang jiu changjiu, so "ma changjiu" and "ma chang jiu" both match).
 * Pagefind matches word prefixes, so a half-typed "machang" finds it too. Empty for a name without Han.
 */
export function pinyinTerms(name: string): string[] {
  if (!HAN.test(name)) return [];
  const s = syllables(name);
  if (s.length === 0) return [];
  return unique([s.join(''), s.map((x) => x[0]).join(''), ...s, s.slice(1).join('')]);
}

/**
 * What a query must equal, after `matchKey`, for the search page to put this person first: the name,
 * every alias, and the pinyin (full and initials) of each that is Chinese.
 */
export function personKeys(p: Person): string[] {
  const keys: string[] = [];
  for (const name of [p.name, ...p.aliases]) {
    keys.push(matchKey(name));
    if (!HAN.test(name)) continue;
    const s = syllables(name);
    if (s.length > 0) keys.push(s.join(''), s.map((x) => x[0]).join(''));
  }
  return unique(keys.filter(Boolean));
}

/** The pinyin words of a person's name and Chinese aliases, for the person's search record. */
export function personPinyin(p: Person): string[] {
  return unique([p.name, ...p.aliases].flatMap(pinyinTerms));
}

function unique(xs: string[]): string[] {
  return [...new Set(xs.filter((x) => x.length > 0))];
}

/**
 * The letter a directory files a name under: the first letter of its pinyin for a Chinese name (surname
 * reading: 单 is S, 曾 Z), the first letter of a Latin name, else `#`. Upper case.
 */
export function nameInitial(name: string): string {
  const first = [...name.trim()][0] ?? '';
  if (HAN.test(first)) return (syllables(name)[0]?.[0] ?? '#').toUpperCase();
  const latin = first.normalize('NFD').replace(/\p{M}/gu, '').toUpperCase();
  return /^[A-Z]$/.test(latin) ? latin : '#';
}

/** How a directory sorts names: by their pinyin (machangjiu), then as written. */
export function nameSortKey(name: string): string {
  return HAN.test(name) ? syllables(name).join(' ') : name.toLowerCase();
}
