#!/usr/bin/env node
// npm run check [-- --strict] [--format text|json|github] [--lang zh|en] [--as-of YYYY-MM-DD] [--content DIR]
import { existsSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { formatReport, loadOrganisation, summary, type ReportFormat } from '../src/core/index.ts';
import { isRealDate } from '../src/core/schemas/common.ts';
import { localToday, readContentFiles } from '../src/content-files.ts';

const HELP = `Usage: npm run check -- [options]

Validates the content folder: schemas, people, refs, alignment, BSC weights and OKR-quality lint.
Exits 0 when the content is valid, 1 when there is an error (or, with --strict, a warning),
2 when the command itself is wrong, 3 when the check itself failed (a bug in the portal: please report it).

  --content DIR      content folder (default: content)
  --format FORMAT    text (default), json, or github (::error annotations for GitHub Actions)
  --lang zh|en       message language (default: zh)
  --strict           treat warnings as errors
  --as-of DATE       compute as of this date (default: settings.asOf, else today)
  --today DATE       the date check-in dates are compared with (default: the machine's date)
  --help             show this help`;

function usage(problem: string): never {
  console.error(`${problem}\n\n${HELP}`);
  process.exit(2);
}

let values;
try {
  ({ values } = parseArgs({
    options: {
      content: { type: 'string', default: process.env.OKR_CONTENT ?? 'content' },
      format: { type: 'string', default: 'text' },
      lang: { type: 'string', default: 'zh' },
      strict: { type: 'boolean', default: false },
      'as-of': { type: 'string' },
      today: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  }));
} catch (error) {
  usage((error as Error).message);
}

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const format = values.format as ReportFormat;
const lang = values.lang as 'zh' | 'en';
if (!['text', 'json', 'github'].includes(format)) usage(`Unknown --format "${format}".`);
if (!['zh', 'en'].includes(lang)) usage(`Unknown --lang "${lang}".`);
for (const option of ['as-of', 'today'] as const) {
  const value = values[option];
  if (value !== undefined && !isRealDate(value)) usage(`--${option} "${value}" is not a date; write YYYY-MM-DD.`);
}
if (!existsSync(values.content)) usage(`The content folder "${values.content}" does not exist.`);

let diagnostics;
try {
  ({ diagnostics } = loadOrganisation(readContentFiles(values.content), { today: values.today ?? localToday(), asOf: values['as-of'] }));
} catch (error) {
  // Every problem in the content is a diagnostic; reaching here is the portal's own fault.
  const e = error as Error;
  console.error(lang === 'en'
    ? `The check itself failed: ${e.message}\nThis is a bug in the portal, not a problem in your content. Please report it with this message${process.env.DEBUG ? '' : ' (set DEBUG=1 for the details)'}.`
    : `检查器自身出错：${e.message}\n这是门户的缺陷，不是内容的问题。请把这条消息报告给维护者${process.env.DEBUG ? '' : '（设置 DEBUG=1 可看到详细信息）'}。`);
  if (process.env.DEBUG) console.error(e.stack);
  process.exit(3);
}
const output = formatReport(diagnostics, { format, lang, root: values.content });
if (output) console.log(output);
if (format === 'github') console.error(summary(diagnostics, lang));
const failed = diagnostics.some((d) => d.severity === 'error' || (values.strict && d.severity === 'warning'));
process.exit(failed ? 1 : 0);
