// Seed 003's 互联网/科技行业 role examples into a new folder: a company set (CEO), one set per role,
// role people named after their roles, and the @-alignment the document implies.
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/core/import/index.ts';
import { check, frontmatter, merged, techExamples } from './helpers.ts';

const result = importDocument(techExamples(), { folder: [], source: '003.txt', period: '2026' });
const sets = result.files.filter((f) => f.path.startsWith('okrs/'));
const set = (owner: string) => frontmatter(sets.find((f) => f.path === `okrs/2026/${owner}.mdx`)!);

describe('seed 003 role examples', () => {
  it('reads CEO as the company and every other heading as a role', () => {
    expect(sets.map((f) => f.path)).toEqual([
      'okrs/2026/company.mdx', 'okrs/2026/chan-pin-zhu-guan.mdx', 'okrs/2026/chan-pin-jing-li.mdx', 'okrs/2026/she-ji.mdx',
      'okrs/2026/shi-chang.mdx', 'okrs/2026/xiao-shou.mdx', 'okrs/2026/ke-hu-cheng-gong-zhu-guan.mdx', 'okrs/2026/ke-hu-cheng-gong-jing-li.mdx',
    ]);
    expect(set('company').owner).toBe('company');
    expect(result.report.people.created.every((p) => p.role)).toBe(true);
    expect(result.report.people.created.map((p) => p.name)).toContain('人力资源主管');
  });

  it('keeps both identical 销售 KRs (O1 KR1 and O2 KR1)', () => {
    const sales = set('xiao-shou');
    expect(sales.objectives[0].keyResults[0].title).toBe('销售额达到 1 亿美元,海外销售额达到 3 千万');
    expect(sales.objectives[1].keyResults[0].title).toBe('销售额达到 1 亿美元,海外销售额达到 3 千万');
  });

  it('splits flattened runs and moves trailing @mentions to owners', () => {
    const pm = set('chan-pin-zhu-guan');
    expect(pm.objectives[0].title).toBe('制定 xx 产品发展规划,针对全球各地市场及用户群形成清晰的 Product-Market-Fit 分析');
    expect(pm.objectives[0].keyResults[0].title).toBe('1月底前建立完整的客户目标群体、用户画像和产品策略分析');
    expect(pm.objectives[1].keyResults.map((k: any) => k.id)).toEqual(['kr1', 'kr2', 'kr3', 'kr4']);
    const ceo = set('company').objectives[0].keyResults;
    expect(ceo[0]).toMatchObject({ title: '制定 xx 产品线三年发展规划,针对全球各地市场及用户群形成精细化的策略打法', owners: ['产品主管'] });
    expect(ceo[1].owners).toEqual(['市场主管', '运营主管']);
  });

  it('aligns each role objective that restates or is @mentioned by a higher KR', () => {
    const aligned = Object.fromEntries(sets.flatMap((f) => {
      const d = frontmatter(f);
      return d.objectives.filter((o: any) => o.alignsTo).map((o: any) => [`${d.owner}/${o.id}`, o.alignsTo]);
    }));
    expect(aligned).toEqual({
      'chan-pin-zhu-guan/o1': ['company/o1/kr1'],
      'chan-pin-jing-li/o1': ['chan-pin-zhu-guan/o1/kr1'],
      'chan-pin-jing-li/o2': ['chan-pin-zhu-guan/o2/kr4'],
      'she-ji/o1': ['chan-pin-zhu-guan/o1/kr3'],
      'shi-chang/o1': ['chan-pin-zhu-guan/o1/kr2'],
      'ke-hu-cheng-gong-jing-li/o2': ['ke-hu-cheng-gong-zhu-guan/o2/kr1'],
      'ke-hu-cheng-gong-jing-li/o3': ['ke-hu-cheng-gong-zhu-guan/o2/kr3'],
    });
    // Every alignment not inferred is in the report too.
    const missed = result.report.items.filter((i) => i.status === 'not-inferred' && /alignment not inferred/.test(i.message.en)).map((i) => i.where);
    expect(missed).toEqual([
      'chan-pin-zhu-guan/o2', 'chan-pin-jing-li/o3', 'chan-pin-jing-li/o4', 'shi-chang/o2', 'shi-chang/o3',
      'xiao-shou/o1', 'xiao-shou/o2', 'xiao-shou/o3', 'xiao-shou/o4', 'ke-hu-cheng-gong-zhu-guan/o1', 'ke-hu-cheng-gong-zhu-guan/o2', 'ke-hu-cheng-gong-jing-li/o1',
    ]);
  });

  it('passes the check with no error', () => {
    expect(check(merged([], result.files)).errors).toEqual([]);
  });
});
