import type { Lang, Msg } from '../text.ts';
import { msg } from '../text.ts';
import type { PlannedFile } from './emit.ts';
import type { MeasureDraft, NoteKind } from './measure/infer.ts';
import type { Plan } from './plan.ts';

/** One thing the importer read into the document, or could not: with the line it came from. */
export interface ReportItem {
  line: number;
  where?: string;
  status: 'inferred' | 'not-inferred' | 'note';
  message: Msg;
}

export type FileAction = 'create' | 'overwrite' | 'skip';

export interface ImportReport {
  source: string;
  period: string;
  items: ReportItem[];
  counts: { sections: number; objectives: number; keyResults: number; measured: number; notInferred: number };
  people: { created: { id: string; name: string; role: boolean }[]; matched: { id: string; name: string }[] };
  departments: { created: { id: string; name: string }[]; matched: { id: string; name: string }[] };
  files: { path: string; action: FileAction }[];
  check?: { errors: number; warnings: number; summary: string };
}

const NOT_INFERRED: NoteKind[] = ['not-inferred', 'no-baseline', 'due-outside', 'due-vague'];

function describe(m: MeasureDraft): Msg {
  const parts: Msg[] = [msg(m.type, m.type)];
  if (m.target !== undefined) parts.push(msg(`目标 ${m.target}`, `target ${m.target}`));
  if (m.unit) parts.push(msg(`单位 ${m.unit}`, `unit ${m.unit}`));
  if (m.baseline !== undefined) parts.push(msg(`基线 ${m.baseline}`, `baseline ${m.baseline}`));
  if (m.steps) parts.push(msg(`${m.steps.length} 个步骤`, `${m.steps.length} step(s)`));
  return { zh: parts.map((p) => p.zh).join('，'), en: parts.map((p) => p.en).join(', ') };
}

export function buildReport(plan: Plan, files: PlannedFile[], actions: Map<string, FileAction>, source: string): ImportReport {
  const items: ReportItem[] = plan.notes.map((n) => ({ line: n.line, ...(n.where ? { where: n.where } : {}), status: n.kind, message: n.message }));
  let measured = 0;
  for (const set of plan.sets) {
    for (const o of set.objectives) {
      for (const kr of o.krs) {
        const where = `${set.ownerId}/${o.id}/${kr.id}`;
        const { measure, from, due, dueFrom, notes } = kr.inference;
        if (measure) {
          measured++;
          const why = measure.type === 'manual' ? msg('句中没有数字，也不是交付物：持续性工作', 'no number and no deliverable: ongoing work')
            : measure.type === 'milestone' && !from ? msg('句中没有数字：交付物', 'no number: a deliverable')
            : msg(`来自"${from}"`, `from "${from}"`);
          const dueText = due ? msg(`；截止 ${due}（来自"${dueFrom}"）`, `; due ${due} (from "${dueFrom}")`) : msg('；原文没有截止时间，按周期结束（kr-no-due）', '; no due date in the text: the period end applies (kr-no-due)');
          const d = describe(measure);
          items.push({ line: kr.line, where, status: 'inferred', message: msg(`→ ${d.zh}（${why.zh}）${dueText.zh}`, `→ ${d.en} (${why.en})${dueText.en}`) });
        }
        for (const n of notes) items.push({ line: kr.line, where, status: NOT_INFERRED.includes(n.kind) ? 'not-inferred' : 'note', message: n.message });
      }
    }
  }
  for (const a of plan.alignments) items.push({ line: a.line, where: a.where, status: a.inferred ? 'inferred' : 'not-inferred', message: a.message });
  for (const s of plan.people.skipped) {
    items.push({ line: s.line, status: 'note', message: s.kind === 'group' ? msg(`@${s.name} 是部门或团队，不是人员：保留为文字（unknown-mention）`, `@${s.name} is a group, not a person: kept as text (unknown-mention)`) : msg(`@${s.name} 是占位名，不是人员：保留为文字，请换成真实姓名`, `@${s.name} is a placeholder name, not a person: kept as text; write the real name`) });
  }
  items.sort((a, b) => a.line - b.line);
  const objectives = plan.sets.reduce((n, s) => n + s.objectives.length, 0);
  const keyResults = plan.sets.reduce((n, s) => n + s.objectives.reduce((k, o) => k + o.krs.length, 0), 0);
  return {
    source,
    period: plan.period.id,
    items,
    counts: { sections: plan.sets.length, objectives, keyResults, measured, notInferred: items.filter((i) => i.status === 'not-inferred').length },
    people: {
      created: plan.people.all.filter((p) => !p.existing).map((p) => ({ id: p.id, name: p.name, role: p.role })),
      matched: plan.people.all.filter((p) => p.existing).map((p) => ({ id: p.id, name: p.name })),
    },
    departments: {
      created: plan.departments.filter((d) => !d.existing).map((d) => ({ id: d.id, name: d.name })),
      matched: plan.departments.filter((d) => d.existing).map((d) => ({ id: d.id, name: d.name })),
    },
    files: files.map((f) => ({ path: f.path, action: actions.get(f.path) ?? 'create' })),
  };
}

