import type { Nodes, Root } from 'hast';
import { sanitize } from 'hast-util-sanitize';
import { BODY_SCHEMA } from './schema.ts';

/**
 * The body as it may be published: hast-util-sanitize with the portal's explicit schema. Comments
 * (`<!-- … -->` in .md, like `{/* … *\/}` in .mdx) are notes for editors and never reach a page.
 */
export function sanitizeBody(tree: Root): Root {
  return sanitize(tree, BODY_SCHEMA) as Root;
}

/**
 * The first node of `before` that the sanitiser changed or removed, comments aside; undefined when
 * `after` is `before` (positions and data are not compared).
 */
export function firstDifference(before: Nodes, after: Nodes): Nodes | undefined {
  if (before.type !== after.type) return before;
  if (before.type === 'element' && after.type === 'element') {
    if (before.tagName !== after.tagName || !sameProperties(before.properties, after.properties)) return before;
  }
  if ('value' in before && 'value' in after && before.value !== after.value) return before;
  const a = 'children' in before ? before.children.filter((c) => c.type !== 'comment') : [];
  const b = 'children' in after ? after.children : [];
  for (let i = 0; i < a.length; i++) {
    if (!b[i]) return a[i];
    const changed = firstDifference(a[i], b[i]);
    if (changed) return changed;
  }
  return b.length > a.length ? before : undefined;
}

function sameProperties(a: Record<string, unknown>, b: Record<string, unknown>): boolean {
  const keys = (p: Record<string, unknown>) => Object.keys(p).filter((k) => p[k] !== undefined && p[k] !== null).sort();
  const ka = keys(a);
  return JSON.stringify(ka) === JSON.stringify(keys(b)) && ka.every((k) => JSON.stringify(a[k]) === JSON.stringify(b[k]));
}
