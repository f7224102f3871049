// npm run okr -- report <owner> [--date YYYY-MM-DD] [--period ID] [--content DIR] [--dry-run] [--lang zh|en]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrganisation } from '../../src/core/index.ts';
import { scaffoldReport } from '../../src/core/edit/report-scaffold.ts';
import { isRealDate } from '../../src/core/schemas/common.ts';
import { localToday, readContentFiles } from '../../src/content-files.ts';
import type { Command } from '../okr.ts';

const help = `Usage: npm run okr -- report <owner> [options]

Writes this week's weekly report for an owner (company, a department or a person: id or name) at
content/reports/<period>/<owner>/<date>.md, with the owner's KRs (and a person's BSC metrics) and their
last values and confidence filled in, and the three sections 本周进展 / 风险同步和资源支持 / 下周计划.
Exits 0 when written, 1 when it cannot be (unknown owner, nothing to report, this week already
reported), 2 when the command line is wrong.

  --date DATE      the report's date (default: today); one report per owner per ISO week
  --period ID      the period (default: the shortest period around the date with the owner's OKRs)
  --content DIR    content folder (default: content)
  --dry-run        print the file instead of writing it
  --lang zh|en     message language (default: zh)
  --help           show this help`;

const command: Command = {
  summary: "write this week's weekly report for an owner, last values filled in",
  help,
  run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args, allowPositionals: true,
        options: {
          date: { type: 'string' }, period: { type: 'string' }, content: { type: 'string', default: process.env.OKR_CONTENT ?? 'content' },
          'dry-run': { type: 'boolean', default: false }, lang: { type: 'string', default: 'zh' },
        },
      });
    } catch (error) {
      console.error(`${(error as Error).message}\n\n${help}`);
      return 2;
    }
    const { values, positionals } = parsed;
    const lang = values.lang === 'en' ? 'en' : 'zh';
    const date = values.date ?? localToday();
    if (positionals.length !== 1 || !isRealDate(date) || !existsSync(values.content)) {
      console.error(`${positionals.length !== 1 ? 'Name one owner.' : !isRealDate(date) ? `--date ${date} is not a date (YYYY-MM-DD).` : `No content folder ${values.content}.`}\n\n${help}`);
      return 2;
    }
    const { org } = loadOrganisation(readContentFiles(values.content), { today: date, asOf: date });
    if (!org) {
      console.error(lang === 'zh' ? '无法读取 settings.yaml：请先运行 npm run check。' : 'settings.yaml cannot be read: run npm run check first.');
      return 1;
    }
    const result = scaffoldReport(org, positionals[0], date, values.period);
    if (!result.ok) {
      console.error(result.problem[lang]);
      return 1;
    }
    const { path, text, previous } = result.scaffold;
    if (values['dry-run']) {
      console.log(text);
      return 0;
    }
    const file = join(values.content, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
    console.log(lang === 'zh' ? `已写入 ${file}` : `Wrote ${file}`);
    if (previous?.sections.next) console.log(`${lang === 'zh' ? '上周计划' : "Last week's plan"}（${previous.src.file}）：\n${previous.sections.next}`);
    console.log(lang === 'zh' ? '填好数值和三节内容后运行 npm run check。' : 'Fill in the values and the three sections, then run npm run check.');
    return 0;
  },
};

export default command;
