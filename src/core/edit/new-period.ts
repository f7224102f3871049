/**
 * `npm run okr -- new-period <to> --from <from>`: every OKR set of one period copied to the next, as
 * file texts (the script writes them). Every field is kept; what belongs to the old period is reset or
 * re-based, and the report says what was done to each file. The YAML is edited as a document, so
 * comments and the way things are written survive.
 */
import { isMap, isScalar, isSeq, parseDocument, Scalar, type Document, type YAMLMap } from 'yaml';
import type { KeyResult, Organisation, OkrSet, Period } from '../model.ts';
import { formatRef, parseAlignableRef, refKey, type AlignableRef } from '../refs.ts';
import { latestReading } from '../scoring/current.ts';
import { indexKrs, quarterValue } from '../scoring/value-from.ts';
import type { SourceFile } from '../source.ts';
import { msg, type Msg } from '../text.ts';

export interface NewPeriodFile {
  /** Relative to the content folder: `okrs/<to>/<owner>.mdx`. */
  path: string;
  text: string;
  /** The file it was copied from. */
  from: string;
  /** What was done to it, one line each. */
  report: Msg[];
}

export type NewPeriodResult = { ok: true; files: NewPeriodFile[] } | { ok: false; error: Msg };

export function newPeriod(org: Organisation, files: SourceFile[], fromId: string, toId: string): NewPeriodResult {
  const periods = new Map(org.periods.map((p) => [p.id, p]));
  const known = [...periods.keys()].join('、');
  const from = periods.get(fromId);
  const to = periods.get(toId);
  if (!from) return { ok: false, error: msg(`周期 ${fromId} 不存在（settings.yaml 中有：${known}）。`, `There is no period ${fromId} (settings.yaml has: ${known}).`) };
  if (!to) return { ok: false, error: msg(`周期 ${toId} 不存在。请先在 settings.yaml 的 periods 中添加它（id、name、start、end，季度写 parent），再运行。`, `There is no period ${toId}. Add it to periods in settings.yaml first (id, name, start, end, and parent for a quarter), then run this again.`) };
  if (fromId === toId) return { ok: false, error: msg('新周期与原周期相同。', 'The new period is the one copied from.') };
  const sets = org.sets.filter((s) => s.period === fromId);
  if (sets.length === 0) return { ok: false, error: msg(`周期 ${fromId} 没有 OKR 集可以复制（content/okrs/${fromId}/ 下没有能读取的文件）。`, `The period ${fromId} has no OKR sets to copy (no readable file under content/okrs/${fromId}/).`) };
  const keys = knownKeys(org, sets, toId);
  const texts = new Map(files.map((f) => [f.path, f.text]));
  const ctx: Ctx = { org, periods, from, to, keys, krs: indexKrs(org.sets) };
  const out: NewPeriodFile[] = [];
  for (const set of sets) {
    const text = texts.get(set.src.file);
    if (text === undefined) continue;
    const ext = set.src.file.endsWith('.md') ? 'md' : 'mdx';
    out.push({ path: `okrs/${toId}/${set.owner.id}.${ext}`, from: set.src.file, ...copySet(text, set, ctx) });
  }
  return { ok: true, files: out };
}

interface Ctx {
  org: Organisation;
  periods: Map<string, Period>;
  from: Period;
  to: Period;
  /** Every alignable key that will exist once the copies are written. */
  keys: Set<string>;
  krs: ReturnType<typeof indexKrs>;
}

function knownKeys(org: Organisation, copied: OkrSet[], toId: string): Set<string> {
  const keys = new Set<string>();
  for (const b of org.bscs) for (const x of [...b.metrics, ...b.perspectives, ...b.guards]) keys.add(x.key);
  for (const s of org.sets) for (const o of s.objectives) for (const k of [o.key, ...o.keyResults.map((kr) => kr.key)]) keys.add(k);
  const moved = (key: string) => `${toId}:${key.slice(key.indexOf(':') + 1)}`;
  for (const s of copied) for (const o of s.objectives) for (const k of [o.key, ...o.keyResults.map((kr) => kr.key)]) keys.add(moved(k));
  return keys;
}

