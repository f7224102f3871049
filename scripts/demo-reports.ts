#!/usr/bin/env node
// node scripts/demo-reports.ts — writes the demo's weekly reports (content/reports/<period>/<owner>/<friday>.md), a
// credible year of them, all `sample: true` (示例), computed from the demo content by scripts/lib/demo-reports.ts.
// Re-running gives the same files byte for byte (seeded PRNG; no clock). What the data shows, on purpose:
// - the five departments report weekly from 2026-01-09 to 2026-11-20; 杜康杰 reports his two BSC metrics weekly in
//   2026 and his Q4 set from 2026-10-09; 王俊 his Q4 set from 2026-10-09 to 2026-11-13 (not yet this week).
// - BSC histories follow the causes of content/bsc/2026.mdx: each outcome takes its driver's shape 3 weeks later,
//   passing through the metrics' inline check-ins, in weekly steps above the causal test's rounding threshold. Tested by
//   lagged change agreement (docs/scoring.md), at any lag of 0–4 weeks: six edges are supported; ONE IS NOT:
//   parttime-efficiency → net-margin (productivity improves week after week, the margin falls in H1 and again in Q4:
//   acquisition costs rose faster; it recovers only in July–August, while productivity stands still); and the two
//   edges from sku-density have too few moves to say (the SKU count goes 1 → 2 in April and 2 → 3 in September).
// - a gap of three weeks: sales writes nothing for the weeks of 2026-08-10, 08-17 and 08-24.
// - one confidence drop: service/o1/kr1 (结业 3 个月留存率) falls from 0.75 to 0.35 in the report of 2026-11-13, whose
//   risks ask @姚涣 (and @马长久) for support.
// - no KR or metric gets a report value in a week where it has an inline check-in (the loader merges both).
// - private KRs are left out (a report is public).
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readContentFiles } from '../src/content-files.ts';
import { loadOrganisation } from '../src/core/index.ts';
import { demoReports } from './lib/demo-reports.ts';

const content = fileURLToPath(new URL('../content/', import.meta.url));
const files = readContentFiles(content).filter((f) => !f.path.startsWith('reports/'));
const { org, diagnostics } = loadOrganisation(files, { today: '2026-11-20', asOf: '2026-11-20' });
if (!org) {
  console.error(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message.en).join('\n'));
  process.exit(1);
}
const reports = demoReports(org);
// Every report folder this generator writes is replaced whole, so a report it no longer writes goes away.
for (const folder of new Set([...reports.keys()].map((p) => dirname(p)))) rmSync(join(content, folder), { recursive: true, force: true });
for (const [path, text] of reports) {
  mkdirSync(dirname(join(content, path)), { recursive: true });
  writeFileSync(join(content, path), text);
}
const owners = readdirSync(join(content, 'reports'), { recursive: true }).length;
console.log(`wrote ${reports.size} weekly reports under content/reports/ (${owners} entries)`);
