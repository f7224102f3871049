import { pinyin } from 'pinyin-pro';

/**
 * Ids from names, as the content format asks (`ma-changjiu`): pinyin-pro reads polyphones by word
 * (增长 → zeng zhang, 长久 → chang jiu) and in surname mode reads surnames right (单 → shan, 曾 → zeng).
 */

const COMPOUND_SURNAMES = ['欧阳', '司马', '诸葛', '上官', '东方', '皇甫', '长孙', '慕容', '令狐', '司徒', '夏侯', '尉迟', '公孙', '宇文', '独孤', '端木', '南宫', '轩辕', '西门', '百里', '呼延', '钟离', '闻人', '澹台', '申屠', '太史', '濮阳', '赫连', '万俟', '左丘'];

function syllables(text: string, surname: boolean): string[] {
  return pinyin(text, { toneType: 'none', type: 'array', nonZh: 'consecutive', v: true, ...(surname ? { surname: 'head' as const } : {}) })
    .map((s) => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, ''))
    .filter(Boolean);
}

/** A person's id: surname, then given name joined (马长久 → ma-changjiu, 欧阳修 → ouyang-xiu, Aaron → aaron). */
export function personId(name: string): string {
  if (!/\p{Script=Han}/u.test(name)) return slug(name);
  const surnameLength = COMPOUND_SURNAMES.some((s) => name.startsWith(s)) ? 2 : 1;
  const parts = syllables(name, true);
  const head = parts.slice(0, surnameLength).join('');
  const rest = parts.slice(surnameLength).join('');
  return slug([head, rest].filter(Boolean).join('-'));
}

/** Any other name as an id, one syllable per word part (产品主管 → chan-pin-zhu-guan, 市场与增长部 → shi-chang-yu-zeng-zhang-bu). */
export function nameId(name: string): string {
  return slug(syllables(name, false).join('-'));
}

function slug(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '') || 'x';
}
