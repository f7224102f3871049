/** Stable URLs of the site; every page and link takes them from here. */
export const urls = {
  home: () => '/',
  period: (period: string) => `/${period}/`,
  set: (period: string, owner: string) => `/${period}/${owner}/`,
  metric: (period: string, metric: string) => `/${period}/bsc/${metric}/`,
  /** A guard indicator (退费率) has a page like a metric's: the same path, since their ids share one namespace. */
  guard: (period: string, guard: string) => `/${period}/bsc/${guard}/`,
  perspective: (period: string, perspective: string) => `/${period}/perspectives/${perspective}/`,
  person: (id: string) => `/people/${id}/`,
  department: (id: string) => `/departments/${id}/`,
  alignment: (period: string) => `/${period}/alignment/`,
  health: (period: string) => `/${period}/health/`,
  /** A group's (department's) health: page 1 at the group's address, page n under `page/n/`. */
  healthGroup: (period: string, group: string, page = 1) => `/${period}/health/${group}/${paged(page)}`,
  /** The period review (复盘): the company-wide summary, and a group's flagged KRs in pages. */
  review: (period: string) => `/${period}/review/`,
  reviewGroup: (period: string, group: string, page = 1) => `/${period}/review/${group}/${paged(page)}`,
  alignmentGroup: (period: string, group: string, page = 1) => `/${period}/alignment/${group}/${paged(page)}`,
  /** The members of a department beyond the first page of its page. */
  departmentPage: (id: string, page = 1) => `/departments/${id}/${paged(page)}`,
  /** People by the first letter of their name's pinyin (`other` for names that begin with neither). */
  peopleLetter: (letter: string, page = 1) => `/people/a-z/${letter}/${paged(page)}`,
  search: () => '/search/',
  /** A set's weekly reports, newest first, and one report on it (an anchor: reports have no page of their own). */
  reports: (period: string, owner: string) => `/${period}/${owner}/reports/`,
  report: (period: string, owner: string, date: string) => `/${period}/${owner}/reports/#${date}`,
  /** A section of a report (`risks`: 风险同步和资源支持) on the owner's reports page. */
  reportSection: (period: string, owner: string, date: string, section: string) => `/${period}/${owner}/reports/#${anchors.reportSection(date, section)}`,
  /** Atom feeds: a set's reports, and the whole organisation's latest of a period. */
  reportsFeed: (period: string, owner: string) => `/${period}/${owner}/reports/feed.xml`,
  periodFeed: (period: string) => `/${period}/reports/feed.xml`,
  /** 本周周报: the week's summary by department, and a department's page of it. */
  week: (period: string) => `/${period}/week/`,
  weekGroup: (period: string, group: string, page = 1) => `/${period}/week/${group}/${paged(page)}`,
};

function paged(page: number): string {
  return page > 1 ? `page/${page}/` : '';
}

/** In-page anchors: `o1`, `o1-kr2`; a KR's permalink is its set page plus this anchor. */
export const anchors = {
  objective: (objective: string) => objective,
  kr: (objective: string, kr: string) => `${objective}-${kr}`,
  /** A report's heading and its sections' headings on a reports page (the report itself is at its date). */
  reportHeading: (date: string) => `report-${date}`,
  reportSection: (date: string, section: string) => `report-${date}-${section}`,
};
