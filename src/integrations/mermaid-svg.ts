/**
 * Mermaid source → SVG, in one headless Chromium session for the whole build (Debian's chromium at
 * /usr/bin/chromium, or CHROMIUM_PATH; the same browser the tests use, never a download). Mermaid runs
 * from node_modules in a blank page, so the build needs no network. Each SVG is then cut down to an
 * allowlist of SVG elements and attributes (links only to the site itself) before it leaves the browser:
 * Mermaid's strict mode escapes labels, and this makes sure nothing else of the content's text can act.
 */
import { chromium, type Browser } from 'playwright-core';
import { createRequire } from 'node:module';
import { existsSync, readFileSync } from 'node:fs';

const MERMAID = createRequire(import.meta.url).resolve('mermaid/dist/mermaid.min.js');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The site's colours (global.css), light; the SVG's colours are rewritten to the CSS variables after drawing. */
export const PALETTE = {
  '--panel': '#ffffff', '--bg': '#fbfbfa', '--ink': '#1d2129', '--muted': '#5c6370', '--line': '#e3e5e8', '--bar': '#e9ecef',
} as const;
/** Sentinel colours handed to Mermaid, unique enough to find again in its output and turn into `var(--…)`. */
const SENTINEL: Record<keyof typeof PALETTE, string> = {
  '--panel': '#fefefd', '--bg': '#fbfbf9', '--ink': '#1d2128', '--muted': '#5c6371', '--line': '#e3e5e7', '--bar': '#e9ecee',
};
export const FONT = 'system-ui, -apple-system, "PingFang SC", "Hiragino Sans GB", "Noto Sans CJK SC", "Microsoft YaHei", sans-serif';

export function chromiumAvailable(): boolean {
  return existsSync(CHROMIUM);
}

export async function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

/**
 * Renders every source, in `lanes` pages of one browser side by side (a page draws one diagram at a
 * time, and is replaced by a fresh one every PAGE_DIAGRAMS, since Mermaid's page only grows); returns
 * the SVG text of each, or throws naming the diagram that failed.
 */
export async function renderSvgs(browser: Browser, sources: string[], lanes = 1): Promise<string[]> {
  const batches = Array.from({ length: Math.ceil(sources.length / PAGE_DIAGRAMS) }, (_, i) => sources.slice(i * PAGE_DIAGRAMS, (i + 1) * PAGE_DIAGRAMS));
  const svgs: string[][] = [];
  let next = 0;
  const lane = async () => {
    while (next < batches.length) {
      const i = next++;
      svgs[i] = await renderInOnePage(browser, batches[i]);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, lanes) }, lane));
  return svgs.flat();
}

const PAGE_DIAGRAMS = 100;

async function renderInOnePage(browser: Browser, sources: string[]): Promise<string[]> {
  const page = await browser.newPage();
  try {
    await page.setContent(`<!doctype html><html lang="zh-CN"><body style="font-family:${FONT};font-size:16px"></body></html>`);
    await page.addScriptTag({ path: MERMAID });
    const svgs = await page.evaluate(drawAll, { sources, sentinel: SENTINEL, font: FONT, elements: ELEMENTS, attributes: ATTRIBUTES.source });
    return svgs.map(toCssColours);
  } finally {
    await page.close();
  }
}

/** Everything that decides what a source is drawn as: a drawing cached under another renderer is drawn again. */
export function rendererFingerprint(): string {
  const version = (JSON.parse(readFileSync(createRequire(import.meta.url).resolve('mermaid/package.json'), 'utf8')) as { version: string }).version;
  return JSON.stringify({ version, font: FONT, sentinel: SENTINEL, palette: PALETTE, elements: ELEMENTS, attributes: ATTRIBUTES.source, draw: drawAll.toString(), colours: toCssColours.toString() });
}

/** Mermaid's colours are the sentinels; written as the site's CSS variables, the SVG follows light and dark mode. */
function toCssColours(svg: string): string {
  let out = svg;
  for (const [name, hex] of Object.entries(SENTINEL)) out = out.replaceAll(new RegExp(hex, 'gi'), `var(${name})`);
  return out;
}

