#!/usr/bin/env node
// npm run bench [-- --people 1000 --departments 40 --build]
// Generates an organisation of the given size next to the demo's BSC, then measures the check
// (validate + score), and with --build the build (npm run build's scripts/build.ts) and the weight of a typical page.
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { gzipSync } from 'node:zlib';
import { loadOrganisation, scoreOrganisation } from '../src/core/index.ts';
import { readContentFiles } from '../src/content-files.ts';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '1000' },
    departments: { type: 'string', default: '40' },
    build: { type: 'boolean', default: false },
    keep: { type: 'boolean', default: false },
  },
});
const PEOPLE = Number(values.people);
const DEPARTMENTS = Number(values.departments);
const GOALS = { checkSeconds: 5, buildSeconds: 120, pageGzipKB: 20 };

const dir = mkdtempSync(join(tmpdir(), 'okr-bench-'));
const content = join(dir, 'content');
generate(content);

const t0 = performance.now();
const { org, diagnostics } = loadOrganisation(readContentFiles(content), { today: '2026-11-22', asOf: '2026-11-20' });
const scores = org && scoreOrganisation(org);
const checkSeconds = (performance.now() - t0) / 1000;
const errors = diagnostics.filter((d) => d.severity === 'error');
if (!scores || errors.length) {
  console.error(`The generated content has ${errors.length} errors, e.g.`, errors.slice(0, 3));
  process.exit(1);
}

const rows: [string, string, string, boolean][] = [
  ['content', `${PEOPLE} people, ${DEPARTMENTS} departments, ${org!.sets.length} OKR sets, ${scores.cards.size} scored items`, '', true],
  ['check (validate + score)', `${checkSeconds.toFixed(2)} s`, `< ${GOALS.checkSeconds} s`, checkSeconds < GOALS.checkSeconds],
];

if (values.build) {
  const out = join(dir, 'dist');
  const t1 = performance.now();
  // Through scripts/build.ts, like `npm run build`: it waits for any other build of this checkout (they share
  // Astro's caches) and publishes atomically. Its check of the content is part of the time.
  const build = spawnSync(process.execPath, ['scripts/build.ts'], {
    encoding: 'utf8', maxBuffer: 1 << 30, env: { ...process.env, OKR_CONTENT: content, OKR_OUT_DIR: out, OKR_AS_OF: '2026-11-20' },
  });
  const buildSeconds = (performance.now() - t1) / 1000;
  if (build.status !== 0) {
    console.error(build.stdout.slice(-3000), build.stderr.slice(-3000));
    process.exit(1);
  }
  const pages = walk(out).filter((f) => f.endsWith('.html'));
  const typical = pageWeight(out, join(out, 'people', 'p0001', 'index.html'));
  const withDiagram = pageWeight(out, join(out, '2026', 'p0001', 'index.html'));
  rows.push(
    ['build (check, 2 languages, diagrams, search index)', `${buildSeconds.toFixed(1)} s for ${pages.length} pages`, `< ${GOALS.buildSeconds} s`, buildSeconds < GOALS.buildSeconds],
    ['typical page without diagrams (a person), gzip', `${typical.toFixed(1)} KB HTML + CSS + JS`, `< ${GOALS.pageGzipKB} KB`, typical < GOALS.pageGzipKB],
    ['OKR set page before its diagram loads, gzip', `${withDiagram.toFixed(1)} KB HTML + CSS + JS`, `< ${GOALS.pageGzipKB} KB`, withDiagram < GOALS.pageGzipKB],
    ['search index (pagefind/)', `${(walk(join(out, 'pagefind')).reduce((n, f) => n + statSync(f).size, 0) / 1024 / 1024).toFixed(1)} MB`, '', true],
  );
}

