// What the pages show for scores: the view models of the set page, KR rows, the home page and the health
// page on the demo content at the browser tests' asOf (2026-11-20), and the score view on its own.
import { describe, expect, it } from 'vitest';
import type { ScoreCard } from '../../src/core/scoring/card.ts';
import { scoreKeyResult, scoreObjective } from '../../src/core/scoring/okr.ts';
import { describe as describeNode } from '../../src/core/diagram/describe.ts';
import { alignmentView } from '../../src/core/views/alignment-view.ts';
import { dashboardView } from '../../src/core/views/dashboard.ts';
import { dataDateView } from '../../src/core/views/data-date.ts';
import { departmentView } from '../../src/core/views/department-view.ts';
import { healthGroupView, healthView } from '../../src/core/views/health-view.ts';
import { krRow } from '../../src/core/views/kr-row.ts';
import { periodLinks } from '../../src/core/views/nav.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { coverageText, scoreView } from '../../src/core/views/score-view.ts';
import { demoFiles, demoLookup } from './demo.ts';
import { env, keyResult, objective } from './build.ts';

const AS_OF = '2026-11-20';
const look = demoLookup(AS_OF);
const set = (key: string) => look.sets.get(key)!;
const krOf = (key: string) => {
  const node = look.nodes.get(key);
  if (node?.kind !== 'kr') throw new Error(`no KR ${key}`);
  return node;
};

describe('scoreView', () => {
  const e = env('2026-07-02');
  const kr = (value?: number, id = 'kr1') =>
    keyResult({ id, measure: { type: 'increase', unit: '%', baseline: 40, target: 80 }, checkins: value === undefined ? [] : [{ date: '2026-07-01', value }] });

  it('shows a KR without data as "—", with no bar and no band', () => {
    const v = scoreView(scoreKeyResult(kr(), e));
    expect([v.text, v.percent, v.status, v.graded, v.coverage]).toEqual(['—', null, 'no-data', false, undefined]);
  });

  it('gives an aggregate its coverage in both languages', () => {
    const krs = [kr(60), kr(undefined, 'kr2'), kr(70, 'kr3'), kr(undefined, 'kr4')];
    const v = scoreView(scoreObjective(objective(krs), krs.map((k) => scoreKeyResult(k, e)), e));
    expect(v.text).toBe('0.63');
    expect(v.coverage?.text).toEqual({ zh: '2/4 个 KR 有数据', en: '2 of 4 KRs have data' });
  });

  it('words coverage of KRs and metrics, one or many', () => {
    expect(coverageText({ measured: 1, total: 2, of: 'kr' })).toEqual({ zh: '1/2 个 KR 有数据', en: '1 of 2 KRs has data' });
    expect(coverageText({ measured: 7, total: 8, of: 'metric' })).toEqual({ zh: '7/8 个指标有数据', en: '7 of 8 metrics have data' });
    expect(coverageText({ measured: 0, total: 1, of: 'kr' }).en).toBe('0 of 1 KR have data');
  });

  it('flags a 0 that only means the period ended without data', () => {
    const card: ScoreCard = scoreKeyResult(kr(), env('2026-12-31'));
    const v = scoreView(card);
    expect([v.text, v.graded]).toEqual(['0.00', true]);
    expect(v.endedWithoutData).toEqual({ zh: '周期已结束仍没有数据，按 0 计', en: 'period ended without data: counted as 0' });
    expect(scoreView(scoreKeyResult(kr(60), env('2026-12-31'))).endedWithoutData).toBeUndefined();
  });
});

describe('the market set page (demo, asOf 2026-11-20)', () => {
  const view = okrSetView(look, set('2026:market'));
  const kr = (o: string, k: string) => view.objectives.find((x) => x.id === o)!.keyResults.find((x) => x.id === k)!;

  it('shows its real score over the KRs with data, not 0.399 落后', () => {
    expect(view.score.text).toBe('0.80');
    expect(view.score.status).toBe('on-track');
    expect(view.score.coverage?.text.zh).toBe('2/4 个 KR 有数据');
    expect(view.score.explain.computation).toBe('(0.85 + 0.75) ÷ 2 = 0.80');
  });

  it('has no 落后 anywhere: objectives 1/2 each, the KRs without data 未更新', () => {
    const statuses = [view.score, ...view.objectives.flatMap((o) => [o.score, ...o.keyResults.map((k) => k.score)])].map((s) => s.status);
    expect(statuses).not.toContain('off-track');
    expect(view.objectives.map((o) => [o.id, o.score.text, o.score.coverage?.text.zh])).toEqual([
      ['o1', '0.85', '1/2 个 KR 有数据'],
      ['o2', '0.75', '1/2 个 KR 有数据'],
    ]);
    for (const [o, k] of [['o1', 'kr2'], ['o2', 'kr1']]) {
      expect([kr(o, k).score.text, kr(o, k).score.percent, kr(o, k).score.status], `${o}/${k}`).toEqual(['—', null, 'no-data']);
    }
    expect(view.objectives[0].score.explain.notes.map((n) => n.zh)).toEqual(['KR2 还没有数据，未计入。']);
  });

  it('marks the KR last updated on 2026-10-31 待更新, and not the others', () => {
    expect(kr('o1', 'kr1').score.stale?.text).toEqual({ zh: '最近更新 2026-10-31，已 20 天', en: 'last update 2026-10-31, 20 days ago' });
    expect(kr('o1', 'kr2').score.stale).toBeUndefined();
  });

  it('says which date the score is computed for', () => {
    expect(view.computedFor.zh).toBe('按 2026-11-20 计算');
  });

  it('shows the milestone that finished Q3 late as on track once done', () => {
    expect([kr('o2', 'kr2').score.text, kr('o2', 'kr2').score.status]).toEqual(['0.75', 'on-track']);
  });
});

