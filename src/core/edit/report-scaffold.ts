import type { KeyResult, Measured, Metric, Organisation, Period, WeeklyReport } from '../model.ts';
import { formatRef, parseRef } from '../refs.ts';
import { latestReading } from '../scoring/current.ts';
import { msg, type Msg } from '../text.ts';
import { isoWeekMonday } from '../week.ts';

/** This week's report for an owner, ready to fill in: its path, its text, and what the editor should know. */
export interface ReportScaffold {
  path: string;
  text: string;
  /** The owner's previous report, whose 下周计划 this week's 本周进展 answers. */
  previous?: WeeklyReport;
}

export type ScaffoldResult = { ok: true; scaffold: ReportScaffold } | { ok: false; problem: Msg };

/**
 * The weekly report file `reports/<period>/<owner>/<date>.md`, with every KR of the owner's set (and
 * for a person, every BSC metric they own) and its last value and confidence as of `date` filled in.
 * A KR with no value yet is written commented out: a number the editor did not give is never a value.
 */
export function scaffoldReport(org: Organisation, ownerWritten: string, date: string, periodId?: string): ScaffoldResult {
  const owner = findOwner(org, ownerWritten);
  if (!owner) {
    return { ok: false, problem: msg(`找不到负责方 "${ownerWritten}"：请写 company、部门或人员的 id 或姓名。`, `No owner "${ownerWritten}": write company, or a department's or person's id or name.`) };
  }
  const period = choosePeriod(org, owner.id, date, periodId);
  if (!period.ok) return period;
  const { id: pid } = period.period;
  const week = isoWeekMonday(date);
  const taken = org.reports.find((r) => r.owner.id === owner.id && r.period === pid && r.week === week);
  if (taken) {
    return { ok: false, problem: msg(`${owner.id} 本周（${week} 起）已有周报 ${taken.src.file}，请直接编辑它。`, `${owner.id} already has this week's report (week of ${week}): edit ${taken.src.file}.`) };
  }
  const set = org.sets.find((s) => s.period === pid && s.owner.id === owner.id);
  const krs = set?.objectives.flatMap((o) => o.keyResults) ?? [];
  const metrics = owner.kind === 'person' ? scorecardMetrics(org, period.period).filter((m) => m.ownerIds.includes(owner.id)) : [];
  const previous = org.reports.filter((r) => r.owner.id === owner.id && r.period === pid && r.date < date).at(-1);
  const author = owner.kind === 'department' ? org.departments.find((d) => d.id === owner.id)?.leadIds[0] : undefined;
  const lines = ['---'];
  if (author) lines.push(`author: ${org.people.find((p) => p.id === author)?.name ?? author}`);
  const entries = [
    ...krs.map((kr) => entry(formatRef(parseRef(kr.key)!, pid), kr.title, kr, date)),
    ...metrics.map((m) => entry(`bsc/${m.id}`, m.name, m, date)),
  ];
  if (entries.length > 0) lines.push('values:', ...entries.flat());
  lines.push('---', '## 本周进展', '', '', '## 风险同步和资源支持', '', '', '## 下周计划', '', '');
  return { ok: true, scaffold: { path: `reports/${pid}/${owner.id}/${date}.md`, text: `${lines.join('\n')}`, previous } };
}

function findOwner(org: Organisation, written: string): { kind: 'company' | 'department' | 'person'; id: string } | undefined {
  if (written === 'company' || written === org.settings.company) return { kind: 'company', id: 'company' };
  const dept = org.departments.find((d) => d.id === written || d.name === written);
  if (dept) return { kind: 'department', id: dept.id };
  const person = org.people.find((p) => p.id === written || p.name === written || p.aliases.includes(written));
  return person && { kind: 'person', id: person.id };
}

/** The period written, else the shortest period around `date` in which the owner has OKRs (a quarter before its year). */
function choosePeriod(org: Organisation, ownerId: string, date: string, written?: string): { ok: true; period: Period } | { ok: false; problem: Msg } {
  if (written !== undefined) {
    const p = org.periods.find((x) => x.id === written);
    return p ? { ok: true, period: p } : { ok: false, problem: msg(`没有周期 ${written}。`, `There is no period ${written}.`) };
  }
  const around = org.periods.filter((p) => p.start <= date && date <= p.end).sort((a, b) => a.end.localeCompare(b.end) || b.start.localeCompare(a.start));
  const withSet = around.find((p) => org.sets.some((s) => s.period === p.id && s.owner.id === ownerId));
  const withMetrics = around.find((p) => scorecardMetrics(org, p).some((m) => m.ownerIds.includes(ownerId)));
  const period = withSet ?? withMetrics;
  if (period) return { ok: true, period };
  return { ok: false, problem: msg(`${ownerId} 在 ${date} 所在的周期里既没有 OKR，也不负责 BSC 指标，没有可填的数值。可以用 --period 指定周期。`,
    `${ownerId} has no OKRs and owns no BSC metric in the periods around ${date}, so there is nothing to report. Name one with --period.`) };
}

function scorecardMetrics(org: Organisation, period: Period): Metric[] {
  return [period.id, ...period.ancestors].flatMap((p) => org.bscs.find((b) => b.period === p)?.metrics ?? []);
}

function entry(ref: string, title: string, item: Measured & Partial<Pick<KeyResult, 'measure'>>, date: string): string[] {
  const type = item.measure?.type;
  const comment = `  # ${title.replace(/\s+/g, ' ')}`;
  if (type === 'milestone') return [`${comment}（里程碑：完成的步骤在 OKR 文件里标 done）`, `  # ${ref}: { confidence: }`];
  const field = type === 'manual' ? 'progress' : 'value';
  const last = latestReading(item, date, field);
  const confidence = [...item.checkins].reverse().find((c) => c.date <= date && c.confidence !== undefined)?.confidence;
  if (!last) return [`${comment}（还没有数值：填写后去掉下一行行首的 #）`, `  # ${ref}: { ${field}: , confidence: }`];
  const parts = [`${field}: ${last.value}`, ...(confidence === undefined ? [] : [`confidence: ${confidence}`])];
  return [`${comment}（上次 ${last.date}：${last.value}）`, `  ${ref}: { ${parts.join(', ')} }`];
}
