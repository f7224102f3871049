import type { SourceFile } from '../source.ts';
import { msg, type Msg } from '../text.ts';
import { emitFiles, type PlannedFile } from './emit.ts';
import { readFolder } from './folder.ts';
import { periodFromId, type PeriodRange } from './measure/period.ts';
import { outline } from './outline.ts';
import { buildPlan, type Plan } from './plan.ts';
import { buildReport, type FileAction, type ImportReport } from './report.ts';

export { formatImportReport, type ImportReport } from './report.ts';
export { inferMeasure, type Inference, type MeasureDraft } from './measure/infer.ts';
export type { PlannedFile } from './emit.ts';

export interface ImportOptions {
  /** Period id (`2026`, `2026-q1`); default: the year in the document's title. */
  period?: string;
  /** The target folder's files; empty for a new folder. */
  folder: SourceFile[];
  /** The document's name, for comments and the report. */
  source: string;
  /** Overwrite files that exist (otherwise they are skipped and reported). */
  force?: boolean;
}

export interface ImportResult {
  plan: Plan;
  /** Every file the import makes; `write` is false for existing files kept without --force. */
  files: (PlannedFile & { write: boolean })[];
  report: ImportReport;
}

export class ImportError extends Error {
  readonly text: Msg;
  constructor(text: Msg) {
    super(text.en);
    this.text = text;
  }
}

/** Turn one OKR document into content files: pure, data in and {path, text} out. */
export function importDocument(text: string, options: ImportOptions): ImportResult {
  const folder = readFolder(options.folder);
  const doc = outline(text);
  const id = options.period ?? /((?:19|20)\d{2})\s*年/.exec(doc.title?.text ?? '')?.[1];
  if (!id) throw new ImportError(msg('文档标题中没有年份：请用 --period 指定周期，如 --period 2026', 'the document title names no year: give the period with --period, e.g. --period 2026'));
  const period: PeriodRange | undefined = folder.periods.find((p) => p.id === id) ?? periodFromId(id);
  if (!period) throw new ImportError(msg(`周期 "${id}" 不在 settings.yaml 中，也不是 2026 或 2026-q1 这样的写法`, `the period "${id}" is not in settings.yaml, nor written like 2026 or 2026-q1`));
  const plan = buildPlan(doc, folder, period);
  const company = folder.company ?? /^(?:19|20)\d{2}\s*年度?\s*(.+?)\s*(?:业务|公司|集团)?\s*(?:的)?\s*OKR/iu.exec(doc.title?.text ?? '')?.[1] ?? '公司';
  if (!folder.existing && company === '公司') {
    plan.notes.push({ line: doc.title?.line ?? 1, kind: 'not-inferred', message: msg('文档没有写公司名称：settings.yaml 写的是"公司"，请改成公司名称', 'the document names no company: settings.yaml says "公司"; write the company name') });
  }
  const settingsText = options.folder.find((f) => /^settings\.ya?ml$/.test(f.path))?.text;
  const files = emitFiles(plan, folder, { source: options.source, company, intro: doc.intro.map((l) => l.text), ...(settingsText !== undefined ? { settingsText } : {}) });
  const actions = new Map<string, FileAction>(files.map((f) => [f.path, f.exists ? (options.force ? 'overwrite' : 'skip') : 'create']));
  return { plan, files: files.map((f) => ({ ...f, write: actions.get(f.path) !== 'skip' })), report: buildReport(plan, files, actions, options.source) };
}
