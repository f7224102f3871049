import type { Bsc, KeyResult, Located, Measured, OkrSet, Organisation, Period, WeeklyReport } from '../model.ts';
import { formatRef, parseRef, refKey, scorecardKey, setKey } from '../refs.ts';
import type { Checkin } from '../schemas/checkin.ts';
import type { ReportData } from '../schemas/report.ts';
import type { ParsedFile } from '../source.ts';
import { didYouMean, msg, nearest } from '../text.ts';
import { checkReadingKind, type ReadingKind } from './checkins.ts';
import type { Directory } from './directory.ts';
import { checkTextMentions } from './prose.ts';
import { mentionedPeople, REPORT_SECTIONS, splitSections } from './report-body.ts';
import type { Reporter } from './reporter.ts';
import type { Valid } from './validate.ts';
import type { Broken } from './broken.ts';
import { isoWeekMonday } from '../week.ts';

interface Ctx {
  rep: Reporter;
  dir: Directory;
  today: string;
}

/** What reports give values to, as the build made it; `broken` covers the sets and BSCs that failed to load. */
export interface Sources {
  sets: Map<string, OkrSet>;
  bscs: Map<string, Bsc>;
  broken: Broken;
}

/** What a report may give a value to: a KR of a set, or a BSC metric or guard of the period or its year. */
interface Target {
  key: string;
  item: Measured;
  kind: ReadingKind;
}

const PATH = /^reports\/([^/]+)\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.mdx?$/;
const EXAMPLE = 'reports/2026/market/2026-03-06.md';

/**
 * Weekly reports: where each file says it is (period, owner, date), one per owner per ISO week, and each
 * value for a KR or metric that exists and of the kind its measure reads. Every problem is reported; a
 * report that cannot be placed is left out, and a value that cannot be given is dropped from it.
 */
export function buildReports(files: Valid<ReportData>[], sources: Sources, ctx: Ctx): WeeklyReport[] {
  const reports: WeeklyReport[] = [];
  const weeks = new Map<string, string>();
  for (const { file, data } of [...files].sort((a, b) => a.file.path.localeCompare(b.file.path))) {
    const report = buildReport(file, data, sources, ctx);
    if (!report) continue;
    const weekKey = `${report.period}:${report.owner.id}@${report.week}`;
    const first = weeks.get(weekKey);
    if (first) {
      ctx.rep.error('report-week', report.src, [], msg(`${first} 已是 ${report.owner.id} 在 ${report.week} 这一周（周一至周日）的周报；每个负责方每周一份。请把两份合并为一份，删除 ${report.src.file}。`,
        `${first} already reports ${report.owner.id}'s week of ${report.week} (Monday to Sunday); an owner writes one report a week. Merge the two and delete ${report.src.file}.`));
      continue;
    }
    weeks.set(weekKey, report.src.file);
    reports.push(report);
  }
  return reports.sort((a, b) => a.owner.id.localeCompare(b.owner.id) || a.period.localeCompare(b.period) || a.date.localeCompare(b.date));
}

function buildReport(file: ParsedFile, data: ReportData, sources: Sources, ctx: Ctx): WeeklyReport | undefined {
  const { rep, dir } = ctx;
  const src: Located = { file: file.path, path: [] };
  const m = PATH.exec(file.path);
  if (!m) {
    rep.error('report-path', src, [], msg(`周报的位置应为 reports/<周期 id>/<负责方 id>/<日期>.md，例如 ${EXAMPLE}；${file.path} 不是。周期与负责方取自文件夹，日期取自文件名。`,
      `A weekly report lives at reports/<period id>/<owner id>/<date>.md, e.g. ${EXAMPLE}; ${file.path} does not. The folders give the period and the owner, the file name the date.`));
    return undefined;
  }
  const [, periodId, ownerId, date] = m;
  const period = dir.resolvePeriod(periodId, src, []);
  const owner = dir.resolveOwner(ownerId, src, []);
  if (!period || !owner) return undefined;
  if (owner.id !== ownerId) {
    rep.warn('file-name', src, [], msg(`文件夹 ${ownerId} 指的是 ${owner.id}；请把文件夹改名为 reports/${periodId}/${owner.id}/，与其他周报放在一起。`,
      `The folder ${ownerId} means ${owner.id}; rename it to reports/${periodId}/${owner.id}/ so it sits with the other reports.`));
  }
  if (!checkDate(date, period, src, ctx)) return undefined;
  const set = sources.sets.get(setKey(period.id, owner.id));
  const authorId = data.author === undefined ? (owner.kind === 'person' ? owner.id : undefined) : dir.resolvePerson(data.author, src, ['author']);
  const { sections, missing } = splitSections(file.body);
  if (missing.length > 0) {
    const names = (lang: 'zh' | 'en') => missing.map((k) => REPORT_SECTIONS.find((s) => s.key === k)!.heading).join(lang === 'zh' ? '、' : ', ');
    rep.push({
      file: file.path, line: file.bodyLine, col: 1, severity: 'warning', rule: 'report-sections',
      message: msg(`周报缺少 ${names('zh')}。按 003 的周报模板，正文有三节：## 本周进展、## 风险同步和资源支持（需要谁支持就 @谁）、## 下周计划；没有内容的一节写"无"。`,
        `The report has no ${names('en')}. 003's template has three sections: ## 本周进展 (progress), ## 风险同步和资源支持 (risks, @mention whoever should help), ## 下周计划 (next week); write 无 under a section with nothing to say.`),
    });
  }
  const values = buildValues(data, { ...sources, period, owner, set, scorecards: [period.id, ...period.ancestors].map((p) => sources.bscs.get(p)).filter((b): b is Bsc => !!b), authorId, date, sample: data.sample ?? false, file: file.path }, ctx);
  return {
    key: `${period.id}:${owner.id}@${date}`, period: period.id, owner, date, week: isoWeekMonday(date), authorId, values,
    body: file.body, sections, asks: mentionedPeople(sections.risks, dir.lookup), sample: data.sample ?? false, src,
  };
}

