// The person page: title, department, manager and reports; what they own grouped by set (the BSC
// first, their own set, then departments'), each item with 对齐到 and the other owners, not themself.
import { describe, expect, it } from 'vitest';
import { scoreOrganisation } from '../../src/core/index.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { personView } from '../../src/core/views/person-view.ts';
import { demoLookup } from './demo.ts';
import { baseFiles, loadBase } from './fixture.ts';

const look = demoLookup('2026-11-20');

describe('杜康杰 (demo)', () => {
  const view = personView(look, 'du-kangjie');

  it('groups by period, newest first, and in each the BSC, then their own set', () => {
    expect(view.periods.map((p) => [p.period.id, p.groups.map((g) => [g.kind, g.own, g.title])])).toEqual([
      ['2026-q4', [['person', true, '杜康杰 2026 Q4 个人 OKR（示例）']]],
      ['2026', [['bsc', false, '2026 第一曲线 BSC 修正建议 (V2)']]],
    ]);
  });

  it('gives each KR what it aligns to, by name and link, from its objective when the KR names none', () => {
    const own = view.periods[0].groups[0];
    expect(own.items.slice(0, 3).map((i) => [i.link.key, i.role, i.alignsTo.map((a) => [a.key, a.href]), i.viaObjective])).toEqual([
      ['2026-q4:du-kangjie/o1/kr1', 'owner', [['2026:bsc/blacklist-interception', '/2026/bsc/blacklist-interception/']], true],
      ['2026-q4:du-kangjie/o1/kr2', 'owner', [['2026:bsc/blacklist-interception', '/2026/bsc/blacklist-interception/']], true],
      ['2026-q4:du-kangjie/o2/kr1', 'owner', [['2026:market/o1/kr1', '/2026/market/#o1-kr1']], true],
    ]);
  });

  it('does not repeat the person on their own rows', () => {
    const items = view.periods.flatMap((p) => p.groups.flatMap((g) => g.items));
    expect(items.flatMap((i) => i.with.map((p) => p.id))).not.toContain('du-kangjie');
  });

  it('has its metrics align to their perspective', () => {
    expect(view.periods[1].groups[0].items.map((i) => [i.link.label, i.alignsTo.map((a) => [a.label, a.href])])).toEqual([
      ['百万元投诉率', [['客户', '/2026/perspectives/customer/']]],
      ['大黑用户拦截率', [['客户', '/2026/perspectives/customer/']]],
    ]);
  });
});

describe('马长久 (demo)', () => {
  const view = personView(look, 'ma-changjiu');

  it('leads four departments and works in their sets, each KR naming its co-owners only', () => {
    expect(view.leads.map((d) => d.name)).toEqual(['教研与产品部', '市场与增长部', '销售与转化部', '服务与交付部']);
    const year = view.periods.find((p) => p.period.id === '2026')!;
    expect(year.groups.map((g) => g.key)).toEqual(['2026:bsc', '2026:curriculum', '2026:market', '2026:sales', '2026:service']);
    const market = year.groups.find((g) => g.key === '2026:market')!;
    expect(market.items.map((i) => [i.link.key, i.with.map((p) => p.name), i.alignsTo.map((a) => a.label)])).toEqual([
      ['2026:market/o1/kr1', ['杨蓉蓉', '涂涂'], ['百万元投诉率']],
      ['2026:market/o1/kr2', ['杨蓉蓉', '涂涂'], ['净营收']],
      ['2026:market/o2/kr1', ['杨蓉蓉', '涂涂'], ['财务']],
      ['2026:market/o2/kr2', ['杨蓉蓉', '涂涂'], ['财务']],
    ]);
  });
});

describe('李四 (base fixture): title, department, manager, reports', () => {
  const { org } = loadBase(baseFiles());
  const base = new Lookup(org!, scoreOrganisation(org!));

  it('shows the department and the manager, and the manager sees the report', () => {
    const view = personView(base, 'li-si');
    expect([view.department?.name, view.manager?.name, view.manager?.href]).toEqual([base.departments.get('sales')!.name, '张三', '/people/zhang-san/']);
    expect(personView(base, 'zhang-san').reports.map((p) => p.id)).toContain('li-si');
  });
});
