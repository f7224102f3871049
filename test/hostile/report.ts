#!/usr/bin/env node
// node test/hostile/report.ts [filter]     (Node 24: `npx node …`, or `npm run hostile -- [filter]`)
// The hostile corpus as a table for people working on it: ok or FAIL per case (a name or family
// containing `filter`), with what went wrong; VERBOSE=1 also prints every message, in both languages.
import { CORPUS } from './corpus.ts';
import { runCorpus } from './pool.ts';
import { judge } from './run.ts';

const filter = process.argv[2] ?? '';
const picked = CORPUS.map((c, i) => ({ c, i })).filter(({ c }) => c.name.includes(filter) || c.family === filter);
const outcomes = await runCorpus(picked.map(({ i }) => i));
let failed = 0;
const width = Math.max(...picked.map(({ c }) => c.name.length), 4);
for (const { c, i } of picked) {
  const outcome = outcomes[i];
  const problems = judge(c, outcome);
  if (problems.length > 0) failed++;
  const ms = `${Math.round(outcome.ms)} ms`.padStart(9);
  console.log(`${problems.length ? 'FAIL' : 'ok  '}  ${c.family.padEnd(10)} ${c.name.padEnd(width)} ${ms}`);
  for (const p of problems) console.log(`        ${p}`);
  if (process.env.VERBOSE && outcome.kind === 'done') {
    for (const d of outcome.diagnostics) {
      console.log(`        ${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule}\n          zh: ${d.message.zh}\n          en: ${d.message.en}`);
    }
  }
}
console.log(`\n${picked.length - failed} ok, ${failed} FAIL of ${picked.length} cases`);
process.exitCode = failed > 0 ? 1 : 0;
