import type { Msg } from '../text.ts';

/**
 * An SVG element as data: pages render it with Svg.astro, which escapes every attribute and text (no raw
 * HTML), and tests read it as a tree. `text` is a text node, a message in both languages or content as written.
 */
export interface SvgNode {
  tag: string;
  attrs?: Record<string, string | number>;
  children?: SvgNode[];
  text?: string | Msg;
}

export const el = (tag: string, attrs: Record<string, string | number> = {}, children?: SvgNode[]): SvgNode => ({ tag, attrs, ...(children && { children }) });
export const txt = (tag: string, attrs: Record<string, string | number>, text: string | Msg): SvgNode => ({ tag, attrs, text });

/** One decimal: coordinates stay short. */
export const r1 = (n: number) => Math.round(n * 10) / 10;

/** A pair for path data: `7.3-1.2`, no space before a minus. */
const pair = (x: number, y: number) => `${x}${y < 0 ? '' : ' '}${y}`;

/**
 * Path data through the points, one decimal: `M x y` then relative steps `l dx dy`, which repeat (and
 * compress) when the points are weekly. Each step is the difference of rounded positions, so nothing drifts.
 */
export function line(points: [number, number][], step = 'l'): string {
  let out = '';
  let prev: [number, number] | undefined;
  for (const [px, py] of points) {
    const [x, y] = [r1(px), r1(py)];
    out += prev ? `${step}${pair(r1(x - prev[0]), r1(y - prev[1]))}${step === 'm' ? 'h0' : ''}` : `M${pair(x, y)}${step === 'm' ? 'h0' : ''}`;
    prev = [x, y];
  }
  return out;
}

/** Zero-length segments: with a round (or square) line cap each one is a dot, all in one path. */
export function dots(points: [number, number][]): string {
  return line(points, 'm');
}

/** The SVG as text, every attribute and text escaped (tests parse it; pages render the tree with Svg.astro). */
export function svgText(node: SvgNode, lang: 'zh' | 'en' = 'zh'): string {
  const attrs = Object.entries(node.attrs ?? {}).map(([k, v]) => ` ${k}="${escape(String(v))}"`).join('');
  const text = node.text === undefined ? '' : escape(typeof node.text === 'string' ? node.text : node.text[lang]);
  return `<${node.tag}${attrs}>${text}${(node.children ?? []).map((c) => svgText(c, lang)).join('')}</${node.tag}>`;
}

function escape(s: string): string {
  return s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
}
