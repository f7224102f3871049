import type { Root } from 'hast';
import { bodyHtml, safeBody, type MentionHtml } from '../core/prose/index.ts';
import type { ReportSections, WeeklyReport } from '../core/model.ts';
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

/**
 * A section of a weekly report (本周进展, 风险同步和资源支持, 下周计划) as safe HTML for one page language:
 * the loader's `sections` Markdown, through the same parser and sanitiser as every body, once per
 * build and page language (the tree is not kept: a year of reports is many trees, and each section is
 * parsed once per language); empty when the report has no such section. Ids are unique to the report and section.
 */
export function reportSectionHtml(report: WeeklyReport, section: keyof ReportSections, lang: Lang, mentions: MentionHtml): string {
  const file = `${report.src.file.replace(/\.mdx?$/, '')}-${section}.md`;
  const key = `${lang}\u0000${file}`;
  const done = html.get(key);
  if (done !== undefined) return done;
  const text = report.sections[section];
  const out = text?.trim() ? bodyHtml(safeBody({ path: file, text }, site().org.settings.locale), site().names.lookup, mentions) : '';
  html.set(key, out);
  return out;
}
