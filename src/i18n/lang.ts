import type { Lang } from '../core/text.ts';

export const EN_PREFIX = '/en';

export function langOf(pathname: string): Lang {
  return pathname === EN_PREFIX || pathname.startsWith(`${EN_PREFIX}/`) ? 'en' : 'zh';
}

/** A site path in the given language: `/2026/` → `/en/2026/`. Fragments and other sites stay as they are. */
export function localize(href: string, lang: Lang): string {
  if (lang === 'zh' || !href.startsWith('/') || href.startsWith('//')) return href;
  return `${EN_PREFIX}${href}`;
}

/** The same page in the other language. */
export function otherLanguage(pathname: string): { lang: Lang; href: string } {
  if (langOf(pathname) === 'en') return { lang: 'zh', href: pathname.slice(EN_PREFIX.length) || '/' };
  return { lang: 'en', href: `${EN_PREFIX}${pathname}` };
}

/** getStaticPaths entries for both languages: `lang` undefined is the Chinese root, `en` the English copy. */
export function inBothLanguages<P extends { params: Record<string, string | undefined> }>(paths: P[]): P[] {
  return paths.flatMap((p) => [
    { ...p, params: { ...p.params, lang: undefined } },
    { ...p, params: { ...p.params, lang: 'en' } },
  ]);
}
