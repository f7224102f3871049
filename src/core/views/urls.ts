/** Stable URLs of the site; every page and link takes them from here. */
export const urls = {
  home: () => '/',
  period: (period: string) => `/${period}/`,
  set: (period: string, owner: string) => `/${period}/${owner}/`,
  metric: (period: string, metric: string) => `/${period}/bsc/${metric}/`,
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
