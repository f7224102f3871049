// Runs one hostile case through the loader and judges the outcome against its `expect`. Shared by the
// vitest runner (corpus.test.ts, in worker threads) and the table for humans (report.ts).
import type { Diagnostic } from '../../src/core/diagnostics.ts';
import { loadOrganisation } from '../../src/core/load/index.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { baseFiles } from '../core/fixture.ts';
import type { HostileCase } from './case.ts';

export const TODAY = '2026-06-30';

/** What happened to a case: the diagnostics, or how it went wrong before there were any. */
export type Outcome =
  | { kind: 'done'; diagnostics: Diagnostic[]; ms: number }
  | { kind: 'threw'; error: string; ms: number }
  | { kind: 'hang'; ms: number };

const utf8 = new TextDecoder('utf-8');

/**
 * The case's content as the loader gets it: the base with the case's files over it. Bytes are decoded
 * the way the content reader does (`readFileSync(…, 'utf8')`: invalid sequences become U+FFFD) and kept
 * beside the text as `bytes`, for a loader that looks at them.
 */
export function caseFiles(c: HostileCase): SourceFile[] {
  const files = new Map<string, SourceFile>(baseFiles().map((f) => [f.path, f]));
  for (const [path, content] of Object.entries(c.files)) {
    files.set(path, typeof content === 'string' ? { path, text: content } : ({ path, text: utf8.decode(content), bytes: content } as SourceFile));
  }
  for (const path of c.delete ?? []) if (!files.delete(path)) throw new Error(`${c.name}: delete names no base file ${path}`);
  return [...files.values()].sort((a, b) => a.path.localeCompare(b.path));
}

export function runCase(c: HostileCase): Outcome {
  const started = performance.now();
  try {
    const { diagnostics } = loadOrganisation(caseFiles(c), { today: TODAY });
    return { kind: 'done', diagnostics, ms: performance.now() - started };
  } catch (error) {
    const e = error as Error;
    return { kind: 'threw', error: `${e?.name}: ${e?.message}\n${e?.stack ?? ''}`.slice(0, 2000), ms: performance.now() - started };
  }
}

/** Raw library or program text that must never reach an editor. */
const RAW = ['at Object.', 'parseAllDocuments', 'undefined', '[object Object]', '    at ', 'TypeError', 'RangeError'];

/** What is wrong with a message: empty, or raw library text (null when it is fine). */
export function messageProblem(text: string | undefined): string | null {
  if (typeof text !== 'string' || text.trim() === '') return 'is empty';
  const raw = RAW.find((r) => text.includes(r));
  return raw ? `contains raw text "${raw.trim()}"` : null;
}

const unique = (ids: string[]) => [...new Set(ids)].sort();
const show = (d: Diagnostic) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}`;
/** The first few diagnostics, for a failure message that stays readable. */
const list = (ds: Diagnostic[]) => `${ds.slice(0, 6).map(show).join('; ')}${ds.length > 6 ? ` … (${ds.length} in all)` : ''}`;

/** Every way the outcome fails the case (empty: the case holds). */
export function judge(c: HostileCase, outcome: Outcome): string[] {
  if (outcome.kind === 'hang') return [`hangs: no result after ${Math.round(outcome.ms / 1000)} s`];
  if (outcome.kind === 'threw') return [`throws: ${outcome.error.split('\n')[0]}`];
  const problems: string[] = [];
  const { diagnostics } = outcome;
  const paths = new Set(caseFiles(c).map((f) => f.path));
  for (const d of diagnostics) {
    if (!paths.has(d.file)) problems.push(`${show(d)}: names no file of the content`);
    if (!(Number.isInteger(d.line) && d.line >= 1 && Number.isInteger(d.col) && d.col >= 1)) problems.push(`${show(d)}: line/column not ≥ 1`);
    for (const lang of ['zh', 'en'] as const) {
      const problem = messageProblem(d.message?.[lang]);
      if (problem) problems.push(`${show(d)}: ${lang} message ${problem}: ${String(d.message?.[lang]).slice(0, 160)}`);
    }
  }
  const errors = unique(diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule));
  const warnings = unique(diagnostics.filter((d) => d.severity === 'warning').map((d) => d.rule));
  const e = c.expect;
  if ('ok' in e) {
    if (diagnostics.length > 0) problems.push(`expected nothing reported, got ${list(diagnostics)}`);
  } else if ('warnings' in e) {
    if (errors.length > 0 || warnings.join() !== unique(e.warnings).join()) {
      problems.push(`expected warnings [${unique(e.warnings)}] and no error, got errors [${errors}] warnings [${warnings}]: ${list(diagnostics)}`);
    }
  } else {
    if (errors.join() !== unique(e.errors).join()) problems.push(`expected errors [${unique(e.errors)}], got [${errors}]: ${list(diagnostics)}`);
    const first = e.errors[0];
    const hit = diagnostics.some((d) => d.severity === 'error' && d.rule === first && d.file === e.at.file && (e.at.line === 'any' || d.line === e.at.line));
    if (!hit && errors.includes(first)) {
      const where = list(diagnostics.filter((d) => d.rule === first));
      problems.push(`expected ${first} at ${e.at.file}:${e.at.line}, got ${where}`);
    }
  }
  return problems;
}
