/**
 * A drawn Mermaid SVG cut to what a reader's browser uses, and its stylesheet taken out. Mermaid writes
 * the same ~11 KB `<style>` into every drawing (scoped to the drawing's id), edge coordinates twice
 * (`d` and base64 `data-points`), unused markers, each word of a label as an element, and six-decimal
 * coordinates; on a set page with two
 * drawings that was most of the page. The rules, scoped to the `okr-map` class instead, go into one
 * stylesheet for the whole site (`diagramStylesheet`).
 */
export function slimSvg(svg: string): { svg: string; rules: string[] } {
  const id = /^<svg\b[^>]*?\sid="([^"]+)"/.exec(svg)?.[1];
  const rules: string[] = [];
  let out = svg.replace(/<style>([\s\S]*?)<\/style>/g, (_, css: string) => {
    rules.push(...cssRules(id ? css.replaceAll(`#${id}`, `.${MAP_CLASS}`) : css));
    return '';
  });
  out = out.replace(/^<svg\b([^>]*?)\sclass="([^"]*)"/, (_, attrs: string, classes: string) => `<svg${attrs} class="${classes} ${MAP_CLASS}"`);
  out = out.replace(/\s(?:data-points|data-look|data-id|data-et|data-edge)="[^"]*"/g, '').replace(/\sfont-weight="normal"/g, '');
  // Mermaid writes a label's words as tspans of their own, without positions: one text per line draws the same.
  out = out.replace(/<\/tspan><tspan class="text-inner-tspan">/g, '').replace(/<tspan class="text-inner-tspan">([^<]*)<\/tspan>/g, '$1');
  out = out.replace(/\sclass="([^"]*)"/g, (_, classes: string) => ` class="${[...new Set(classes.split(/\s+/).filter(Boolean))].join(' ')}"`);
  out = out.replace(GEOMETRY, (_, name: string, value: string) => ` ${name}="${value.replace(/-?\d+\.\d{2,}/g, (n) => String(Math.round(Number(n) * 10) / 10))}"`);
  out = out.replace(/<marker\b[^>]*\sid="([^"]+)"[\s\S]*?<\/marker>/g, (marker, markerId: string) => (out.includes(`url(#${markerId})`) ? marker : ''));
  return { svg: out, rules };
}

/** The class every slimmed drawing carries, and the scope of the shared rules. */
export const MAP_CLASS = 'okr-map';

const GEOMETRY = /\s(d|transform|x|y|x1|x2|y1|y2|dx|dy|cx|cy|r|rx|ry|width|height|viewBox|points)="([^"]*)"/g;

/**
 * One stylesheet for the site's drawings: every drawing's rules once each, in the order first met,
 * without the rules for classes no drawing has (Mermaid's error drawing, animations, KaTeX, other
 * diagram kinds) and the @keyframes only those used.
 */
export function diagramStylesheet(drawings: { svg: string; rules: string[] }[]): string {
  const used = new Set(drawings.flatMap((d) => [...d.svg.matchAll(/\sclass="([^"]*)"/g)].flatMap((m) => m[1].split(' '))));
  const applies = (rule: string) => rule.slice(0, rule.indexOf('{')).split(',').some((selector) => [...selector.matchAll(/\.([\w-]+)/g)].every((m) => used.has(m[1])));
  const rules = [...new Set(drawings.flatMap((d) => d.rules))].filter((r) => r.startsWith('@') || applies(r));
  const styles = rules.filter((r) => !r.startsWith('@keyframes')).join('\n');
  const animated = (name = '') => new RegExp(`animation(?:-name)?:[^;}]*\\b${name}\\b`).test(styles);
  return rules.filter((r) => !r.startsWith('@keyframes') || animated(/^@keyframes\s+([\w-]+)/.exec(r)?.[1])).join('\n');
}

/** Top-level rules of a stylesheet (an @keyframes block is one rule). */
function cssRules(css: string): string[] {
  const rules: string[] = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < css.length; i++) {
    if (css[i] === '{') depth++;
    else if (css[i] === '}' && --depth === 0) {
      rules.push(css.slice(start, i + 1).trim());
      start = i + 1;
    }
  }
  return rules.filter(Boolean);
}
