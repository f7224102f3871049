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
  search: () => '/search/',
};

/** In-page anchors: `o1`, `o1-kr2`; a KR's permalink is its set page plus this anchor. */
export const anchors = {
  objective: (objective: string) => objective,
  kr: (objective: string, kr: string) => `${objective}-${kr}`,
};
