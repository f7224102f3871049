// Structure: the right fields with the wrong shapes (lists for maps, maps for lists, nulls, scalars),
// empty files, files in the wrong place, files taken away.
import { BSC, DEPT, edit, errorAt, LISI, SALES, SETTINGS, ZHANG, type HostileCase } from '../case.ts';

const family = 'structure';

function shape(name: string, file: string, from: string, to: string, errors: string[], needle = to.trim().split('\n')[0]): HostileCase {
  const files = { [file]: edit(file, from, to) };
  return { name: `structure-${name}`, family, files, expect: errorAt(files, file, needle, errors) };
}
function whole(name: string, file: string, text: string, errors: string[], needle: string, line?: number): HostileCase {
  const files = { [file]: text };
  return { name: `structure-${name}`, family, files, expect: line ? { errors, at: { file, line } } : errorAt(files, file, needle, errors) };
}

const PERSON = 'people/h-structure.yaml';
const HEAD = '---\nowner: 李四\nperiod: 2026-q1\n';

export const cases: HostileCase[] = [
  // A person file of its own (no one names h-structure), so only the file itself is reported.
  whole('person-empty-file', PERSON, '', ['missing-field'], '', 1),
  whole('person-comment-only', PERSON, '# 只有注释\n', ['missing-field'], '', 1),
  whole('person-scalar', PERSON, '张三\n', ['invalid-value'], '张三'),
  whole('person-list', PERSON, '- id: h-structure\n- name: 测试\n', ['invalid-value'], '- id'),
  whole('person-null', PERSON, '~\n', ['missing-field'], '~'),
  whole('settings-empty', SETTINGS, '', ['missing-field'], '', 1),
  whole('settings-list', SETTINGS, '- company: 示例公司\n', ['invalid-value'], '- company'),
  whole('frontmatter-empty', LISI, '---\n---\n', ['missing-field'], '---', 2),
  whole('frontmatter-list', LISI, '---\n- owner: 李四\n---\n', ['invalid-value'], '- owner'),
  whole('okr-set-no-frontmatter', LISI, '# 李四的 OKR\n\n- O1 让合规成为习惯\n', ['frontmatter'], '# 李四'),
  whole('objectives-map', LISI, `${HEAD}objectives:\n  o1:\n    title: 让合规成为习惯\n---\n`, ['invalid-value'], '  o1:'),
  whole('objectives-null', LISI, `${HEAD}objectives: ~\n---\n`, ['invalid-value'], 'objectives:'),
  whole('objectives-string', LISI, `${HEAD}objectives: 全部目标\n---\n`, ['invalid-value'], 'objectives:'),
  whole('key-results-string', LISI, `${HEAD}objectives:\n  - id: o1\n    title: 让合规成为习惯\n    alignsTo: [sales/o1]\n    keyResults: 完成 SOP\n---\n`, ['invalid-value'], 'keyResults:'),
  whole('key-results-list-of-lists', LISI, `${HEAD}objectives:\n  - id: o1\n    title: 让合规成为习惯\n    alignsTo: [sales/o1]\n    keyResults: [[kr1, 完成 SOP]]\n---\n`, ['invalid-value'], 'keyResults:'),
  shape('measure-list', SALES, "measure: { type: at-least, unit: '%', target: 30 }", "measure: [at-least, '%', 30]", ['invalid-value'], 'measure: [at-least'),
  shape('measure-null', SALES, "measure: { type: at-least, unit: '%', target: 30 }", 'measure: ~', ['invalid-value'], 'measure: ~'),
  shape('checkins-map', SALES, '        checkins:\n          - { date: 2026-06-15, value: 8.5, note: AI 质检上线 }', '        checkins: { date: 2026-06-15, value: 8.5 }', ['invalid-value'], 'checkins: {'),
  shape('steps-null', SALES, '          steps:\n            - { title: SOP 定稿, due: 2026-03-31, done: 2026-03-20 }\n            - { title: 全员培训, due: 2026-09-30 }', '          steps: ~', ['invalid-value'], 'steps: ~'),
  shape('owners-map', SALES, '        owners: [王五]\n        measure: { type: increase', '        owners: { 王五: true }\n        measure: { type: increase', ['invalid-value'], 'owners: {'),
  shape('owner-list', LISI, 'owner: 李四', 'owner: [李四, 王五]', ['invalid-value'], 'owner:'),
  shape('title-map', SALES, '    title: 重塑用户信任', '    title: { zh: 重塑用户信任 }', ['invalid-value'], 'title: {'),
  shape('aliases-map', 'people/li-si.yaml', 'aliases: [Lisa李四]', 'aliases: { en: Lisa }', ['invalid-value'], 'aliases:'),
  shape('periods-map', SETTINGS, "periods:\n  - id: '2026'\n    name: 2026 年度\n    start: 2026-01-01\n    end: 2026-12-31\n  - id: 2026-q1\n    name: 2026 Q1\n    start: 2026-01-01\n    end: 2026-03-31\n    parent: '2026'",
    "periods:\n  '2026': { name: 2026 年度, start: 2026-01-01, end: 2026-12-31 }\n  2026-q1: { name: 2026 Q1, start: 2026-01-01, end: 2026-03-31, parent: '2026' }", ['invalid-value'], "'2026': {"),
  shape('perspectives-string', BSC, 'perspectives:\n  - { id: finance, name: 财务, weight: 60 }\n  - { id: customer, name: 客户, weight: 40 }', 'perspectives: 财务和客户', ['invalid-value'], 'perspectives:'),
  shape('leads-number', DEPT, 'leads: [张三]', 'leads: 3', ['invalid-value'], 'leads:'),
  {
    name: 'structure-okr-set-wrong-extension', family,
    files: { 'okrs/2026/h-structure.txt': 'owner: 李四\n' },
    expect: { errors: ['unknown-file'], at: { file: 'okrs/2026/h-structure.txt', line: 1 } },
  },
  { name: 'structure-stray-file', family, files: { 'notes/h-structure.bin': new Uint8Array([0, 1, 2, 255]) }, expect: { warnings: ['unknown-file'] } },
  { name: 'structure-readme-ignored', family, files: { 'okrs/README.md': '# 说明\n<script>alert(1)</script>\n' }, expect: { ok: true } },
  {
    // Take away a person others name: every name is reported where it is written.
    name: 'structure-person-deleted', family, files: {}, delete: ['people/wang-wu.yaml'],
    expect: { errors: ['unknown-person'], at: { file: SALES, line: 32 } },
  },
  {
    name: 'structure-bsc-deleted', family, files: {}, delete: [BSC],
    expect: { errors: ['unknown-ref'], at: { file: SALES, line: 8 } },
  },
];
