#!/usr/bin/env node
// npm run check [-- --strict] [--format text|json|github] [--lang zh|en] [--as-of YYYY-MM-DD] [--content DIR]
import { parseArgs } from 'node:util';
import { formatReport, loadOrganisation, summary, type ReportFormat } from '../src/core/index.ts';
import { localToday, readContentFiles } from '../src/content-files.ts';

const HELP = `Usage: npm run check -- [options]

Validates the content folder: schemas, people, refs, alignment, BSC weights and OKR-quality lint.
Exits 1 when there is an error (or, with --strict, a warning).

  --content DIR      content folder (default: content)
  --format FORMAT    text (default), json, or github (::error annotations for GitHub Actions)
  --lang zh|en       message language (default: zh)
  --strict           treat warnings as errors
  --as-of DATE       compute as of this date (default: settings.asOf, else today)
  --help             show this help`;

const { values } = parseArgs({
  options: {
    content: { type: 'string', default: process.env.OKR_CONTENT ?? 'content' },
    format: { type: 'string', default: 'text' },
    lang: { type: 'string', default: 'zh' },
    strict: { type: 'boolean', default: false },
    'as-of': { type: 'string' },
    help: { type: 'boolean', default: false },
  },
});

if (values.help) {
  console.log(HELP);
  process.exit(0);
}
const format = values.format as ReportFormat;
const lang = values.lang as 'zh' | 'en';
if (!['text', 'json', 'github'].includes(format) || !['zh', 'en'].includes(lang)) {
  console.error(`Unknown --format or --lang.\n\n${HELP}`);
  process.exit(2);
}

const { diagnostics } = loadOrganisation(readContentFiles(values.content), { today: localToday(), asOf: values['as-of'] });
const output = formatReport(diagnostics, { format, lang, root: values.content });
if (output) console.log(output);
if (format === 'github') console.error(summary(diagnostics, lang));
const failed = diagnostics.some((d) => d.severity === 'error' || (values.strict && d.severity === 'warning'));
process.exit(failed ? 1 : 0);
