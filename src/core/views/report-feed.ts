import type { WeeklyReport } from '../model.ts';
import { msg, type Lang, type Msg } from '../text.ts';
import { atomId, escapeXml, type AtomEntry, type AtomFeed } from './atom.ts';
import type { Lookup } from './lookup.ts';
import { reportEntry, reportOwner, type ReportEntry, type SectionKey, SECTION_KEYS } from './report-view.ts';
import { urls } from './urls.ts';

/**
 * The Atom feeds of weekly reports: a set's, and the organisation's of a period. Each holds the latest
 * `SET_FEED_SIZE` or `FEED_SIZE` reports (`Lookup.setReports`, `periodReports`, both newest first), so a feed is bounded by
 * that number, not by the organisation.
 */
export const FEED_SIZE = 50;
/** A set's feed: an owner writes one a week, so twenty weeks; fewer than the organisation's, since there are as many of them as sets. */
export const SET_FEED_SIZE = 20;

export const SECTION_TITLES: Record<SectionKey, Msg> = {
  progress: msg('本周进展', 'Progress this week'),
  risks: msg('风险同步和资源支持', 'Risks and support needed'),
  next: msg('下周计划', 'Plan for next week'),
};

/** A section of a report as safe HTML (the site's sanitised rendering, src/site/bodies.ts). */
export type SectionHtml = (report: WeeklyReport, section: SectionKey) => string;

export interface FeedContext {
  lang: Lang;
  /** A site path in the feed's language (`/2026/` → `/en/2026/`). */
  localize: (href: string) => string;
  html: SectionHtml;
}

const WORDS = {
  confidence: msg('信心', 'confidence'),
  values: msg('本周数值', 'Values this week'),
  report: msg('周报', 'report'),
  reports: msg('周报', 'Weekly reports'),
  asks: msg('请求支持', 'Asks for support'),
};

/** A report's body in a feed: its values (text escaped here), then its three sections' sanitised HTML. */
export function reportContentHtml(entry: ReportEntry, sections: Partial<Record<SectionKey, string>>, lang: Lang, localize: (href: string) => string): string {
  const x = escapeXml;
  const colon = lang === 'zh' ? '：' : ': ';
  const parts: string[] = [];
  if (entry.values.length > 0) {
    const rows = entry.values.map((v) => {
      const label = `<a href="${x(localize(v.link.href))}">${x(lang === 'en' ? v.link.labelEn ?? v.link.label : v.link.label)}</a>`;
      const bits = [v.value, v.confidence !== undefined ? `${WORDS.confidence[lang]} ${v.confidence}%` : undefined, v.note].filter((b): b is string => !!b);
      return `<li>${label}${bits.length ? `${colon}${bits.map(x).join(' · ')}` : ''}</li>`;
    });
    parts.push(`<h2>${x(WORDS.values[lang])}</h2><ul>${rows.join('')}</ul>`);
  }
  for (const k of SECTION_KEYS) if (sections[k]) parts.push(`<h2>${x(SECTION_TITLES[k][lang])}</h2>${sections[k]}`);
  if (entry.asks.length > 0) {
    parts.push(`<p>${x(WORDS.asks[lang])}${colon}${entry.asks.map((p) => `<a href="${x(localize(p.href))}">${x(p.name)}</a>`).join(lang === 'zh' ? '、' : ', ')}</p>`);
  }
  return parts.join('\n');
}

function entryOf(look: Lookup, r: WeeklyReport, ctx: FeedContext): AtomEntry {
  const e = reportEntry(look, r);
  const owner = ctx.lang === 'en' ? e.owner.nameEn ?? e.owner.name : e.owner.name;
  const sections = Object.fromEntries(e.sections.map((k) => [k, ctx.html(r, k)]));
  return {
    id: atomId(e.href), updated: r.date, href: ctx.localize(e.href),
    title: ctx.lang === 'en' ? `${owner} · ${e.weekLabel.en} ${WORDS.report.en} (${r.date})` : `${owner} · ${e.weekLabel.zh}${WORDS.report.zh}（${r.date}）`,
    authorName: e.author?.name ?? owner,
    html: reportContentHtml(e, sections, ctx.lang, ctx.localize),
  };
}

function company(look: Lookup, lang: Lang): string {
  return (lang === 'en' ? look.org.settings.companyEn : undefined) ?? look.org.settings.company;
}

function periodName(look: Lookup, period: string, lang: Lang): string {
  const p = look.periods.get(period)!;
  return lang === 'en' ? p.nameEn ?? p.name : p.name;
}

/** A set's feed: its owner's latest reports in the period. */
export function setReportsFeed(look: Lookup, period: string, owner: string, ctx: FeedContext): AtomFeed {
  const reports = (look.setReports.get(`${period}:${owner}`) ?? []).slice(0, SET_FEED_SIZE);
  const who = reports[0]?.owner ?? look.sets.get(`${period}:${owner}`)?.owner ?? { kind: 'person' as const, id: owner };
  const o = reportOwner(look, who);
  const name = ctx.lang === 'en' ? o.nameEn ?? o.name : o.name;
  return {
    id: atomId(urls.reportsFeed(period, owner)), lang: ctx.lang === 'en' ? 'en' : 'zh-CN',
    title: `${name} · ${periodName(look, period, ctx.lang)} ${WORDS.reports[ctx.lang]}`,
    href: ctx.localize(urls.reports(period, owner)), self: ctx.localize(urls.reportsFeed(period, owner)),
    authorName: company(look, ctx.lang), updated: look.org.asOf,
    entries: reports.map((r) => entryOf(look, r, ctx)),
  };
}

/** The organisation's feed of a period: the latest reports of everyone. */
export function periodReportsFeed(look: Lookup, period: string, ctx: FeedContext): AtomFeed {
  const reports = (look.periodReports.get(period) ?? []).slice(0, FEED_SIZE);
  return {
    id: atomId(urls.periodFeed(period)), lang: ctx.lang === 'en' ? 'en' : 'zh-CN',
    title: `${company(look, ctx.lang)} · ${periodName(look, period, ctx.lang)} ${WORDS.reports[ctx.lang]}`,
    href: ctx.localize(urls.week(period)), self: ctx.localize(urls.periodFeed(period)),
    authorName: company(look, ctx.lang), updated: look.org.asOf,
    entries: reports.map((r) => entryOf(look, r, ctx)),
  };
}
