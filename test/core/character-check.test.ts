import { describe, expect, it } from 'vitest';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const person = (text: string) => withFile(baseFiles(), 'people/wang-wu.yaml', () => text);
const found = (files: ReturnType<typeof baseFiles>) =>
  loadBase(files).diagnostics.filter((d) => d.rule === 'invisible-character' || d.rule === 'mixed-script').map((d) => [d.file, d.line, d.col, d.severity, d.rule]);

describe('the characters phase', () => {
  it('is an error in ids and in names and aliases, a warning in other fields, once per field with a count', () => {
    const files = person('id: wang-wu\nname: 王五\naliases: [老\u200B王, Lao\u200DWang]\ntitle: 销售\0代表\0\ndepartment: sales\n');
    expect(found(files)).toEqual([
      ['people/wang-wu.yaml', 3, 12, 'error', 'invisible-character'],
      ['people/wang-wu.yaml', 3, 19, 'error', 'invisible-character'],
      ['people/wang-wu.yaml', 4, 10, 'warning', 'invisible-character'],
    ]);
    expect(loadBase(files).diagnostics.find((d) => d.line === 4)!.message.zh).toContain('U+0000（空字符 NUL），共 2 个');
  });

  it('finds the character in a multi-line value at its own line and column, and at the value when an escape wrote it', () => {
    const set = withFile(baseFiles(), 'okrs/2026-q1/li-si.mdx', (t) => replaceOnce(t, '    title: 让合规成为习惯', '    title: >\n      让合规\n      成为\u202E习惯'));
    expect(found(set)).toEqual([['okrs/2026-q1/li-si.mdx', 8, 9, 'warning', 'invisible-character']]);
    expect(found(person('id: wang-wu\nname: 王五\ntitle: "销售\\u200B"\n'))).toEqual([['people/wang-wu.yaml', 3, 8, 'warning', 'invisible-character']]);
  });

  it('reports a field name, a comment and a body', () => {
    expect(found(person('id: wang-wu\nname: 王五\nti\u200Btle: 销售\n'))).toEqual([['people/wang-wu.yaml', 3, 1, 'warning', 'invisible-character']]);
    expect(found(person('id: wang-wu\nname: 王五 # \u202E 注释\n'))).toEqual([['people/wang-wu.yaml', 2, 12, 'warning', 'invisible-character']]);
    const body = withFile(baseFiles(), 'departments/sales.md', (t) => `${t}\n第二段\u2066文字。\n`);
    expect(found(body)).toEqual([['departments/sales.md', 9, 4, 'warning', 'invisible-character']]);
  });

  it('warns about a lookalike letter at its column, in people and department names only', () => {
    expect(found(person('id: wang-wu\nname: 王五\naliases: [Aaron王五, "Li Wаng"]\n'))).toEqual([['people/wang-wu.yaml', 3, 25, 'warning', 'mixed-script']]);
    const dept = withFile(baseFiles(), 'departments/sales.md', (t) => replaceOnce(t, 'name: 销售部', 'name: 销售部\nnameEn: Sаles'));
    expect(found(dept)).toEqual([['departments/sales.md', 4, 10, 'warning', 'mixed-script']]);
    const title = withFile(baseFiles(), 'okrs/2026-q1/li-si.mdx', (t) => replaceOnce(t, '让合规成为习惯', 'Wаng 的合规'));
    expect(found(title)).toEqual([]);
  });
});
