/** Reading a drawn chart back for tests: the SVG text parsed as HTML would, and path data as absolute points. */
import { parseFragment } from 'parse5';
import type { DefaultTreeAdapterMap } from 'parse5';

type Element = DefaultTreeAdapterMap['element'];
type ChildNode = DefaultTreeAdapterMap['childNode'];

export function parseSvg(text: string): Element {
  const root = parseFragment(text).childNodes.find((n): n is Element => 'tagName' in n);
  if (!root || root.tagName !== 'svg') throw new Error(`not an svg: ${text.slice(0, 80)}`);
  return root;
}

export function attr(e: Element, name: string): string | undefined {
  return e.attrs.find((a) => a.name === name)?.value;
}

export function all(e: Element, test: (e: Element) => boolean): Element[] {
  const out: Element[] = [];
  const walk = (n: ChildNode | Element) => {
    if (!('tagName' in n)) return;
    if (test(n)) out.push(n);
    for (const c of n.childNodes) walk(c);
  };
  for (const c of e.childNodes) walk(c);
  return out;
}

export const byClass = (svg: Element, cls: string) => all(svg, (e) => (attr(e, 'class') ?? '').split(' ').includes(cls));
export const byTag = (svg: Element, tag: string) => all(svg, (e) => e.tagName === tag);

export function textOf(e: Element): string {
  return e.childNodes.map((c) => ('value' in c ? (c as { value: string }).value : 'tagName' in c ? textOf(c as Element) : '')).join('');
}

/**
 * The points a path's data visits, absolute: M/L/H/V and relative m/l/h/v. `h0` (a dot) adds no point. For
 * the point marks and confidence ticks, each subpath's start is a point.
 */
export function pathPoints(d: string): [number, number][] {
  const tokens = d.match(/[MLHVmlhv]|-?\d+(?:\.\d+)?/g) ?? [];
  const pts: [number, number][] = [];
  let [x, y] = [0, 0];
  let cmd = '';
  for (let i = 0; i < tokens.length; ) {
    if (/[A-Za-z]/.test(tokens[i])) cmd = tokens[i++];
    const n = () => Number(tokens[i++]);
    switch (cmd) {
      case 'M': [x, y] = [n(), n()]; break;
      case 'L': [x, y] = [n(), n()]; break;
      case 'm': { const dx = n(); const dy = n(); [x, y] = [x + dx, y + dy]; break; }
      case 'l': { const dx = n(); const dy = n(); [x, y] = [x + dx, y + dy]; break; }
      case 'H': x = n(); break;
      case 'V': y = n(); break;
      case 'h': { const dx = n(); if (dx === 0) continue; x += dx; break; }
      case 'v': y += n(); break;
    }
    pts.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]);
  }
  return pts;
}

/** The start of every subpath (M or m): where each dot or tick is. */
export function subpathStarts(d: string): [number, number][] {
  const out: [number, number][] = [];
  const tokens = d.match(/[MLHVmlhv]|-?\d+(?:\.\d+)?/g) ?? [];
  let [x, y] = [0, 0];
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const a = Number(tokens[i + 1]);
    const b = Number(tokens[i + 2]);
    if (t === 'M') { [x, y] = [a, b]; out.push([x, y]); i += 2; }
    else if (t === 'm') { [x, y] = [x + a, y + b]; out.push([Math.round(x * 10) / 10, Math.round(y * 10) / 10]); i += 2; }
    else if (t === 'v') { y += a; i += 1; }
    else if (t === 'h') { x += a; i += 1; }
    else if (t === 'l' || t === 'L') i += 2;
  }
  return out;
}
