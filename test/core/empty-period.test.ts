// Empty periods (2026 Q1–Q3 in the demo) say why they are empty and link to the periods that have content.
import { describe, expect, it } from 'vitest';
import { emptyPeriodView } from '../../src/core/views/empty-period.ts';
import { demoLookup } from './demo.ts';

describe('empty periods (demo)', () => {
  it('2026 Q1, over at 2026-11-20, says why and links to 2026 and 2026 Q4', () => {
    const view = emptyPeriodView(demoLookup('2026-11-20'), '2026-q1')!;
    expect(view.reason.zh).toBe('2026 Q1 已经结束，没有部门或个人写过这个周期的 OKR（content/okrs/2026-q1/ 下没有文件）。');
    expect(view.withContent.map((c) => [c.period.href, c.sets, c.bsc])).toEqual([['/2026/', 5, true], ['/2026-q4/', 2, false]]);
  });

  it('says a period has not started yet, or is under way', () => {
    expect(emptyPeriodView(demoLookup('2026-05-01'), '2026-q3')!.reason.en).toMatch(/^2026 Q3 has not started/);
    expect(emptyPeriodView(demoLookup('2026-08-01'), '2026-q3')!.reason.zh).toBe('还没有部门或个人写 2026 Q3 的 OKR（content/okrs/2026-q3/ 下没有文件）。');
  });

  it('is absent for periods with OKRs or a BSC', () => {
    const look = demoLookup('2026-11-20');
    expect([emptyPeriodView(look, '2026'), emptyPeriodView(look, '2026-q4')]).toEqual([undefined, undefined]);
  });
});
