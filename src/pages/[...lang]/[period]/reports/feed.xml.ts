import type { APIRoute } from 'astro';
import { atomFeed } from '../../../../core/views/atom.ts';
import { periodReportsFeed } from '../../../../core/views/report-feed.ts';
import { inBothLanguages } from '../../../../i18n/lang.ts';
import { site } from '../../../../site/data.ts';
import { atomResponse, feedContext } from '../../../../site/feeds.ts';

/** Everyone's latest weekly reports of a period (FEED_SIZE of them) as an Atom feed. */
export const getStaticPaths = () => inBothLanguages(site().org.periods.map((p) => ({ params: { period: p.id } })));

export const GET: APIRoute = ({ params }) =>
  atomResponse(atomFeed(periodReportsFeed(site(), params.period!, feedContext(params.lang === 'en' ? 'en' : 'zh'))));
