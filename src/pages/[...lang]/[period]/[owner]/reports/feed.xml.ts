import type { APIRoute } from 'astro';
import { atomFeed } from '../../../../../core/views/atom.ts';
import { setReportsFeed } from '../../../../../core/views/report-feed.ts';
import { setReportsRoutes } from '../../../../../core/views/report-view.ts';
import { inBothLanguages } from '../../../../../i18n/lang.ts';
import { site } from '../../../../../site/data.ts';
import { atomResponse, feedContext } from '../../../../../site/feeds.ts';

/** A set's weekly reports as an Atom feed: the latest SET_FEED_SIZE. */
export const getStaticPaths = () => inBothLanguages(setReportsRoutes(site()).map((p) => ({ params: { period: p.period, owner: p.owner } })));

export const GET: APIRoute = ({ params }) =>
  atomResponse(atomFeed(setReportsFeed(site(), params.period!, params.owner!, feedContext(params.lang === 'en' ? 'en' : 'zh'))));