const pick = (m: Msg, lang: Lang) => m[lang];

/** The report as an editor reads it before the pull request. */
export function formatImportReport(r: ImportReport, lang: Lang, out?: string): string {
  const t = (zh: string, en: string) => (lang === 'zh' ? zh : en);
  const line = (i: ReportItem) => `L${i.line}${i.where ? ` ${i.where}` : ''} ${pick(i.message, lang)}`;
  const c = r.counts;
  const list = (xs: { id: string; name: string }[]) => (xs.length ? xs.map((x) => `${x.name} (${x.id})`).join(t('、', ', ')) : t('无', 'none'));
  const files = (action: FileAction) => r.files.filter((f) => f.action === action).map((f) => f.path);
  const lines = [
    t(`导入 ${r.source}${out ? ` → ${out}` : '（试运行，未写入文件）'}，周期 ${r.period}`, `Import ${r.source}${out ? ` → ${out}` : ' (dry run, nothing written)'}, period ${r.period}`),
    t(`${c.sections} 个 OKR 集，${c.objectives} 个目标，${c.keyResults} 个 KR（${c.measured} 个推断出度量），${c.notInferred} 项未能推断`, `${c.sections} OKR set(s), ${c.objectives} objective(s), ${c.keyResults} KR(s) (${c.measured} with an inferred measure), ${c.notInferred} item(s) not inferred`),
    '',
    t('推断：', 'Inferred:'),
    ...r.items.filter((i) => i.status !== 'not-inferred').map((i) => (i.status === 'note' ? `    · ${line(i)}` : line(i))),
    '',
    t('未能推断（请在提交前补上或确认）：', 'Not inferred (fill in or confirm before the pull request):'),
    ...(r.items.some((i) => i.status === 'not-inferred') ? r.items.filter((i) => i.status === 'not-inferred').map(line) : [t('无', 'none')]),
    '',
    t(`新建人员：${r.people.created.map((p) => `${p.name} (${p.id})${p.role ? t('［角色，请改成担任此角色的人］', ' [role, rename to the holder]') : ''}`).join('、') || '无'}`, `People created: ${r.people.created.map((p) => `${p.name} (${p.id})${p.role ? ' [role, rename to the holder]' : ''}`).join(', ') || 'none'}`),
    t(`已有人员：${list(r.people.matched)}`, `People matched: ${list(r.people.matched)}`),
    t(`新建部门：${list(r.departments.created)}`, `Departments created: ${list(r.departments.created)}`),
    t(`已有部门：${list(r.departments.matched)}`, `Departments matched: ${list(r.departments.matched)}`),
    t(`${out ? '写入' : '将写入'}文件：${files('create').join('、') || '无'}`, `Files ${out ? 'written' : 'to write'}: ${files('create').join(', ') || 'none'}`),
  ];
  if (files('overwrite').length) lines.push(t(`覆盖（--force）：${files('overwrite').join('、')}`, `Overwritten (--force): ${files('overwrite').join(', ')}`));
  if (files('skip').length) lines.push(t(`跳过（文件已存在，加 --force 覆盖）：${files('skip').join('、')}`, `Skipped (the file exists; --force overwrites): ${files('skip').join(', ')}`));
  if (r.check) lines.push(t(`检查（npm run check）：${r.check.summary}`, `Check (npm run check): ${r.check.summary}`));
  return lines.join('\n');
}
