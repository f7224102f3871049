// The department page: this period's objectives and KRs with scores and owners, the BSC metrics they
// support, its people and their OKRs, and its score over the periods. Demo content, asOf 2026-11-20.
import { describe, expect, it } from 'vitest';
import { departmentView } from '../../src/core/views/department-view.ts';
import { scoreOrganisation } from '../../src/core/index.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { demoLookup } from './demo.ts';
import { baseFiles, loadBase } from './fixture.ts';

const look = demoLookup('2026-11-20');

describe('市场与增长部', () => {
  const view = departmentView(look, 'market');

  it('keeps its English name for /en/', () => {
    expect([view.name, view.nameEn]).toEqual(['市场与增长部', 'Marketing & Growth']);
  });

  it('shows the current set: objectives and KRs with scores, owners and what they align to', () => {
    expect(view.currentPeriods.map((p) => p.id)).toEqual(['2026', '2026-q4']);
    expect(view.current.map((c) => [c.set.key, c.set.score.text, c.perspectives.map((p) => p.label)])).toEqual([['2026:market', '0.80', ['客户', '财务']]]);
    const [o1, o2] = view.current[0].objectives;
    expect([o1.link.key, o1.score.text, o2.alignsTo.map((a) => a.label)]).toEqual(['2026:market/o1', '0.85', ['财务']]);
    expect(o1.keyResults.map((kr) => [kr.link.key, kr.owners.map((p) => p.name), kr.alignsTo.map((a) => a.label), kr.score.text])).toEqual([
      ['2026:market/o1/kr1', ['马长久', '杨蓉蓉', '涂涂'], ['百万元投诉率'], '0.85'],
      ['2026:market/o1/kr2', ['马长久', '杨蓉蓉', '涂涂'], ['净营收'], '—'],
    ]);
  });

  it('lists the BSC items it supports, through which of its objectives and KRs', () => {
    expect(view.supports.map((s) => [s.link.label, s.score?.text, s.via.map((v) => v.key)])).toEqual([
      ['百万元投诉率', '0.69', ['2026:market/o1/kr1']],
      ['净营收', '0.80', ['2026:market/o1/kr2']],
      ['财务', '0.20', ['2026:market/o2']],
    ]);
  });

  it('lists its members with how many of its KRs they own and their own sets, and the personal sets aligned to it', () => {
    expect(view.members.map((m) => [m.name, m.title, m.ownsHere, m.sets.length])).toEqual([
      ['涂涂', '市场与增长部负责人', 4, 0],
      ['杨蓉蓉', '市场与增长部负责人', 4, 0],
    ]);
    expect(view.alignedPersonal.map((s) => [s.ownerName, s.key, s.score.text, s.via.map((v) => v.key)])).toEqual([
      ['杜康杰', '2026-q4:du-kangjie', '0.29', ['2026:market/o1/kr1']],
    ]);
  });

  it('has a score history: period → set score', () => {
    expect(view.history.map((s) => [s.period.name, s.score.text])).toEqual([['2026 年度', '0.80']]);
  });
});

describe('a department whose member has a personal set this quarter (base fixture, asOf 2026-02-15)', () => {
  const { org } = loadBase(baseFiles(), { asOf: '2026-02-15' });
  const base = new Lookup(org!, scoreOrganisation(org!));
  const view = departmentView(base, 'sales');

  it('shows each member with their own set of the quarter and its score', () => {
    expect(base.currentPeriods).toEqual(['2026', '2026-q1']);
    expect(view.members.map((m) => [m.id, m.sets.map((s) => [s.key, s.score.text])])).toEqual([
      ['li-si', [['2026-q1:li-si', '1.00']]],
      ['wang-wu', []],
      ['zhang-san', []],
    ]);
  });
});
