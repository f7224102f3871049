// Where the check looks for @提及, and where it reports them: every text field a page shows with its
// mentions, and prose bodies at the exact line and column of the @.
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/core/index.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const mentions = (diagnostics: Diagnostic[]) =>
  diagnostics.filter((d) => d.rule === 'unknown-mention' || d.rule === 'ambiguous-person' || d.rule === 'unknown-person')
    .map((d) => `${d.file}:${d.line}:${d.col} ${d.severity} ${d.rule} ${/[@＠]\S+?(?= |，|,|$)/u.exec(d.message.en)?.[0] ?? ''}`);

function check(path: string, edit: (text: string) => string) {
  return mentions(loadBase(withFile(baseFiles(), path, edit)).diagnostics);
}

describe('frontmatter fields with mentions', () => {
  const SET = 'okrs/2026/sales.mdx';

  it.each([
    ['an objective title', '    title: 重塑用户信任\n', '    title: 重塑用户信任 @产品主管\n', 'okrs/2026/sales.mdx:7:12'],
    ['an objective description', '    title: 提升转化效率\n', '    title: 提升转化效率\n    description: 由 @产品主管 牵头\n', 'okrs/2026/sales.mdx:28:18'],
    ['a KR title', '        title: 违规率降至 5% 以下\n', '        title: 违规率降至 5% 以下 @产品主管\n', 'okrs/2026/sales.mdx:11:16'],
    ['KR actions', '        title: 复购率达到 30%\n', '        title: 复购率达到 30%\n        actions: 与 @产品主管 复盘\n', 'okrs/2026/sales.mdx:47:18'],
    ['a milestone step', '{ title: SOP 定稿,', '{ title: SOP 定稿 @法务主管,', 'okrs/2026/sales.mdx:23:24'],
    ['a check-in note', 'note: AI 质检上线 }', 'note: AI 质检上线 @产品主管 }', 'okrs/2026/sales.mdx:16:51'],
    ['a check-in next step', 'progress: 0.4, by: 王五 }', 'progress: 0.4, by: 王五, next: 约 @产品主管 }', 'okrs/2026/sales.mdx:56:62'],
    ['a self-assessment note', '        due: 2026-12-31\n        checkins:\n          - { date: 2026-05-30', '        due: 2026-12-31\n        selfAssessment: { score: 0.7, note: 感谢 @产品主管 }\n        checkins:\n          - { date: 2026-05-30', 'okrs/2026/sales.mdx:55:45'],
  ])('checks %s', (_, from, to, place) => {
    expect(check(SET, (t) => replaceOnce(t, from, to))).toEqual([`${place} warning unknown-mention ${/@[^\s,}]+/u.exec(to)![0]}`]);
  });

  it('checks a department mission', () => {
    expect(check('departments/sales.md', (t) => replaceOnce(t, '"价值传递者"。', '"价值传递者"，@销售主管 牵头。'))).toEqual(['departments/sales.md:5:10 warning unknown-mention @销售主管']);
  });

  it('checks a BSC metric definition and rationale', () => {
    const found = check('bsc/2026.mdx', (t) => t.replace(/^(\s+)definition: (.*)$/m, '$1definition: $2 @财务主管\n$1rationale: 由 @张三负责'));
    expect(found).toHaveLength(2);
    expect(found.every((f) => f.startsWith('bsc/2026.mdx:') && f.includes('warning unknown-mention'))).toBe(true);
  });

  it('reports a mention of two people as an error, a mention of a person not at all', () => {
    const files = withFile(baseFiles(), 'people/wang-wu.yaml', (t) => `${t}aliases: [Lisa李四]\n`);
    const { diagnostics } = loadBase(withFile(files, SET, (t) => replaceOnce(t, 'note: AI 质检上线 }', 'note: AI 质检上线，@Lisa李四 与 @张三 }')));
    expect(mentions(diagnostics).filter((d) => d.startsWith('okrs/'))).toEqual([
      'okrs/2026/sales.mdx:16:51 error ambiguous-person @Lisa李四',
      'okrs/2026/sales.mdx:60:10 error ambiguous-person @Lisa李四',
    ]);
  });

  it('keeps owners that name nobody an error', () => {
    expect(check(SET, (t) => replaceOnce(t, 'owners: [王五]\n        measure: { type: increase', 'owners: [王伍]\n        measure: { type: increase'))).toEqual([
      'okrs/2026/sales.mdx:32:18 error unknown-person ',
    ]);
  });

  it('does not echo a person whose own file is broken', () => {
    const files = withFile(baseFiles(), 'people/wang-wu.yaml', (t) => replaceOnce(t, 'name: 王五', 'name: 王五\nnmae: x'));
    expect(mentions(loadBase(withFile(files, SET, (t) => replaceOnce(t, 'note: AI 质检上线 }', 'note: AI 质检上线 @王五 }'))).diagnostics)).toEqual([]);
  });
});

describe('prose bodies', () => {
  const BODY = 'periods/2026.mdx';
  const body = (text: string) => check(BODY, (t) => replaceOnce(t, '跨部门项目由 @张三 统一协调。', text));

  it('reports the exact line and column of the @', () => {
    expect(body('第一行\n\n**加粗** \\* 转义后 @产品主管 和 ＠运营主管')).toEqual([
      'periods/2026.mdx:10:15 warning unknown-mention @产品主管',
      'periods/2026.mdx:10:23 warning unknown-mention ＠运营主管',
    ]);
  });

  it('skips code, links and e-mail addresses, as the page does', () => {
    expect(body('`@产品主管` [@产品主管](https://example.com/) https://example.com/@team 写信 a@b.com\n\n```\n@产品主管\n```')).toEqual([]);
  });

  it('checks the text the page links: task list items and the HTML a body may use, not attributes', () => {
    expect(body('- [ ] @产品主管 跟进\n\n<details>\n<summary>由 @运营主管 负责</summary>\n\n<abbr title="@张叁">x</abbr>\n\n</details>')).toEqual([
      'periods/2026.mdx:8:7 warning unknown-mention @产品主管',
      'periods/2026.mdx:11:12 warning unknown-mention @运营主管',
    ]);
  });

  it('finds a mention right after a word: 打法@产品主管, KR1@张三', () => {
    expect(body('打法@产品主管，KR1@张三')).toEqual(['periods/2026.mdx:8:3 warning unknown-mention @产品主管']);
  });
});
