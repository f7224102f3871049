import type { Root } from 'hast';
import { bodyHtml, safeBody, type MentionHtml } from '../core/prose/index.ts';
import type { Lang } from '../core/text.ts';
import { site } from './data.ts';

/**
 * Bodies as pages show them: each content file's body parsed and sanitised once per build (the same
 * tree for both languages), then serialised once per page language with its @提及 linked. Pages put
 * the result in the page with set:html; nothing else a page shows is raw HTML.
 */

const trees = new Map<string, Root | null>();
const html = new Map<string, string>();
let sources: Map<string, string> | undefined;

/** Every body of the organisation, by content file. */
function bodySources(): Map<string, string> {
  if (sources) return sources;
  const { org } = site();
  sources = new Map<string, string>();
  for (const x of [...org.sets, ...org.bscs, ...org.overviews, ...org.departments]) if (x.body.trim()) sources.set(x.src.file, x.body);
  return sources;
}

/** The safe HTML of a content file's body for one page language; empty when the file has no body. */
export function proseHtml(file: string, lang: Lang, mentions: MentionHtml): string {
  const key = `${lang}\u0000${file}`;
  const done = html.get(key);
  if (done !== undefined) return done;
  let tree = trees.get(file);
  if (tree === undefined) {
    const text = bodySources().get(file);
    tree = text === undefined ? null : safeBody({ path: file, text }, site().org.settings.locale);
    trees.set(file, tree);
  }
  const out = tree ? bodyHtml(tree, site().names.lookup, mentions) : '';
  html.set(key, out);
  return out;
}