function checkDate(date: string, period: Period, src: Located, { rep, today }: Ctx): boolean {
  if (!isRealDateString(date)) {
    rep.error('report-path', src, [], msg(`文件名 ${date} 不是真实的日期。请用 YYYY-MM-DD 命名周报，例如 ${EXAMPLE}。`,
      `The file name ${date} is not a real date. Name a report YYYY-MM-DD, e.g. ${EXAMPLE}.`));
    return false;
  }
  if (date < period.start || date > period.end) {
    rep.error('report-date', src, [], msg(`周报日期 ${date} 不在周期 ${period.id}（${period.start} 至 ${period.end}）之内。请改正文件名中的日期，或把文件移到该日期所在周期的文件夹。`,
      `The report is dated ${date}, outside the period ${period.id} (${period.start} to ${period.end}). Fix the date in the file name, or move the file to the folder of the period that date is in.`));
    return false;
  }
  if (date > today) {
    rep.warn('report-date', src, [], msg(`周报日期 ${date} 在今天（${today}）之后，是否写错了？在该日期之前，它的数值不会被计入。`,
      `The report is dated ${date}, after today (${today}). Is it a typo? Its values do not count before that date.`));
  }
  return true;
}

function isRealDateString(s: string): boolean {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
}

interface Place extends Sources {
  period: Period;
  owner: { kind: string; id: string };
  set?: OkrSet;
  /** The BSCs that apply: the period's own, then its year's. */
  scorecards: Bsc[];
  authorId?: string;
  date: string;
  sample: boolean;
  file: string;
}

function buildValues(data: ReportData, place: Place, ctx: Ctx): WeeklyReport['values'] {
  const { rep, dir } = ctx;
  const values: WeeklyReport['values'] = [];
  const where: Located = { file: place.file, path: ['values'] };
  for (const [written, v] of Object.entries(data.values ?? {})) {
    const target = findTarget(written, place, where, ctx);
    if (!target) continue;
    checkReadingKind(v, target.kind, where, (field) => [written, field], rep);
    checkTextMentions(v.note, where, [written, 'note'], rep, dir);
    if (v.value === undefined && v.progress === undefined && v.confidence === undefined && !v.note) {
      rep.warn('checkin-empty', where, [written], msg(`周报给 ${written} 的这一项没有任何内容：请写 value/progress、confidence 或 note，或删去这一项。`,
        `The report's entry for ${written} says nothing: give a value or progress, a confidence or a note, or remove it.`));
      continue;
    }
    const checkin: Checkin = {
      date: place.date, ...pick(v), ...(place.authorId ? { by: place.authorId } : {}), ...(place.sample ? { sample: true } : {}), report: place.file,
    };
    values.push({ key: target.key, checkin });
  }
  return values;
}

function pick(v: NonNullable<ReportData['values']>[string]): Partial<Checkin> {
  const out: Partial<Checkin> = {};
  if (v.value !== undefined) out.value = v.value;
  if (v.progress !== undefined) out.progress = v.progress;
  if (v.confidence !== undefined) out.confidence = v.confidence;
  if (v.note !== undefined) out.note = v.note;
  return out;
}

