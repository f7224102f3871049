import type { AstroIntegration } from 'astro';
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { diagramCache } from './diagram-cache.ts';
import { chromiumAvailable, CHROMIUM, launch, renderSvgs, rendererFingerprint } from './mermaid-svg.ts';
import { diagramStylesheet, slimSvg } from './svg-slim.ts';

/** `<pre class="mermaid" …>source</pre>` as Diagram.astro writes it, and the text version's `<details … open>` after it. */
const SOURCE = /<pre class="mermaid" data-pagefind-ignore hidden data-label="([^"]*)"([^>]*)>([^<]*)<\/pre>(\s*<details class="diagram-alt" open)(?! data-keep-open)/g;
const SOURCE_ALONE = /<pre class="mermaid" data-pagefind-ignore hidden data-label="([^"]*)"([^>]*)>([^<]*)<\/pre>/g;

/** Drawn diagrams kept between builds (diagram-cache.ts); OKR_DIAGRAM_CACHE=off draws every one again, OKR_DIAGRAMS=off none. */
const CACHE_DIR = 'node_modules/.cache/okr-diagrams';

/** Text is never shrunk below 11 px (the drawing's 16 px × 11/16): a wider diagram scrolls in its box instead. */
const MIN_SCALE = 11 / 16;

function decode(text: string): string {
  return text.replace(/&(lt|gt|quot|#39|#x27|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", '#x27': "'", amp: '&' })[e]!);
}

function htmlFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true, recursive: true })
    .filter((e) => e.isFile() && e.name.endsWith('.html'))
    .map((e) => join(e.parentPath, e.name));
}

/** The drawn SVG in its box: named by the caption, at most its own width, at least 11/16 of it. */
export function canvas(svg: string, label: string, compact = false): string {
  const [, width, height] = (svg.match(/viewBox="[\d.-]+ [\d.-]+ ([\d.]+) ([\d.]+)"/) ?? ['', '0', '0']).map(Number);
  const sized = svg.replace(/^<svg\b([^>]*?) style="[^"]*"/, (_, attrs: string) =>
    `<svg${attrs} style="max-width:${Math.ceil(width)}px;min-width:${Math.ceil(width * MIN_SCALE)}px"`);
  // The browser lays out and styles a drawing only when it nears the screen (content-visibility in
  // Diagram.astro); until then it keeps this much room, the drawn height, so the page does not jump.
  const variant = compact ? ' data-variant="compact"' : '';
  return `<div class="diagram-canvas"${variant} data-pagefind-ignore tabindex="0" role="region" aria-label="${label}" style="contain-intrinsic-size:auto ${Math.ceil(height)}px">${sized}</div>`;
}

/**
 * Draws every Mermaid diagram of the built site into its page, after Astro has written it: each distinct
 * source once, from the cache of earlier builds or in one Chromium session with a page per core
 * (src/integrations/mermaid-svg.ts), each SVG inlined in its source's place,
 * the text version closed where the drawing went in. Without Chromium the pages keep the text version,
 * open, and the build says so loudly; a diagram Mermaid cannot draw fails the build.
 */
export function diagrams(): AstroIntegration {
  return {
    name: 'okr-diagrams',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = Date.now();
        const root = fileURLToPath(dir);
        const pages = htmlFiles(root).map((file) => ({ file, html: readFileSync(file, 'utf8') })).filter((p) => p.html.includes('<pre class="mermaid"'));
        const sources = [...new Set(pages.flatMap((p) => [...p.html.matchAll(SOURCE_ALONE)].map((m) => decode(m[3]))))];
        if (!sources.length) return;
        if (process.env.OKR_DIAGRAMS === 'off') {
          logger.warn(`OKR_DIAGRAMS=off: ${sources.length} diagram(s) are published as their text version only.`);
          return;
        }
        if (!chromiumAvailable()) {
          logger.warn(`No Chromium at ${CHROMIUM} (set CHROMIUM_PATH, or apt-get install -y chromium fonts-noto-cjk): ${sources.length} diagram(s) are published as their text version only.`);
          return;
        }
        const cache = process.env.OKR_DIAGRAM_CACHE === 'off' ? undefined : diagramCache(CACHE_DIR, rendererFingerprint());
        const svgOf = new Map(sources.map((s) => [s, cache?.get(s)]));
        const todo = sources.filter((s) => svgOf.get(s) === undefined);
        if (todo.length > 0) {
          const browser = await launch();
          try {
            const drawn = await renderSvgs(browser, todo, availableParallelism());
            drawn.forEach((svg, i) => {
              svgOf.set(todo[i], svg);
              cache?.set(todo[i], svg);
            });
          } finally {
            await browser.close();
          }
        }
        const slim = new Map(sources.map((s) => [s, slimSvg(svgOf.get(s)!)]));
        const css = diagramStylesheet([...slim.values()]);
        const stylesheet = `/_astro/diagrams.${createHash('sha256').update(css).digest('hex').slice(0, 10)}.css`;
        writeFileSync(join(root, stylesheet), css);
        // The drawing takes the source's place: a reader never needs the source, and it weighed on every page.
        const draw = (label: string, attrs: string, code: string) => canvas(slim.get(decode(code))!.svg, label, attrs.includes('data-variant="compact"'));
        for (const page of pages) {
          const html = page.html
            .replace(SOURCE, (_, label: string, attrs: string, code: string, details: string) => `${draw(label, attrs, code)}${details.replace(/ open$/, '')}`)
            .replace(SOURCE_ALONE, (_, label: string, attrs: string, code: string) => draw(label, attrs, code))
            .replace('</head>', `<link rel="stylesheet" href="${stylesheet}"></head>`);
          writeFileSync(page.file, html);
        }
        const kb = [...slim.values()].reduce((n, d) => n + d.svg.length, 0) / 1024;
        logger.info(`${sources.length} diagram(s), ${todo.length} drawn in Chromium and ${sources.length - todo.length} from the cache${cache ? ` (${CACHE_DIR})` : ' (off)'}, ${kb.toFixed(0)} KB of SVG, into ${pages.length} page(s) in ${Date.now() - started} ms`);
      },
    },
  };
}
