// The causal chain's verdicts as pages show them (views/causal-view.ts): the evidence list for the review
// page, a metric page's edges, and the BSC map's edges drawn by verdict. A small BSC loaded from text
// through the real loader, with weekly check-ins built so each edge gets a known verdict.
import { describe, expect, it } from 'vitest';
import { bscCausalMap, LINK_STYLES } from '../../src/core/diagram/index.ts';
import { loadOrganisation } from '../../src/core/index.ts';
import { causalEvidence, causalTests, metricCausalEdges } from '../../src/core/views/causal-view.ts';
import { siteLookup } from '../../src/core/views/lookup.ts';
import { baseFiles } from './fixture.ts';

const AS_OF = '2026-06-30';
const WEEKS = 20;
const wednesday = (i: number) => new Date(Date.UTC(2026, 0, 7 + 7 * i)).toISOString().slice(0, 10);
/** A check-in list, one each Wednesday: value(i) in week i. */
const weekly = (value: (i: number) => number, weeks = WEEKS, sample = false) =>
  Array.from({ length: weeks }, (_, i) => `      - { date: ${wednesday(i)}, value: ${value(i)}${sample ? ', sample: true' : ''} }`).join('\n');
// 兼职人效 climbs by a zigzag of steps (+2, +1, +3 …, never flat).
const eff = (i: number) => 100 + [...Array(i)].reduce((s, _, k) => s + [2, 1, 3][k % 3], 0);

const BSC = `---
period: '2026'
title: 测试 BSC
perspectives:
  - { id: finance, name: 财务, weight: 50 }
  - { id: customer, name: 客户, weight: 50 }
metrics:
  - id: eff
    name: 兼职人效
    nameEn: Staff productivity
    perspective: finance
    weight: 25
    definition: 人均 GMV
    formula: 月度平均
    owners: [张三]
    measure: { type: increase, unit: 万元, baseline: 100, target: +50% }
    checkins:
${weekly(eff)}
  - id: revenue
    name: 净营收
    perspective: finance
    weight: 25
    definition: 扣除退款后的收入
    formula: 年总和
    owners: [张三]
    measure: { type: increase, unit: 亿元, target: 6 }
    checkins:
${weekly((i) => Math.round((eff(Math.max(0, i - 1)) / 50) * 1000) / 1000, WEEKS, true)}
  - id: nps
    name: 服务满意度
    perspective: customer
    weight: 25
    definition: 正价课学员 NPS
    formula: 月末抽样
    owners: [李四]
    measure: { type: at-least, unit: 分, target: 85 }
    checkins:
${weekly((i) => 90 - i * 0.5)}
  - id: complaints
    name: 百万元投诉率
    perspective: customer
    weight: 25
    definition: 每百万元现金流收入中的投诉订单金额
    formula: 加权
    owners: [李四]
    measure: { type: decrease, unit: 元/百万元, baseline: 1200, target: -15% }
    checkins:
${weekly((i) => 1200 - i * 10, 3)}
causes:
  - { from: eff, to: nps, why: 人效提升不伤体验 }
  - { from: eff, to: revenue, why: 降本增效, lag: 1 }
  - { from: nps, to: complaints, why: 满意度兜底 }
---
`;

function look() {
  const files = [...baseFiles().filter((f) => f.path !== 'bsc/2026.mdx'), { path: 'bsc/2026.mdx', text: BSC }];
  const { org, diagnostics } = loadOrganisation(files, { today: AS_OF, asOf: AS_OF });
  expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message.en)).toEqual([]);
  return siteLookup(org!, diagnostics);
}

