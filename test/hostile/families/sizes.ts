// Sizes: huge files, fields, lists and bodies. Either refused with a clear limit (yaml-limits, being
// built in part B) or accepted in reasonable time; never a hang or a crash.
import { base, DEPT, edit, errorAt, LISI, SALES, SETTINGS, withBody, ZHANG, type HostileCase } from '../case.ts';

const family = 'sizes';
const MB = 1024 * 1024;

const krs = (o: number) => `    keyResults:
      - { id: kr1, title: 回访 ${o} 次, measure: { type: increase, unit: 次, target: 10 }, due: 2026-03-31 }
      - { id: kr2, title: 满意度 ${o} 分, measure: { type: at-least, unit: 分, target: 90 }, due: 2026-03-31 }
`;
const manyObjectives = (n: number) => `---
owner: 李四
period: 2026-q1
objectives:
${Array.from({ length: n }, (_, i) => `  - id: o${i + 1}\n    title: 目标 ${i + 1}\n    alignsTo: [sales/o1]\n${krs(i)}`).join('')}---
`;

export const cases: HostileCase[] = [
  {
    name: 'sizes-settings-3mb', family,
    files: { [SETTINGS]: `${base(SETTINGS)}# ${'x'.repeat(3 * MB)}\n` },
    expect: { errors: ['yaml-limits'], at: { file: SETTINGS, line: 1 } },
  },
  {
    name: 'sizes-body-3mb', family,
    files: { [DEPT]: withBody(DEPT, `${'销售部的说明。'.repeat(MB / 2)}\n`) },
    expect: { errors: ['yaml-limits'], at: { file: DEPT, line: 1 } },
  },
  {
    name: 'sizes-person-3mb-aliases', family,
    files: { 'people/h-sizes.yaml': `id: h-sizes\nname: 测试\ndepartment: sales\naliases: [${Array.from({ length: 300_000 }, (_, i) => `a${i}`).join(', ')}]\n` },
    expect: { errors: ['yaml-limits'], at: { file: 'people/h-sizes.yaml', line: 1 } },
  },
  {
    name: 'sizes-deep-flow-1000', family,
    files: { 'people/h-sizes.yaml': `id: h-sizes\nname: 测试\ndepartment: sales\naliases: ${'['.repeat(1000)}${']'.repeat(1000)}\n` },
    expect: { errors: ['yaml-limits'], at: { file: 'people/h-sizes.yaml', line: 4 } },
  },
  // Under the limit: accepted, in reasonable time.
  { name: 'sizes-title-100k', family, files: { [SALES]: edit(SALES, '    title: 重塑用户信任', `    title: 重塑用户信任${'信'.repeat(100_000)}`) }, expect: { ok: true } },
  { name: 'sizes-body-1mb-line', family, files: { [DEPT]: withBody(DEPT, `${'a'.repeat(MB)}\n`) }, expect: { ok: true } },
  { name: 'sizes-aliases-10000', family, files: { 'people/h-sizes.yaml': `id: h-sizes\nname: 测试\ndepartment: sales\naliases: [${Array.from({ length: 10_000 }, (_, i) => `h${i}`).join(', ')}]\n` }, expect: { ok: true } },
  {
    name: 'sizes-checkins-5000', family,
    files: { [SALES]: edit(SALES, '          - { date: 2026-06-15, value: 8.5, note: AI 质检上线 }', Array.from({ length: 5000 }, (_, i) => `          - { date: 2026-06-15, value: ${8 + (i % 3)}, note: 第 ${i} 次 }`).join('\n')) },
    expect: { warnings: ['checkin-date'] }, // the same date 5000 times
  },
  { name: 'sizes-objectives-2000', family, files: { [LISI]: manyObjectives(2000) }, expect: { warnings: ['objective-count'] } },
  { name: 'sizes-people-1000', family, files: Object.fromEntries(Array.from({ length: 1000 }, (_, i) => [`people/h-p${i}.yaml`, `id: h-p${i}\nname: 测试${i}\ndepartment: sales\nmanager: zhang-san\n`])), expect: { ok: true } },
  { name: 'sizes-mentions-5000', family, files: { [DEPT]: withBody(DEPT, `${'@张三 '.repeat(5000)}\n`) }, expect: { ok: true } },
  { name: 'sizes-unknown-mentions-2000', family, files: { [DEPT]: withBody(DEPT, `${Array.from({ length: 2000 }, (_, i) => `@无名${i}`).join(' ')}\n`) }, expect: { warnings: ['unknown-mention'] } },
  // Too many links in one paragraph are refused (the parser is quadratic in them); as a list they are fine.
  { name: 'sizes-links-5000-one-paragraph', family, files: { [DEPT]: withBody(DEPT, `${'[年度](/2026/) '.repeat(5000)}\n`) }, expect: { errors: ['body-limits'], at: { file: DEPT, line: 7 } } },
  { name: 'sizes-links-5000-as-list', family, files: { [DEPT]: withBody(DEPT, `${'- [年度](/2026/)\n'.repeat(5000)}`) }, expect: { ok: true } },
  { name: 'sizes-table-2000-rows', family, files: { [DEPT]: withBody(DEPT, `| 渠道 | 时限 |\n| --- | --: |\n${'| 抖音 | 1 天 |\n'.repeat(2000)}`) }, expect: { ok: true } },
  { name: 'sizes-emphasis-run-20000', family, files: { [DEPT]: withBody(DEPT, `${'*'.repeat(20_000)}a\n`) }, expect: { ok: true } },
  // Nested link brackets cost the Markdown parser their depth squared (10 000: ~6 s; 20 000: > 30 s), like
  // nested containers: a guard must refuse them before parsing.
  {
    name: 'sizes-brackets-12000', family,
    files: { [DEPT]: withBody(DEPT, `${'['.repeat(12_000)}a${']'.repeat(12_000)}\n`) },
    expect: { errors: ['body-limits'], at: { file: DEPT, line: 7 } },
  },
  // Nested images are worse still (5 000: 43 s), and flat links are quadratic within one paragraph.
  {
    name: 'sizes-nested-images-5000', family,
    files: { [DEPT]: withBody(DEPT, `${'!['.repeat(5000)}a${'](x)'.repeat(5000)}\n`) },
    expect: { errors: ['body-limits'], at: { file: DEPT, line: 7 } },
  },
  {
    name: 'sizes-flat-links-20000-lines', family,
    files: { [DEPT]: withBody(DEPT, `${'[a] [b] [c] [d]\n'.repeat(5000)}`) },
    expect: { errors: ['body-limits'], at: { file: DEPT, line: 7 + 500 } },
  },
  { name: 'sizes-html-attributes-5000', family, files: { [DEPT]: withBody(DEPT, `<abbr ${Array.from({ length: 5000 }, (_, i) => `data-x${i}="1"`).join(' ')}>x</abbr>\n`) }, expect: errorAt({ [DEPT]: withBody(DEPT, '<abbr') }, DEPT, '<abbr', ['body-html']) },
  { name: 'sizes-yaml-keys-2000', family, files: { [ZHANG]: `id: zhang-san\nname: 张三\ndepartment: sales\n${Array.from({ length: 2000 }, (_, i) => `k${i}: 1`).join('\n')}\n` }, expect: { errors: ['unknown-field'], at: { file: ZHANG, line: 4 } } },
  { name: 'sizes-ref-list-5000', family, files: { [SALES]: edit(SALES, '    alignsTo: [bsc/nps]', `    alignsTo: [${Array.from({ length: 5000 }, () => 'bsc/nps').join(', ')}]`) }, expect: { ok: true } },
];