describe('KR rows (health, person pages)', () => {
  it('carry the status, score and 待更新 of the KR', () => {
    const { set: s, item } = krOf('2026:market/o1/kr1');
    const row = krRow(look, s, item);
    expect(row.link.href).toBe('/2026/market/#o1-kr1');
    expect([row.score.text, row.score.status, row.score.stale?.days]).toEqual(['0.85', 'on-track', 20]);
    const { set: s2, item: kr2 } = krOf('2026:market/o1/kr2');
    expect([krRow(look, s2, kr2).score.text, krRow(look, s2, kr2).score.percent]).toEqual(['—', null]);
  });
});

describe('the home page (demo, asOf 2026-11-20)', () => {
  const home = dashboardView(look, look.currentPeriod);

  it('is the year, with the Q4 sets beside it', () => {
    expect(look.currentPeriod).toBe('2026');
    expect(home.period.id).toBe('2026');
    expect(home.alsoNow.map((g) => [g.period.id, g.sets.map((s) => s.ownerName)])).toEqual([['2026-q4', ['杜康杰', '王俊']]]);
    expect(home.alsoNow[0].sets.map((s) => [s.score.text, s.score.coverage?.text.zh])).toEqual([['0.29', '6/6 个 KR 有数据'], ['0.41', '6/6 个 KR 有数据']]);
    expect(home.sample).toBe(true);
  });

  it('shows every year set with its coverage, and the BSC company score with its metrics', () => {
    expect(home.sets.map((s) => [s.ownerName, s.score.text, s.score.coverage?.text.zh])).toEqual([
      ['教研与产品部', '0.43', '4/4 个 KR 有数据'],
      ['市场与增长部', '0.80', '2/4 个 KR 有数据'],
      ['销售与转化部', '0.44', '3/4 个 KR 有数据'],
      ['服务与交付部', '0.41', '3/4 个 KR 有数据'],
      ['产研与数据部', '0.83', '4/4 个 KR 有数据'],
    ]);
    expect(home.bsc?.company.coverage?.text.zh).toBe('8/8 个指标有数据');
  });

  it('says 数据截至 the newest data, and the asOf it is computed for', () => {
    // The demo's weekly reports run to the week of asOf (Friday 2026-11-20).
    expect(home.dataDate).toEqual({ dataAsOf: '2026-11-20', asOf: AS_OF, text: { zh: '数据截至 2026-11-20', en: 'Data as of 2026-11-20' } });
    expect(dataDateView(demoLookup('2026-11-22'))).toEqual({ dataAsOf: '2026-11-20', asOf: '2026-11-22', text: { zh: '数据截至 2026-11-20 · 按 2026-11-22 计算', en: 'Data as of 2026-11-20 · computed for 2026-11-22' } });
  });

  it('shows other periods only on the current period: Q4 does not list the year', () => {
    expect(dashboardView(look, '2026-q4').alsoNow).toEqual([]);
    expect(dashboardView(look, '2026-q1').alsoNow).toEqual([]);
  });

  it('defaults to the longest period containing asOf when settings.currentPeriod is left out', () => {
    const files = demoFiles().map((f) => (f.path === 'settings.yaml' ? { ...f, text: f.text.replace(/^currentPeriod:.*$/m, '') } : f));
    expect(files.find((f) => f.path === 'settings.yaml')!.text).not.toContain('currentPeriod:');
    const without = demoLookup(AS_OF, files);
    expect(without.currentPeriod).toBe('2026');
    expect(without.currentPeriods).toEqual(['2026', '2026-q4']);
    expect(periodLinks(without, '2026').filter((p) => p.current).map((p) => p.id)).toEqual(['2026']);
    expect(demoLookup('2027-02-01', files).currentPeriod).toBe('2026');
  });
});