function findTarget(written: string, place: Place, where: Located, { rep }: Ctx): Target | undefined {
  const ref = parseRef(written);
  const fail = (zh: string, en: string, options: string[] = []) => {
    const hint = didYouMean(nearest(written, options));
    rep.report('error', 'unknown-ref', where, [written], msg(`${zh}${hint.zh}`, `${en}${hint.en ? ` ${hint.en}` : ''}`), 'key');
    return undefined;
  };
  if (!ref || (ref.kind !== 'kr' && ref.kind !== 'bsc') || (ref.period !== undefined && ref.period !== place.period.id)) {
    return fail(`"${written}" 不是周报能填数值的引用：KR 写作 ${place.owner.id}/o1/kr1，BSC 指标写作 bsc/<指标 id>，都不带周期。`,
      `"${written}" is not a ref a report gives a value to: a KR is ${place.owner.id}/o1/kr1, a BSC metric bsc/<metric id>, both without a period.`, ownKrRefs(place));
  }
  if (ref.kind === 'bsc') {
    const all = place.scorecards.flatMap((b) => [...b.metrics, ...b.guards].map((m) => ({ bsc: b, m })));
    const found = all.find(({ m }) => m.id === ref.item);
    if (!found) {
      if ([place.period.id, ...place.period.ancestors].some((p) => place.broken.coversKey(scorecardKey(p)))) return undefined;
      if (place.scorecards.length === 0) return fail(`周期 ${place.period.id} 没有 BSC，无法填写 ${written}。`, `The period ${place.period.id} has no BSC, so ${written} cannot be reported.`);
      return fail(`BSC 中没有指标 ${ref.item}。`, `The BSC has no metric ${ref.item}.`, all.map(({ m }) => `bsc/${m.id}`));
    }
    const kind: ReadingKind = 'perspectiveId' in found.m ? found.m.measure.type : 'indicator';
    return { key: found.m.key, item: found.m, kind };
  }
  const kr = krOf(place, ref.owner, ref.objective, ref.kr);
  if (kr === 'broken') return undefined;
  if (!kr) {
    return fail(`${place.owner.id} 在 ${place.period.id} 的 OKR 中没有 KR ${written}。周报只能填写本负责方的 KR（或本人负责的 KR）。`,
      `${place.owner.id}'s OKRs for ${place.period.id} have no KR ${written}. A report gives values to its owner's KRs (or the KRs its owner answers for).`, ownKrRefs(place));
  }
  if (ref.owner !== place.owner.id && !kr.ownerIds.includes(place.owner.id)) {
    return fail(`${written} 属于 ${ref.owner} 的 OKR，${place.owner.id} 不是它的负责人；请在 ${ref.owner} 的周报里填写它。`,
      `${written} is in ${ref.owner}'s OKRs and ${place.owner.id} does not own it; report it in ${ref.owner}'s report.`);
  }
  return { key: kr.key, item: kr, kind: kr.measure?.type };
}

/** The KR a ref names in the report's period; 'broken' when its set (or that KR) failed to load, which is reported already. */
function krOf(place: Place, owner: string, objective: string, kr: string): KeyResult | 'broken' | undefined {
  const key = setKey(place.period.id, owner);
  const set = place.sets.get(key);
  if (!set) return place.broken.coversKey(key) ? 'broken' : undefined;
  const krKey = refKey({ kind: 'kr', period: place.period.id, owner, objective, kr });
  const found = set.objectives.find((o) => o.id === objective)?.keyResults.find((k) => k.key === krKey);
  return found ?? (set.partial ? 'broken' : undefined);
}

function ownKrRefs(place: Place): string[] {
  return (place.set?.objectives ?? []).flatMap((o) => o.keyResults.map((k) => formatRef({ kind: 'kr', owner: place.owner.id, objective: o.id, kr: k.id })));
}

/**
 * Each report's values become check-ins of the KRs and metrics they name, after the content's own checks
 * ran on the check-ins as written. On a day that has both, the check-in written in the OKR or BSC file
 * wins: it was set explicitly.
 */
/** Every KR, metric and guard by its model key. */
export function measuredItems(org: Pick<Organisation, 'sets' | 'bscs'>): Map<string, Measured> {
  const items = new Map<string, Measured>();
  for (const set of org.sets) for (const o of set.objectives) for (const kr of o.keyResults) items.set(kr.key, kr);
  for (const bsc of org.bscs) for (const m of [...bsc.metrics, ...bsc.guards]) items.set(m.key, m);
  return items;
}

export function attachReports(reports: WeeklyReport[], items: Map<string, Measured>): void {
  const touched = new Set<Measured>();
  for (const r of reports) {
    for (const { key, checkin } of r.values) {
      const item = items.get(key);
      if (!item) continue;
      item.checkins.push(checkin);
      touched.add(item);
    }
  }
  for (const item of touched) item.checkins.sort((a, b) => a.date.localeCompare(b.date) || Number(b.report !== undefined) - Number(a.report !== undefined));
}
