// Shared by the browser tests: the pages of the demo site each spec visits, axe, diagrams, screenshots.
import { expect, type Page } from '@playwright/test';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
export const AXE_PATH = join(ROOT, 'node_modules', 'axe-core', 'axe.min.js');
export const SCREENSHOT_DIR = join(ROOT, 'test-results', 'screenshots');

/** One page of each kind in the demo content (content/), in Chinese; `en()` gives the English copy. */
export const PAGES = {
  home: '/',
  period: '/2026/',
  quarter: '/2026-q1/',
  set: '/2026/market/',
  metric: '/2026/bsc/complaint-rate/',
  guard: '/2026/bsc/refund-rate/',
  perspective: '/2026/perspectives/finance/',
  person: '/people/ma-changjiu/',
  department: '/departments/market/',
  people: '/people/',
  peopleLetter: '/people/a-z/y/',
  departments: '/departments/',
  alignment: '/2026/alignment/',
  alignmentGroup: '/2026/alignment/market/',
  health: '/2026/health/',
  healthGroup: '/2026/health/market/',
  review: '/2026-q4/review/',
  reviewGroup: '/2026-q4/review/people/',
  search: '/search/',
  reports: '/2026/market/reports/',
  week: '/2026/week/',
  weekGroup: '/2026/week/market/',
} as const;

export const en = (path: string) => `/en${path}`;

/** Every main page kind, named, for specs that visit each (accessibility, screenshots). */
export const PAGE_KINDS: [string, string][] = [
  ['home', PAGES.home],
  ['set', PAGES.set],
  ['metric', PAGES.metric],
  ['guard', PAGES.guard],
  ['perspective', PAGES.perspective],
  ['person', PAGES.person],
  ['department', PAGES.department],
  ['people', PAGES.people],
  ['people-letter', PAGES.peopleLetter],
  ['departments', PAGES.departments],
  ['alignment', PAGES.alignment],
  ['alignment-group', PAGES.alignmentGroup],
  ['health', PAGES.health],
  ['health-group', PAGES.healthGroup],
  ['review', PAGES.review],
  ['review-group', PAGES.reviewGroup],
  ['search', `${PAGES.search}?q=${encodeURIComponent('投诉')}`],
  ['reports', PAGES.reports],
  ['week', PAGES.week],
  ['week-group', PAGES.weekGroup],
];

/** The department OKR sets of 2026 in the demo content. */
export const SETS = ['market', 'sales', 'curriculum', 'service', 'tech'] as const;

/**
 * Diagrams (src/components/Diagram.astro): `figure[data-diagram]` holds the SVG drawn at build time
 * (src/integrations/diagrams.ts) in `.diagram-canvas`, in the place of the hidden `pre.mermaid` source.
 */
export const DIAGRAM = 'figure[data-diagram]';
/** The drawing a reader sees: a map drawn twice shows its compact drawing up to 640 px, its wide one above. */
export const DIAGRAM_SVG = '.diagram-canvas:visible svg';
export const DIAGRAM_ERROR = '.diagram-error';

/** Waits until every diagram on the page is drawn or has failed (no-op on pages without one). */
export async function diagramsSettled(page: Page, timeout = 20_000) {
  const figures = page.locator(DIAGRAM);
  const count = await figures.count();
  for (let i = 0; i < count; i++) {
    const figure = figures.nth(i);
    await expect(figure.locator(`${DIAGRAM_SVG}, ${DIAGRAM_ERROR}:visible`).first()).toBeAttached({ timeout });
  }
  return count;
}

/** Loads a page and waits for what the page loads by itself (diagrams, search results). */
export async function open(page: Page, path: string) {
  await page.goto(path);
  await page.waitForLoadState('networkidle');
  await diagramsSettled(page);
}

interface AxeNode { target: string[]; failureSummary?: string; html: string }
export interface AxeViolation { id: string; impact: string | null; help: string; helpUrl: string; nodes: AxeNode[] }

/** Runs axe-core on the page as it is; returns the violations at the given impacts. */
export async function axeViolations(page: Page, impacts = ['serious', 'critical']): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE_PATH });
  const violations = await page.evaluate(async () => {
    // @ts-expect-error axe is the global the script tag defines
    const results = await window.axe.run(document, { resultTypes: ['violations'] });
    return results.violations as AxeViolation[];
  });
  return violations.filter((v) => v.impact !== null && impacts.includes(v.impact));
}

/** One block per violation: rule id, impact, help, and every offending node's selector. */
export function formatViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) => [`${v.id} (${v.impact}): ${v.help}  ${v.helpUrl}`, ...v.nodes.map((n) => `    ${n.target.join(' ')}  ${(n.failureSummary ?? '').replace(/\s+/g, ' ').slice(0, 200)}`)].join('\n'))
    .join('\n');
}

export function screenshotPath(name: string) {
  mkdirSync(SCREENSHOT_DIR, { recursive: true });
  return join(SCREENSHOT_DIR, `${name}.png`);
}

/** Width and height of a PNG, from its IHDR chunk. */
export function pngSize(png: Buffer): { width: number; height: number } {
  expect(png.subarray(1, 4).toString('latin1'), 'PNG signature').toBe('PNG');
  return { width: png.readUInt32BE(16), height: png.readUInt32BE(20) };
}