describe('the department page', () => {
  it('shows the set with its coverage', () => {
    const view = departmentView(look, 'market');
    expect(view.history.map((s) => [s.period.id, s.score.text, s.score.status, s.score.coverage?.text.en])).toEqual([['2026', '0.80', 'on-track', '2 of 4 KRs have data']]);
  });
});

describe('the health page (demo, asOf 2026-11-20)', () => {
  const view = healthView(look, '2026');
  const group = (id: string) => view.groups.find((g) => g.period.id === id)!;
  const keys = (rows: { link: { key: string } }[]) => rows.map((r) => r.link.key);
  /** A list of a department's health page, in one period (every list of the demo fits on page 1). */
  const list = (dept: string, period: string, key: string) =>
    healthGroupView(look, '2026', dept).groups.find((g) => g.period.id === period)?.lists.find((l) => l.key === key)?.items ?? [];

  it('groups the year and the quarter current at asOf, the year first', () => {
    expect(view.groups.map((g) => g.period.id)).toEqual(['2026', '2026-q4']);
    expect(healthView(look, '2026-q1').groups.map((g) => g.period.id)).toEqual(['2026-q1']);
    expect(healthGroupView(look, '2026', 'market').index.filter((e) => e.key === 'stale').map((e) => e.period.id)).toEqual(['2026', '2026-q4']);
  });

  it('lists stale KRs, the oldest first, with the rule', () => {
    // The complaint rate is counted after each month closes: its weekly reports stopped at 10-31.
    const stale = list('market', '2026', 'stale');
    expect(keys(stale)).toEqual(['2026:market/o1/kr1']);
    expect(stale[0].score.stale).toEqual({ lastUpdate: '2026-10-31', days: 20, text: { zh: '最近更新 2026-10-31，已 20 天', en: 'last update 2026-10-31, 20 days ago' } });
    // 杜康杰 has no department: his quarter's KRs are on the page of the people without one.
    expect(keys(list('people', '2026-q4', 'stale'))).toEqual(['2026-q4:du-kangjie/o1/kr2']);
    expect(group('2026').rows.find((r) => r.group.id === 'market')!.counts.stale).toBe(1);
    // A week of reports is within 14 days: nothing else is stale.
    expect(group('2026').rows.map((r) => r.counts.stale)).toEqual([0, 0, 0, 1, 0, 0]);
    expect(view.staleRule.zh).toContain('超过 14 天');
  });

  it('lists KRs without data as 未更新, never as 落后', () => {
    expect(keys(list('market', '2026', 'no-update'))).toEqual(['2026:market/o1/kr2', '2026:market/o2/kr1']);
    expect(keys(list('market', '2026', 'off-track'))).toEqual([]);
    for (const dept of ['curriculum', 'tech', 'sales', 'service']) {
      expect(list(dept, '2026', 'off-track').every((r) => r.score.status === 'off-track' || r.score.status === 'at-risk'), dept).toBe(true);
    }
    expect(keys(list('people', '2026-q4', 'no-update'))).toEqual([]);
    expect(group('2026-q4').rows[0]).toMatchObject({ group: { id: 'people' }, counts: { keyResults: 12, offTrack: 6, noUpdate: 0 } });
  });

  it('lists stale BSC metrics of the year', () => {
    // Every metric is reported weekly in the demo; without 杜康杰's reports after 10-09 his two metrics go stale.
    const files = demoFiles().filter((f) => !(/^reports\/[^/]+\/du-kangjie\//.test(f.path) && f.path.slice(-13, -3) > '2026-10-09'));
    const without = healthView(demoLookup(AS_OF, files), '2026').groups.find((g) => g.period.id === '2026')!;
    expect(without.staleMetrics.map((m) => m.link.key).sort()).toEqual(['2026:bsc/blacklist-interception', '2026:bsc/complaint-rate']);
    expect(group('2026').staleMetrics).toEqual([]);
    expect(group('2026-q4').staleMetrics).toEqual([]);
  });
});

describe('diagram nodes and the alignment tree', () => {
  it('show a KR without data as — 未更新 and its objective by the KRs with data', () => {
    expect(describeNode(look, '2026:market/o1/kr2')).toMatchObject({ score: '—', status: 'no-data' });
    expect(describeNode(look, '2026:market/o1')).toMatchObject({ score: '0.85', status: 'on-track' });
    const find = (nodes: ReturnType<typeof alignmentView>['roots'], key: string): (typeof nodes)[number] | undefined =>
      nodes.map((n) => (n.link.key === key ? n : find(n.children, key))).find(Boolean);
    const node = find(alignmentView(look, '2026').roots, '2026:market/o1/kr2');
    expect([node?.scoreText, node?.status]).toEqual(['—', 'no-data']);
  });
});