describe('causalEvidence: every edge of the BSC with its verdict', () => {
  const l = look();
  const view = causalEvidence(l, '2026')!;

  it('lists the edges in file order, each with names, direction, lag, verdict, symbol and statistic', () => {
    expect(view.edges.map((e) => [e.marker, e.from.label, e.to.label, e.verdict, e.symbol, e.verdictText.zh])).toEqual([
      ['①', '兼职人效', '服务满意度', 'contradicted', '✗', '数据不支持'],
      ['②', '兼职人效', '净营收', 'supported', '✓', '数据支持'],
      ['③', '服务满意度', '百万元投诉率', 'insufficient', '?', '数据不足'],
    ]);
    const [toNps, toRevenue, toComplaints] = view.edges;
    // 兼职人效 rose 19 weeks running; NPS fell each of them.
    expect(toNps.statistic).toEqual({ zh: '0/19 周相符 = 0.00', en: '0 of 19 weeks agree = 0.00' });
    expect(toNps.lagText.zh).toBe('不滞后（同一周比较）');
    expect(toRevenue).toMatchObject({ lag: 1, lagText: { zh: '滞后 1 周', en: '1-week lag' }, direction: 'same' });
    expect(toRevenue.statistic.zh).toBe('18/18 周相符 = 1.00');
    expect(toComplaints.statistic.zh).toBe('0/2 周相符 = 0.00，只有 2 对（至少需要 6 对）');
    expect(view.counts.map((c) => [c.verdict, c.count])).toEqual([['supported', 1], ['contradicted', 1], ['mixed', 0], ['insufficient', 1]]);
    expect(view.legend.map((x) => x.symbol)).toEqual(['✓', '✗', '≈', '?']);
  });

  it('shows the points used: the driver’s week and change against the outcome’s week t + lag, with units', () => {
    const toRevenue = view.edges[1];
    expect(toRevenue.points).toHaveLength(18);
    const first = toRevenue.points[0];
    expect(first.driver).toEqual({ week: '2026-01-12', text: '100 万元 → 102 万元 (+2 万元)', better: true, dates: '2026-01-07 → 2026-01-14' });
    expect(first.outcome.week).toBe('2026-01-19');
    expect(first.outcome.text).toBe('2 亿元 → 2.04 亿元 (+0.04 亿元)');
    expect(first).toMatchObject({ agrees: true, sample: true });
    const complaints = view.edges[2].points[0];
    expect(complaints.outcome).toMatchObject({ text: '1200 元/百万元 → 1190 元/百万元 (−10 元/百万元)', better: true });
  });

  it('is sample when the histories are: 净营收’s check-ins are sample data', () => {
    expect(view.edges.map((e) => e.sample)).toEqual([false, true, false]);
    expect(view.sample).toBe(true);
    expect(view.edges[1].explain.notes.map((n) => n.zh)).toContain('所用数据含示例数据：结论只是示例。');
  });

  it('explains itself with linked inputs (如何计算)', () => {
    const e = view.edges[0];
    expect(e.explain.computation).toBe('0 ÷ 19 = 0.00 → 数据不支持');
    expect(e.explain.inputs.map((i) => [i.label.zh, i.value, i.href])).toEqual([
      ['驱动指标 兼职人效（有进展的周）', `${WEEKS}/27`, '/2026/bsc/eff/'],
      ['结果指标 服务满意度（有进展的周）', `${WEEKS}/27`, '/2026/bsc/nps/'],
    ]);
  });

  it('computes the tests once per build and period', () => {
    expect(causalTests(l, '2026')).toBe(causalTests(l, '2026'));
  });

  it('is undefined for a period without a BSC', () => {
    expect(causalEvidence(l, '2026-q1')).toBeUndefined();
  });
});

describe('a metric page’s edges', () => {
  const l = look();

  it('lists the edges into and out of the metric, with verdicts', () => {
    const eff = metricCausalEdges(l, '2026', 'eff');
    expect(eff.into).toEqual([]);
    expect(eff.out.map((e) => [e.to.label, e.verdict])).toEqual([['服务满意度', 'contradicted'], ['净营收', 'supported']]);
    const nps = metricCausalEdges(l, '2026', 'nps');
    expect(nps.into.map((e) => [e.from.label, e.verdict])).toEqual([['兼职人效', 'contradicted']]);
    expect(nps.out.map((e) => [e.to.label, e.verdict])).toEqual([['百万元投诉率', 'insufficient']]);
  });
});

describe('the BSC map draws each edge by its verdict', () => {
  const l = look();
  const map = bscCausalMap(l, '2026')!;
  const lines = map.code.split('\n').map((x) => x.trim());
  const id = (metric: string) => map.nodes.find((n) => n.key === `2026:bsc/${metric}`)!.id;

  it('writes the verdict’s symbol after the marker on each edge', () => {
    expect(lines).toContain(`${id('eff')} -->|"①✗"| ${id('nps')}`);
    expect(lines).toContain(`${id('eff')} -->|"②✓"| ${id('revenue')}`);
    expect(lines).toContain(`${id('nps')} -->|"③?"| ${id('complaints')}`);
    expect(map.edges.map((e) => [e.marker, e.badge, e.verdict])).toEqual([['①', '✗', 'contradicted'], ['②', '✓', 'supported'], ['③', '?', 'insufficient']]);
  });

  it('styles each edge by its verdict (Mermaid numbers links in the order written)', () => {
    expect(lines).toContain(`linkStyle 0 ${LINK_STYLES.contradicted}`);
    expect(lines).toContain(`linkStyle 1 ${LINK_STYLES.supported}`);
    expect(lines).toContain(`linkStyle 2 ${LINK_STYLES.insufficient}`);
    // Colour and dash both differ between verdicts.
    expect(new Set(Object.values(LINK_STYLES).map((s) => /stroke:([^,]+)/.exec(s)![1])).size).toBe(4);
    expect(LINK_STYLES.insufficient).toContain('stroke-dasharray');
    expect(LINK_STYLES.supported).not.toContain('stroke-dasharray');
  });
});
