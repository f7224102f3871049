// npm run okr -- new-period <to> --from <from> [--content DIR] [--force] [--dry-run] [--lang zh|en]
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { loadOrganisation } from '../../src/core/index.ts';
import { newPeriod } from '../../src/core/edit/new-period.ts';
import { localToday, readContentFiles } from '../../src/content-files.ts';
import type { Command } from '../okr.ts';

const help = `Usage: npm run okr -- new-period <to> --from <from> [options]

Copies every OKR set of the period <from> to the period <to> (content/okrs/<to>/<owner>.mdx). Add <to>
to periods in settings.yaml first. Every field is kept (titles, measures, owners, collaborators, weights,
actions, visibility, the body, the YAML comments); for the new period:
  - baselines of increase/decrease KRs become the latest value by the end of <from>
    (label: "<from name> 末"); relative targets stay relative
  - due dates inside <from> become the end of <to>; milestone steps shift by as many days, not done
  - alignsTo points at the same item in <to> (or its year) where it exists there, else it stays on the
    old period and the report says so
  - check-ins and self-assessments are removed
Prints what it did to each file. Exits 0 when written, 1 when it cannot (unknown period, nothing to
copy, a file exists without --force), 2 when the command line is wrong.

  --from ID        the period to copy from (required)
  --content DIR    content folder (default: content)
  --force          overwrite files that already exist
  --dry-run        print the files instead of writing them
  --lang zh|en     message language (default: zh)
  --help           show this help`;

const command: Command = {
  summary: 'copy every OKR set of a period to the next one: baselines from the last values, reset progress',
  help,
  run(args) {
    let parsed;
    try {
      parsed = parseArgs({
        args, allowPositionals: true,
        options: {
          from: { type: 'string' }, content: { type: 'string', default: process.env.OKR_CONTENT ?? 'content' },
          force: { type: 'boolean', default: false }, 'dry-run': { type: 'boolean', default: false }, lang: { type: 'string', default: 'zh' },
        },
      });
    } catch (error) {
      console.error(`${(error as Error).message}\n\n${help}`);
      return 2;
    }
    const { values, positionals } = parsed;
    const lang = values.lang === 'en' ? 'en' : 'zh';
    if (positionals.length !== 1 || !values.from || !existsSync(values.content)) {
      console.error(`${positionals.length !== 1 ? 'Name one period to copy to.' : !values.from ? 'Say which period to copy from: --from <period>.' : `No content folder ${values.content}.`}\n\n${help}`);
      return 2;
    }
    const files = readContentFiles(values.content);
    const today = localToday();
    const { org } = loadOrganisation(files, { today, asOf: today });
    if (!org) {
      console.error(lang === 'zh' ? 'settings.yaml 无法读取：先运行 npm run check。' : 'settings.yaml cannot be read: run npm run check first.');
      return 1;
    }
    const result = newPeriod(org, files, values.from, positionals[0]);
    if (!result.ok) {
      console.error(result.error[lang]);
      return 1;
    }
    const existing = result.files.filter((f) => existsSync(join(values.content, f.path)));
    if (existing.length && !values.force && !values['dry-run']) {
      console.error(lang === 'zh'
        ? `这些文件已经存在，没有写入任何文件：\n${existing.map((f) => `  ${join(values.content, f.path)}`).join('\n')}\n要覆盖它们，加上 --force。`
        : `These files exist already; nothing was written:\n${existing.map((f) => `  ${join(values.content, f.path)}`).join('\n')}\nAdd --force to overwrite them.`);
      return 1;
    }
    for (const f of result.files) {
      const path = join(values.content, f.path);
      const lines = f.report.map((m) => `  ${m[lang]}`).join('\n');
      if (values['dry-run']) {
        console.log(`# ${path} (${lang === 'zh' ? '预览，未写入' : 'dry run, not written'})\n${lines}\n${f.text}`);
        continue;
      }
      mkdirSync(dirname(path), { recursive: true });
      writeFileSync(path, f.text);
      console.log(`${join(values.content, f.from)} → ${path}\n${lines}`);
    }
    if (!values['dry-run']) console.log(lang === 'zh' ? `已写入 ${result.files.length} 个文件。运行 npm run check 检查新周期。` : `Wrote ${result.files.length} files. Run npm run check on the new period.`);
    return 0;
  },
};

export default command;