function copySet(text: string, set: OkrSet, ctx: Ctx): { text: string; report: Msg[] } {
  const normal = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const m = /^---\n([\s\S]*?\n)---(\n[\s\S]*)?$/.exec(normal);
  if (!m) throw new Error(`${set.src.file}: no frontmatter`);
  const doc = parseDocument(m[1]);
  const tally = new Tally();
  setString(doc.contents as YAMLMap, 'period', ctx.to.id);
  const title = doc.get('title');
  const renamed = typeof title === 'string' ? retitle(title, ctx.from, ctx.to) : undefined;
  if (renamed) {
    setString(doc.contents as YAMLMap, 'title', renamed.title);
    tally.line(msg(`标题中的 ${renamed.was} 改为 ${renamed.now}。`, `${renamed.was} in the title became ${renamed.now}.`));
  }
  const objectives = doc.get('objectives');
  // By the place each item was read from (src.path), so a set the loader salvaged still lines up with its file.
  set.objectives.forEach((o) => {
    const node = isSeq(objectives) ? objectives.items[Number(o.src.path[1])] : undefined;
    if (!isMap(node)) return;
    repoint(node, `${o.id}`, tally, ctx);
    const krNodes = node.get('keyResults');
    o.keyResults.forEach((kr) => {
      const krNode = isSeq(krNodes) ? krNodes.items[Number(kr.src.path[3])] : undefined;
      if (isMap(krNode)) copyKr(doc, krNode, kr, set, `${o.id}/${kr.id}`, tally, ctx);
    });
  });
  const yaml = unpadFlowSeqs(doc.toString({ lineWidth: 0, flowCollectionPadding: true }));
  return { text: `---\n${yaml}---${m[2] ?? '\n'}`, report: tally.report(ctx) };
}

/** A title that names the old period (`王俊 2026 Q4 个人 OKR`, `市场部 2026 OKR`) names the new one. */
function retitle(title: string, from: Period, to: Period): { title: string; was: string; now: string } | undefined {
  if (title.includes(from.name)) return { title: title.replaceAll(from.name, to.name), was: from.name, now: to.name };
  const id = new RegExp(`(?<![\\w-])${from.id.replace(/[-]/g, '\\-')}(?![\\w-])`, 'g');
  return id.test(title) ? { title: title.replace(id, to.id), was: from.id, now: to.id } : undefined;
}

function copyKr(doc: Document, node: YAMLMap, kr: KeyResult, set: OkrSet, where: string, tally: Tally, ctx: Ctx): void {
  const { from, to } = ctx;
  for (const field of ['checkins', 'selfAssessment'] as const) {
    if (node.has(field)) {
      node.delete(field);
      tally.count(field);
    }
  }
  const due = node.get('due');
  if (due !== undefined) {
    const d = String(due);
    if (/^\d{4}-\d{2}-\d{2}$/.test(d) ? d >= from.start && d <= from.end : d === from.id || ctx.periods.get(d)?.ancestors.includes(from.id)) {
      setString(node, 'due', d === from.id ? to.id : to.end);
      tally.count('due');
    }
  }
  repoint(node, where.toUpperCase(), tally, ctx);
  const measure = node.get('measure');
  if (!isMap(measure) || !kr.measure) return;
  if (kr.measure.type === 'milestone') {
    const steps = measure.get('steps');
    if (isSeq(steps)) for (const step of steps.items) if (isMap(step)) copyStep(step, tally, ctx);
    return;
  }
  const m = kr.measure;
  if (m.type !== 'increase' && m.type !== 'decrease') return;
  const value = kr.valueFrom === 'quarters' ? quarterValue(kr, ctx.org, ctx.krs, ctx.periods, from.end)?.reading : latestReading(kr, from.end);
  if (!value) {
    tally.line(msg(`${where.toUpperCase()}：${from.end} 前没有数值，基线保持原样。`, `${where.toUpperCase()}: no value by ${from.end}, so the baseline is kept as it was.`));
    return;
  }
  const target = m.target;
  if (target.kind === 'value' && (m.type === 'increase' ? value.value >= target.value : value.value <= target.value)) {
    tally.line(msg(
      `${where.toUpperCase()}：${from.end} 前的最新数值 ${value.value} 已达到目标 ${target.value}，以它为基线目标就不再在前方；基线保持原样，请为 ${to.name} 定新的目标和基线。`,
      `${where.toUpperCase()}: the latest value by ${from.end}, ${value.value}, already reaches the target ${target.value}, so as a baseline it would leave no target ahead; the baseline is kept as it was: set a new target and baseline for ${to.nameEn ?? to.name}.`));
    return;
  }
  const baseline = doc.createNode({ value: value.value, label: `${from.name} 末`, ...(value.sample || set.sample ? { sample: true } : {}) });
  baseline.flow = true;
  if (measure.has('baseline')) measure.set('baseline', baseline);
  else measure.items.splice(Math.max(0, measure.items.findIndex((p) => isScalar(p.key) && p.key.value === 'target')), 0, doc.createPair('baseline', baseline));
  tally.count('baseline');
}