console.log(`\n${'measure'.padEnd(52)} ${'result'.padEnd(44)} goal`);
for (const [name, result, goal, ok] of rows) console.log(`${name.padEnd(52)} ${result.padEnd(44)} ${goal} ${goal ? (ok ? '✓' : '✗ MISSED') : ''}`);
if (!values.keep) {
  rmSync(dir, { recursive: true, force: true });
  // Only this content's Astro cache (the folder astro.config.mjs names after it): other builds may be using theirs.
  rmSync(`node_modules/.astro-content/${createHash('sha1').update(resolve(content)).digest('hex').slice(0, 12)}`, { recursive: true, force: true });
}
else console.log(`\nkept ${dir}`);
process.exit(rows.every((r) => r[3]) ? 0 : 1);

function generate(root: string): void {
  cpSync('content/settings.yaml', join(root, 'settings.yaml'));
  cpSync('content/bsc', join(root, 'bsc'), { recursive: true });
  cpSync('content/people', join(root, 'people'), { recursive: true });
  cpSync('content/departments', join(root, 'departments'), { recursive: true });
  mkdirSync(join(root, 'okrs', '2026'), { recursive: true });
  const metrics = ['clean-revenue', 'net-margin', 'complaint-rate', 'nps', 'sku-density', 'parttime-efficiency', 'ai-agent-uptime'];
  const pad = (n: number, w = 4) => String(n).padStart(w, '0');
  for (let d = 1; d <= DEPARTMENTS; d++) {
    const id = `d${pad(d, 2)}`;
    const lead = `p${pad(d)}`;
    writeFileSync(join(root, 'departments', `${id}.md`), `---\nid: ${id}\nname: 部门${d}\nleads: [${lead}]\nmission: 部门${d}的使命。\n---\n`);
    writeFileSync(join(root, 'okrs', '2026', `${id}.mdx`), set(id, lead, [0, 1, 2].map((o) => `bsc/${metrics[(d + o) % metrics.length]}`)));
  }
  for (let p = 1; p <= PEOPLE; p++) {
    const id = `p${pad(p)}`;
    const dept = `d${pad(((p - 1) % DEPARTMENTS) + 1, 2)}`;
    writeFileSync(join(root, 'people', `${id}.yaml`), `id: ${id}\nname: 员工${p}号\ndepartment: ${dept}\ntitle: 工程师\n`);
    writeFileSync(join(root, 'okrs', '2026', `${id}.mdx`), set(id, id, [0, 1, 2].map((o) => `${dept}/o${o + 1}`)));
  }
}

function set(owner: string, person: string, parents: string[]): string {
  const objectives = parents.map((parent, o) => `  - id: o${o + 1}
    title: 第${o + 1}个方向：让客户更满意，让交付更健康
    alignsTo: [${parent}]
    keyResults:
${[1, 2, 3].map((k) => `      - id: kr${k}
        title: 关键结果${k}：满意度从 70 分提升到 ${80 + k} 分
        owners: [${person}]
        measure: { type: increase, unit: 分, baseline: 70, target: ${80 + k} }
        due: 2026-12-31
        actions: 每周复盘一次，找出最低分的三个环节并改进。
        checkins:
          - { date: 2026-06-30, value: ${72 + k}, note: 上半年进展, sample: true }
          - { date: 2026-10-31, value: ${75 + k}, note: 三季度进展, risks: 人手紧张, next: 招聘两人, sample: true }`).join('\n')}`).join('\n');
  return `---\nowner: ${owner}\nperiod: '2026'\nobjectives:\n${objectives}\n---\n本集合由基准测试生成。\n`;
}

function walk(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' }).map((f) => join(root, f)).filter((f) => statSync(f).isFile());
}

/** gzip size of the HTML plus every CSS and JS file it links (not chunks loaded later on demand), in KB. */
function pageWeight(out: string, file: string): number {
  const html = readFileSync(file, 'utf8');
  const assets = [...html.matchAll(/(?:href|src)="(\/_astro\/[^"]+\.(?:css|js))"/g)].map((m) => readFileSync(join(out, m[1])));
  return [Buffer.from(html), ...assets].reduce((sum, b) => sum + gzipSync(b).length, 0) / 1024;
}
