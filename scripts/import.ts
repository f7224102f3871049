#!/usr/bin/env node
// npm run import -- <file> [--period 2026] [--out DIR] [--force] [--format text|json] [--lang zh|en]
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrganisation, summary } from '../src/core/index.ts';
import { countBySeverity } from '../src/core/diagnostics.ts';
import { formatImportReport, importDocument, ImportError } from '../src/core/import/index.ts';
import type { SourceFile } from '../src/core/source.ts';
import { localToday, readContentFiles } from '../src/content-files.ts';

const HELP = `Usage: npm run import -- <file> [options]

Turns one OKR document (Markdown or plain text, e.g. exported from 钉钉 or 飞书) into content files,
and prints a report of every inference with its source line. Without --out nothing is written.
Exits 0 when the import ran (whatever the check says), 1 when the document cannot be imported,
2 when the command itself is wrong.

  --out DIR          write here: a new or empty folder gets a complete content folder; an existing
                     content folder is added to (people, departments and periods matched)
  --period ID        period id, e.g. 2026 or 2026-q1 (default: the year in the document's title)
  --force            overwrite files that already exist (otherwise they are skipped and listed)
  --format FORMAT    text (default) or json
  --lang zh|en       report language (default: zh)
  --help             show this help`;

function usage(problem: string): never {
  console.error(`${problem}\n\n${HELP}`);
  process.exit(2);
}

let parsed;
try {
  parsed = parseArgs({
    allowPositionals: true,
    options: {
      out: { type: 'string' },
      period: { type: 'string' },
      force: { type: 'boolean', default: false },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'zh' },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  usage((error as Error).message);
}
const { values, positionals } = parsed;
if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const lang = values.lang as 'zh' | 'en';
if (!['text', 'json'].includes(values.format)) usage(`Unknown --format "${values.format}".`);
if (!['zh', 'en'].includes(lang)) usage(`Unknown --lang "${lang}".`);
if (positionals.length !== 1) usage(positionals.length ? `One document at a time; got ${positionals.length}.` : 'Which document? Give its path.');
const file = positionals[0];
if (!existsSync(file) || !statSync(file).isFile()) usage(`The document "${file}" does not exist.`);
if (values.period !== undefined && !/^[a-z0-9][a-z0-9-]*$/.test(values.period)) usage(`--period "${values.period}" is not a period id; write e.g. 2026 or 2026-q1.`);
const out = values.out;
if (out && existsSync(out) && !statSync(out).isDirectory()) usage(`--out "${out}" is a file, not a folder.`);

const folder: SourceFile[] = out && existsSync(out) ? readContentFiles(out) : [];
if (out && folder.length > 0 && !folder.some((f) => /^settings\.ya?ml$/.test(f.path))) {
  usage(`--out "${out}" is neither empty nor a content folder (it has no settings.yaml).`);
}

let result;
try {
  result = importDocument(readFileSync(file, 'utf8'), { folder, source: basename(file), force: values.force, ...(values.period ? { period: values.period } : {}) });
} catch (error) {
  if (!(error instanceof ImportError)) throw error;
  console.error(error.text[lang]);
  process.exit(1);
}

// What the folder would hold after the import: checked whether or not anything is written.
const after = new Map(folder.map((f) => [f.path, f.text]));
for (const f of result.files) if (f.write) after.set(f.path, f.text);
const { diagnostics } = loadOrganisation([...after].map(([path, text]) => ({ path, text })), { today: localToday() });
const counts = countBySeverity(diagnostics);
result.report.check = { errors: counts.error, warnings: counts.warning, summary: summary(diagnostics, lang) };

if (out) {
  for (const f of result.files) {
    if (!f.write) continue;
    const target = join(out, f.path);
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, f.text);
  }
}

if (values.format === 'json') {
  console.log(JSON.stringify({ ...result.report, out: out ?? null, files: result.report.files.map((f) => ({ ...f, ...(out ? {} : { text: result.files.find((x) => x.path === f.path)!.text }) })) }, null, 2));
} else {
  if (!out) {
    for (const f of result.files) console.log(`===== ${f.path}${f.write ? '' : lang === 'zh' ? '（已存在，将跳过）' : ' (exists, would be skipped)'}\n${f.text}`);
  }
  console.log(formatImportReport(result.report, lang, out));
}
