// Shapes of OKR documents, one per test: a named person's section, O without a number, 行动 on its
// own line, flattened runs, ids from names, and the existing folder's people matched by alias.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/core/import/index.ts';
import { logicalLines } from '../../src/core/import/lines.ts';
import { personId } from '../../src/core/import/pinyin-id.ts';
import { frontmatter } from './helpers.ts';

const run = (doc: string, folder = [] as { path: string; text: string }[]) => importDocument(doc, { folder, source: 'doc.md', period: '2026' });
const okrs = (r: ReturnType<typeof run>, owner: string) => frontmatter(r.files.find((f) => f.path === `okrs/2026/${owner}.mdx`)!);

describe('document shapes', () => {
  it("a person's section: the person owns the KRs, mentions become collaborators and stay in the title", () => {
    const r = run('张三\n\nO：让客户一次修好\n\nKR 1: 与 @李四 共建诊断手册，3月底前发布\n\nKR2：返修率从12%降至5% @王五\n');
    const set = okrs(r, 'zhang-san');
    expect(set.objectives[0].id).toBe('o1');
    expect(set.objectives[0].keyResults[0]).toMatchObject({ title: '与 @李四 共建诊断手册，3月底前发布', owners: ['张三'], collaborators: ['李四'], due: '2026-03-31' });
    expect(set.objectives[0].keyResults[1]).toMatchObject({ title: '返修率从12%降至5%', collaborators: ['王五'], measure: { type: 'decrease', baseline: 12, target: 5, unit: '%' } });
    expect(r.report.people.created.map((p) => p.id)).toEqual(['zhang-san', 'li-si', 'wang-wu']);
  });

  it('行动 on its own line belongs to the KR above it', () => {
    const r = run('# 2026 OKR\n\n## 公司级\n\nO1：提升质量\n\nKR1：NPS 达到 60 分\n\n行动：每月抽样调研\n');
    expect(okrs(r, 'company').objectives[0].keyResults[0]).toMatchObject({ title: 'NPS 达到 60 分', actions: '每月抽样调研' });
  });

  it('splits KR runs flattened onto one line, also after a mention', () => {
    expect(logicalLines('O 1:建立画像KR 1:1月底前完成 @AKR 2:完成上线').map((l) => l.text)).toEqual(['O 1:建立画像', 'KR 1:1月底前完成 @A', 'KR 2:完成上线']);
  });

  it('pinyin ids: polyphones by word, surnames in surname mode, compound surnames joined', () => {
    expect(['马长久', '佀曼曼', '单田芳', '曾国藩', '欧阳修'].map(personId)).toEqual(['ma-changjiu', 'si-manman', 'shan-tianfang', 'zeng-guofan', 'ouyang-xiu']);
  });

  it('matches an existing person by alias and writes no file for them', () => {
    const folder = [
      { path: 'settings.yaml', text: "company: 示例\nperiods:\n  - { id: '2026', name: 2026, start: 2026-01-01, end: 2026-12-31 }\ncurrentPeriod: '2026'\n" },
      { path: 'people/yao-huan.yaml', text: 'id: yao-huan\nname: 姚涣\naliases: [Aaron]\n' },
    ];
    const r = run('**产研部 (负责人：@Aaron)**\n\nO1：提效\n\nKR1：完成画像系统上线\n', folder);
    expect(r.report.people).toEqual({ created: [], matched: [{ id: 'yao-huan', name: '姚涣' }] });
    expect(r.files.map((f) => f.path)).toEqual(['departments/chan-yan-bu.md', 'okrs/2026/chan-yan-bu.mdx']);
    expect(okrs(r, 'chan-yan-bu').objectives[0].keyResults[0].owners).toEqual(['姚涣']);
  });
});