/** A step keeps its title; it is not done yet, and a due inside the old period moves by the same offset into the new one. */
function copyStep(step: YAMLMap, tally: Tally, { from, to }: Ctx): void {
  if (step.has('done')) {
    step.delete('done');
    tally.count('done');
  }
  const due = step.get('due');
  if (typeof due !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(due) || due < from.start || due > from.end) return;
  const shifted = addDays(due, daysBetween(from.start, to.start));
  setString(step, 'due', shifted > to.end ? to.end : shifted);
  tally.count('stepDue');
}

/** alignsTo re-pointed to the same item in the new period (or its year) when it exists there; else kept on the old one. */
function repoint(node: YAMLMap, where: string, tally: Tally, ctx: Ctx): void {
  const list = node.get('alignsTo');
  if (!isSeq(list)) return;
  list.items.forEach((item, i) => {
    const written = isScalar(item) ? String(item.value) : undefined;
    const ref = written === undefined ? undefined : parseAlignableRef(written);
    if (!ref) return;
    const found = resolve(ref, ctx.from, ctx);
    if (!found) {
      tally.line(msg(`${where}：alignsTo "${written}" 在原周期就找不到，照原样保留。`, `${where}: alignsTo "${written}" did not resolve in the old period either; kept as written.`));
      return;
    }
    const level = [ctx.from.id, ...ctx.from.ancestors].indexOf(found);
    const newPeriod = [ctx.to.id, ...ctx.to.ancestors][level];
    const bare = { ...ref, period: undefined } as AlignableRef;
    if (newPeriod && ctx.keys.has(key(bare, newPeriod))) {
      const plain = !ref.period && resolve(bare, ctx.to, ctx) === newPeriod;
      setItem(list.items, i, plain ? formatRef(bare) : formatRef({ ...bare, period: newPeriod }, ctx.to.id));
      tally.count('repointed');
      return;
    }
    const old = formatRef({ ...bare, period: found }, ctx.to.id);
    setItem(list.items, i, old);
    tally.line(msg(
      `${where}：${formatRef(bare)} 在 ${newPeriod ?? ctx.to.id} 中还不存在，仍指向 ${found}（写作 ${old}）；检查会报 cross-period，等 ${newPeriod ?? '新周期'} 的目标写好后请改为对齐到它。`,
      `${where}: ${formatRef(bare)} does not exist in ${newPeriod ?? ctx.to.id} yet, so it still points at ${found} (written ${old}); the check reports cross-period until you align it to ${newPeriod ?? 'the new period'}'s objective.`));
  });
}

