import type { Lang } from '../core/text.ts';
import type { FeedContext } from '../core/views/report-feed.ts';
import { urls } from '../core/views/urls.ts';
import { localize } from '../i18n/lang.ts';
import { t } from '../i18n/ui.ts';
import { reportSectionHtml } from './bodies.ts';

/** What a feed endpoint gives the core's feed builders: links in its language, sections as the pages render them. */
export function feedContext(lang: Lang): FeedContext {
  const l = (href: string) => localize(href, lang);
  const paren = (text: string) => (lang === 'zh' ? `（${text}）` : ` (${text})`);
  return {
    lang, localize: l,
    html: (report, section) => reportSectionHtml(report, section, lang, {
      hrefOf: (id) => l(urls.person(id)), unknownLabel: t('noSuchPerson', lang), unknownNote: paren(t('noSuchPerson', lang)),
    }),
  };
}

export function atomResponse(xml: string): Response {
  return new Response(xml, { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
}