/** SVG elements a flowchart is made of; anything else (script, foreignObject, iframe, image, use…) goes, with its content. */
const ELEMENTS = ['svg', 'g', 'path', 'rect', 'circle', 'ellipse', 'line', 'polyline', 'polygon', 'text', 'tspan', 'defs', 'marker', 'style', 'a', 'title', 'desc'];
/** Attributes that draw; `href` only to the site itself. Event handlers and everything else go. */
const ATTRIBUTES = /^(id|class|style|d|x|y|x1|x2|y1|y2|cx|cy|r|rx|ry|dx|dy|width|height|viewBox|transform|points|fill|stroke|stroke-width|stroke-dasharray|opacity|marker-start|marker-end|markerWidth|markerHeight|markerUnits|refX|refY|orient|text-anchor|dominant-baseline|alignment-baseline|font-size|font-weight|font-family|xmlns|xmlns:xlink|preserveAspectRatio|aria-roledescription|aria-label|role|data-id|data-look|data-edge|data-et|data-points|href|xlink:href)$/;

/** Runs in the browser. Kept self-contained: Playwright serialises it. */
async function drawAll({ sources, sentinel, font, elements, attributes }: { sources: string[]; sentinel: Record<string, string>; font: string; elements: string[]; attributes: string }): Promise<string[]> {
  const allowed = new RegExp(attributes);
  const sanitise = (svg: string): string => {
    // Parsed as the page will parse it: HTML with an inline SVG (Mermaid writes HTML, not XML).
    const template = document.createElement('template');
    template.innerHTML = svg;
    const root = template.content.firstElementChild;
    if (!root || root.localName !== 'svg' || template.content.children.length !== 1) throw new Error('Mermaid wrote something other than one SVG');
    const walk = (el: Element) => {
      for (const child of [...el.children]) {
        if (!elements.includes(child.localName)) child.remove();
        else walk(child);
      }
      for (const attr of [...el.attributes]) {
        const site = !/^(xlink:)?href$/.test(attr.name) || /^\/(?!\/)|^#/.test(attr.value.trim());
        if (!allowed.test(attr.name) || !site || /^on/i.test(attr.name)) el.removeAttribute(attr.name);
      }
    };
    walk(root);
    // In SVG (not HTML) labels Mermaid leaves its entities as text in some places (subgraph titles show
    // "&#38;"): decoded once, as the reader should see them. Serialising escapes them again where needed.
    const named: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', nbsp: '\u00a0' };
    const texts = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let t = texts.nextNode(); t; t = texts.nextNode()) {
      if (t.parentElement?.closest('style')) continue;
      t.nodeValue = (t.nodeValue ?? '').replace(/&(#\d+|#x[0-9a-f]+|amp|lt|gt|quot|nbsp);/gi, (all, e: string) =>
        e[0] === '#' ? String.fromCodePoint(e[1].toLowerCase() === 'x' ? parseInt(e.slice(2), 16) : Number(e.slice(1))) : (named[e.toLowerCase()] ?? all));
    }
    return root.outerHTML;
  };
  // @ts-expect-error the global the script tag defines
  const mermaid = window.mermaid;
  const c = sentinel;
  mermaid.initialize({
    startOnLoad: false,
    securityLevel: 'strict',
    layout: 'dagre',
    look: 'classic',
    theme: 'base',
    themeVariables: {
      fontFamily: font, fontSize: '16px', background: c['--panel'], primaryColor: c['--bar'], primaryTextColor: c['--ink'],
      primaryBorderColor: c['--muted'], secondaryColor: c['--bar'], tertiaryColor: c['--bg'], lineColor: c['--muted'],
      textColor: c['--ink'], titleColor: c['--ink'], clusterBkg: c['--bg'], clusterBorder: c['--line'], edgeLabelBackground: c['--panel'],
    },
    fontFamily: font,
    htmlLabels: false,
    flowchart: { htmlLabels: false, wrappingWidth: 480, padding: 6, nodeSpacing: 12, rankSpacing: 40, diagramPadding: 2, subGraphTitleMargin: { top: 4, bottom: 6 } },
    suppressErrorRendering: true,
    maxTextSize: 200_000,
    maxEdges: 2_000,
  });
  const out: string[] = [];
  for (const [i, source] of sources.entries()) {
    try {
      let svg: string;
      try {
        ({ svg } = await mermaid.render(`diagram-${i}`, source));
      } catch {
        // Dagre fails on some cluster shapes ("Cannot set properties of undefined (setting 'order')"):
        // the same diagram laid out by ELK, which Mermaid bundles too (at build time its size costs nothing).
        const elk = source.startsWith('---\nconfig:\n') ? source.replace('---\nconfig:\n', '---\nconfig:\n  layout: elk\n') : `---\nconfig:\n  layout: elk\n---\n${source}`;
        ({ svg } = await mermaid.render(`diagram-${i}`, elk));
      }
      out.push(sanitise(svg));
    } catch (e) {
      throw new Error(`diagram ${i + 1} of ${sources.length}: ${e instanceof Error ? e.message : String(e)}\n${source}`);
    }
  }
  return out;
}
