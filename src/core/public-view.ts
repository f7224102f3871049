import type { Diagnostic } from './diagnostics.ts';
import type { Objective, OkrSet, Organisation, Span, WeeklyReport, Withheld } from './model.ts';
import { setKey } from './refs.ts';
import { Relations } from './relations.ts';

/** The organisation as the public site shows it, and what was left out. */
export interface PublicView {
  org: Organisation;
  /** The check's diagnostics minus those about private items (for the health pages). */
  diagnostics: Diagnostic[];
  /** Private sets, objectives and KRs left out, each counted once at its top (a private set is 1). */
  withheld: number;
}

/** Lint rules that count an item's children: with private children left out, their numbers would tell how many there are. */
type ChildCount = 'objective-count' | 'kr-count';

/**
 * The public site's organisation: every private OKR set, objective and KR removed, with every link
 * to or from one, and every diagnostic that lies in a private item's YAML (or in a private set's file).
 * Built once, right after loading and before scoring, so every score, page, search record and
 * diagram downstream sees public items only. Each public set and objective records how many private
 * items it lost (scores say "不含 N 项非公开内容"), and each public item how many private items it
 * aligns to (its page says so instead of calling it unaligned).
 */
export function publicView(org: Organisation, diagnostics: Diagnostic[] = []): PublicView {
  const hidden = privateKeys(org);
  const aligned = (key: string) => org.relations.alignsTo(key).filter((to) => hidden.has(to)).length;
  let withheld = 0;
  const sets: OkrSet[] = [];
  for (const set of org.sets) {
    if (set.visibility === 'private') {
      withheld++;
      continue;
    }
    const objectives: Objective[] = [];
    let items = 0;
    for (const o of set.objectives) {
      if (o.visibility === 'private') {
        items++;
        continue;
      }
      const keyResults = o.keyResults.filter((kr) => kr.visibility === 'public').map((kr) => withWithheld(kr, 0, aligned(kr.key)));
      items += o.keyResults.length - keyResults.length;
      objectives.push(withWithheld({ ...o, keyResults }, o.keyResults.length - keyResults.length, aligned(o.key)));
    }
    withheld += items;
    sets.push(withWithheld({ ...set, objectives }, items, 0));
  }
  const relations = new Relations();
  for (const [from, to] of org.relations.pairs()) if (!hidden.has(from) && !hidden.has(to)) relations.relate(from, to);
  return { org: { ...org, sets, reports: publicReports(org, hidden), relations }, diagnostics: diagnostics.filter(isPublic(org)), withheld };
}

/** The reports of public sets (and of owners with no set in the period), without the values of private KRs. */
function publicReports(org: Organisation, hidden: Set<string>): WeeklyReport[] {
  return org.reports
    .filter((r) => !hidden.has(setKey(r.period, r.owner.id)))
    .map((r) => (r.values.some((v) => hidden.has(v.key)) ? { ...r, values: r.values.filter((v) => !hidden.has(v.key)) } : r));
}

/** Keys of every private set, objective and KR (those inside a private set or objective included). */
function privateKeys(org: Organisation): Set<string> {
  const keys = new Set<string>();
  for (const set of org.sets) {
    if (set.visibility === 'private') keys.add(set.key);
    for (const o of set.objectives) {
      if (o.visibility === 'private') keys.add(o.key);
      for (const kr of o.keyResults) if (kr.visibility === 'private') keys.add(kr.key);
    }
  }
  return keys;
}

/**
 * Whether a diagnostic may be shown on the public site: not in a private set's file, not inside the
 * YAML of a private objective or KR, and not a child count of an item that has private children.
 */
function isPublic(org: Organisation): (d: Diagnostic) => boolean {
  const privateSets = new Set(org.sets.filter((s) => s.visibility === 'private').map((s) => s.key));
  const privateFiles = new Set([
    ...org.sets.filter((s) => privateSets.has(s.key)).map((s) => s.src.file),
    ...org.reports.filter((r) => privateSets.has(setKey(r.period, r.owner.id))).map((r) => r.src.file),
  ]);
  const hiddenSpans = new Map<string, Span[]>();
  const counted: Record<ChildCount, Map<string, Span[]>> = { 'objective-count': new Map(), 'kr-count': new Map() };
  const add = (map: Map<string, Span[]>, file: string, span: Span) => map.set(file, [...(map.get(file) ?? []), span]);
  for (const set of org.sets) {
    if (set.visibility === 'private') continue;
    const file = set.src.file;
    if (set.objectives.some((o) => o.visibility === 'private')) add(counted['objective-count'], file, { start: { line: 1, col: 1 } });
    for (const o of set.objectives) {
      if (o.visibility === 'private') {
        add(hiddenSpans, file, o.span);
        continue;
      }
      const privateKrs = o.keyResults.filter((kr) => kr.visibility === 'private');
      for (const kr of privateKrs) add(hiddenSpans, file, kr.span);
      if (privateKrs.length > 0) add(counted['kr-count'], file, o.span);
    }
  }
  return (d) => {
    if (privateFiles.has(d.file)) return false;
    if ((hiddenSpans.get(d.file) ?? []).some((s) => inSpan(s, d))) return false;
    const count = d.rule in counted ? counted[d.rule as ChildCount].get(d.file) : undefined;
    return !(count ?? []).some((s) => inSpan(s, d));
  };
}

/** Whether a place in a file lies in a span: its start included, its end not. */
export function inSpan(span: Span, at: { line: number; col: number }): boolean {
  const before = (a: { line: number; col: number }, b: { line: number; col: number }) => a.line < b.line || (a.line === b.line && a.col < b.col);
  return !before(at, span.start) && (span.end === undefined || before(at, span.end));
}

function withWithheld<T extends { withheld?: Withheld }>(item: T, items: number, alignsTo: number): T {
  return items > 0 || alignsTo > 0 ? { ...item, withheld: { items, alignsTo } } : item;
}