/** The period a ref resolves in, seen from `period`: its own, or the nearest enclosing one that has it. */
function resolve(ref: AlignableRef, period: Period, ctx: Ctx): string | undefined {
  const bare = { ...ref, period: undefined } as AlignableRef;
  return (ref.period ? [ref.period] : [period.id, ...period.ancestors]).find((p) => ctx.keys.has(key(bare, p)));
}

function key(ref: AlignableRef, period: string): string {
  return refKey({ ...ref, period } as AlignableRef & { period: string });
}

function setString(map: YAMLMap, field: string, value: string): void {
  const node = map.get(field, true);
  if (isScalar(node)) {
    node.value = value;
    // A plain scalar that reads as a number or date (2027, 2027-03-31 stays a date string to the loader) keeps its quotes.
    if (/^\d+$/.test(value) && node.type === Scalar.PLAIN) node.type = Scalar.QUOTE_SINGLE;
  } else map.set(field, value);
}

function setItem(items: unknown[], i: number, value: string): void {
  const node = items[i];
  if (isScalar(node)) {
    node.value = value;
    if (value.includes(':') && node.type === Scalar.PLAIN) node.type = Scalar.QUOTE_SINGLE;
  }
}

/** `owners: [ 王俊 ]` → `owners: [王俊]`: lists as the content writes them (maps keep their `{ … }` padding). */
function unpadFlowSeqs(yaml: string): string {
  return yaml.replace(/^(\s*(?:- )?[\w-]+: )\[ (.*) \]$/gm, '$1[$2]');
}

function daysBetween(a: string, b: string): number {
  return Math.round((Date.parse(b) - Date.parse(a)) / 86_400_000);
}

function addDays(date: string, days: number): string {
  return new Date(Date.parse(date) + days * 86_400_000).toISOString().slice(0, 10);
}

type Counted = 'checkins' | 'selfAssessment' | 'due' | 'baseline' | 'done' | 'stepDue' | 'repointed';

/** What was done to one file: counts of the routine changes, and a line for each one to look at. */
class Tally {
  readonly counts = new Map<Counted, number>();
  readonly lines: Msg[] = [];

  count(what: Counted): void {
    this.counts.set(what, (this.counts.get(what) ?? 0) + 1);
  }

  line(m: Msg): void {
    this.lines.push(m);
  }

  report({ from, to }: Ctx): Msg[] {
    const n = (what: Counted) => this.counts.get(what) ?? 0;
    const parts: [Counted, Msg][] = [
      ['baseline', msg(`${n('baseline')} 个 KR 的基线改为 ${from.end} 前的最新数值（label: ${from.name} 末）`, `${n('baseline')} KR baselines set to the latest value by ${from.end} (label: ${from.name} 末)`)],
      ['due', msg(`${n('due')} 个截止改为 ${to.end}（原在 ${from.id} 之内）`, `${n('due')} due dates inside ${from.id} moved to ${to.end}`)],
      ['stepDue', msg(`${n('stepDue')} 个里程碑步骤的截止平移到新周期`, `${n('stepDue')} milestone step dues shifted into the new period`)],
      ['done', msg(`${n('done')} 个步骤的完成标记已清除`, `${n('done')} step done marks cleared`)],
      ['checkins', msg(`${n('checkins')} 个 KR 的进展已清除`, `check-ins removed from ${n('checkins')} KRs`)],
      ['selfAssessment', msg(`${n('selfAssessment')} 个自评已清除`, `${n('selfAssessment')} self-assessments removed`)],
      ['repointed', msg(`${n('repointed')} 条对齐改指新周期`, `${n('repointed')} alignments re-pointed to the new period`)],
    ];
    const done = parts.filter(([k]) => n(k) > 0).map(([, m]) => m);
    const summary = done.length ? [msg(`${done.map((m) => m.zh).join('；')}。`, `${done.map((m) => m.en).join('; ')}.`)] : [];
    return [...summary, ...this.lines];
  }
}
