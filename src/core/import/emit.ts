import { Document, isMap, isScalar, isSeq, parseDocument, visit } from 'yaml';
import type { Folder } from './folder.ts';
import type { MeasureDraft } from './measure/infer.ts';
import type { PeriodRange } from './measure/period.ts';
import type { Plan, PlannedKr, PlannedSet } from './plan.ts';

/** A content file the import would write. `exists`: the path is already in the target folder. */
export interface PlannedFile {
  path: string;
  text: string;
  kind: 'settings' | 'person' | 'department' | 'okr-set' | 'overview';
  exists: boolean;
}

/** Lists and small maps are written on one line, as the demo content is: `owners: [马长久, 杨蓉蓉]`. */
const FLOW = new Set(['owners', 'collaborators', 'alignsTo', 'perspectives', 'aliases', 'leads']);

/** YAML through the yaml package, so quoting is always right (titles with ": ", '2026', '%'). */
export function yamlText(data: Record<string, unknown>, comment?: string): string {
  const doc = new Document(data, { aliasDuplicateObjects: false });
  visit(doc, {
    Pair(_, pair) {
      if (!isScalar(pair.key)) return;
      const key = String(pair.key.value);
      if (FLOW.has(key) && isSeq(pair.value)) pair.value.flow = true;
      if (key === 'measure' && isMap(pair.value) && !pair.value.has('steps')) pair.value.flow = true;
      if (key === 'steps' && isSeq(pair.value)) for (const item of pair.value.items) if (isMap(item)) item.flow = true;
    },
  });
  if (comment) doc.commentBefore = comment.split('\n').map((l) => ` ${l}`).join('\n');
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

function mdx(data: Record<string, unknown>, body: string, comment?: string): string {
  return `---\n${yamlText(data, comment)}---\n${body.trim() ? `\n${body.trim()}\n` : ''}`;
}

/** MDX reads < and { as code: prose carried over from the document escapes them. */
export function escapeMdx(text: string): string {
  return text.replace(/[<{]/g, (c) => `\\${c}`);
}

function measureData(m: MeasureDraft): Record<string, unknown> {
  const out: Record<string, unknown> = { type: m.type };
  if (m.unit) out.unit = m.unit;
  if (m.baseline !== undefined) out.baseline = m.baseline;
  if (m.target !== undefined) out.target = m.target;
  if (m.steps) out.steps = m.steps;
  return out;
}

function krData(kr: PlannedKr): Record<string, unknown> {
  const { measure, due } = kr.inference;
  return {
    id: kr.id,
    title: kr.title,
    ...(kr.owners.length ? { owners: kr.owners } : {}),
    ...(kr.collaborators.length ? { collaborators: kr.collaborators } : {}),
    ...(measure ? { measure: measureData(measure) } : {}),
    ...(due ? { due } : {}),
    ...(kr.alignsTo.length ? { alignsTo: kr.alignsTo } : {}),
    ...(kr.actions ? { actions: kr.actions } : {}),
  };
}

function setFile(set: PlannedSet, plan: Plan, source: string): string {
  const lines = [`由 npm run import 从 ${source} 导入（L${set.line}）。请先读导入报告，再提交 pull request。`];
  if (set.unmatchedPerspectives.length) lines.push(`承接BSC：${set.unmatchedPerspectives.join('、')}（没有对应的 BSC 维度，未写入 perspectives）`);
  if (set.kind === 'role') lines.push(`"${set.ownerName}" 是角色而不是人名：请把 people/${set.ownerId}.yaml 改成担任此角色的人。`);
  const data = {
    owner: set.ownerId,
    period: plan.period.id,
    title: `${set.ownerName} ${plan.period.id} OKR`,
    ...(set.perspectives.length ? { perspectives: set.perspectives } : {}),
    objectives: set.objectives.map((o) => ({
      id: o.id,
      title: o.title,
      ...(o.alignsTo.length ? { alignsTo: o.alignsTo } : {}),
      ...(o.description ? { description: o.description } : {}),
      keyResults: o.krs.map(krData),
    })),
  };
  const body = set.section.raw.body.map((l) => escapeMdx(l.source)).join('\n');
  return mdx(data, body, lines.join('\n'));
}

function overviewFile(plan: Plan, intro: string[]): string | undefined {
  const prose = plan.prose.flatMap((s) => [s.raw.heading ? `## ${s.raw.heading}` : '', '', ...[...s.raw.intro, ...s.raw.body].map((l) => l.source)]);
  const summary = intro.find((t) => t.trim());
  if (!plan.title && !summary && !prose.some((l) => l.trim())) return undefined;
  const data = { period: plan.period.id, title: plan.title ?? `${plan.period.id} OKR`, ...(summary ? { summary } : {}) };
  return mdx(data, escapeMdx(prose.join('\n').replace(/\n{3,}/g, '\n\n')));
}

/** The periods a document's period needs: a quarter comes with its year. */
function periodEntries(period: PeriodRange): Record<string, unknown>[] {
  const q = /^(\d{4})-q(\d)$/.exec(period.id);
  const year = q ? [{ id: q[1], name: `${q[1]} 年度`, start: `${q[1]}-01-01`, end: `${q[1]}-12-31` }] : [];
  return [...year, { id: period.id, name: q ? `${q[1]} Q${q[2]}` : `${period.id} 年度`, start: period.start, end: period.end, ...(q ? { parent: q[1] } : {}) }];
}

/** What the new settings.yaml says: the company and the period the document is for. */
function settingsFile(plan: Plan, company: string): string {
  return yamlText({ company, locale: 'zh-CN', periods: periodEntries(plan.period), currentPeriod: plan.period.id }, '由 npm run import 创建。请核对公司名称。');
}

/** settings.yaml of an existing folder with the missing periods added; its comments stay. */
function settingsWithPeriod(text: string, folder: Folder, period: PeriodRange): string | undefined {
  const missing = periodEntries(period).filter((p) => !folder.periods.some((f) => f.id === p.id));
  if (missing.length === 0) return undefined;
  const doc = parseDocument(text);
  const periods = doc.get('periods');
  if (!isSeq(periods)) return undefined;
  for (const p of missing) periods.add(doc.createNode(p));
  return doc.toString({ lineWidth: 0, flowCollectionPadding: false });
}

export function emitFiles(plan: Plan, folder: Folder, opts: { source: string; company: string; intro: string[]; settingsText?: string }): PlannedFile[] {
  const files: PlannedFile[] = [];
  const add = (path: string, text: string, kind: PlannedFile['kind']) => files.push({ path, text, kind, exists: folder.paths.has(path) });
  if (!folder.existing) add('settings.yaml', settingsFile(plan, opts.company), 'settings');
  const settings = folder.existing && opts.settingsText !== undefined ? settingsWithPeriod(opts.settingsText, folder, plan.period) : undefined;
  if (settings) add('settings.yaml', settings, 'settings');
  const overview = overviewFile(plan, opts.intro);
  if (overview) add(`periods/${plan.period.id}.mdx`, overview, 'overview');
  for (const p of plan.people.all.filter((x) => !x.existing)) {
    const comment = p.role ? `角色，不是真人（L${p.line}）：请改成担任此角色的人的姓名和拼音 id。` : `由 npm run import 创建（L${p.line}）。`;
    add(`people/${p.id}.yaml`, yamlText({ id: p.id, name: p.name, ...(p.aliases.length ? { aliases: p.aliases } : {}), ...(p.department ? { department: p.department } : {}), ...(p.title ? { title: p.title } : {}) }, comment), 'person');
  }
  for (const d of plan.departments.filter((x) => !x.existing)) {
    add(`departments/${d.id}.md`, mdx({ id: d.id, name: d.name, ...(d.leads.length ? { leads: d.leads } : {}), ...(d.mission ? { mission: d.mission } : {}) }, '', `由 npm run import 创建（L${d.line}）。id 是名称的拼音，发布前可改短（发布后请不要再改）。`), 'department');
  }
  for (const set of plan.sets) add(set.path, setFile(set, plan, opts.source), 'okr-set');
  return files;
}
