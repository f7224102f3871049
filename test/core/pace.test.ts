import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, settingsSchema } from '../../src/core/schemas/settings.ts';
import { bandOf, isConservative } from '../../src/core/scoring/grading.ts';
import { expectedProgress, lateSteps, paceStatus } from '../../src/core/scoring/pace.ts';
import { scoreKeyResult } from '../../src/core/scoring/okr.ts';
import { env, keyResult, measure } from './build.ts';

describe('expectedProgress: linear in time', () => {
  const at = (asOf: string) => expectedProgress('2026-01-01', '2026-12-31', asOf);

  it('is 0 at the start and before it', () => {
    expect(at('2026-01-01')).toBe(0);
    expect(at('2025-12-01')).toBe(0);
  });

  it('is the share of days passed', () => {
    expect(at('2026-07-02')).toBe(0.5); // 182 of 364 days
    expect(expectedProgress('2026-01-01', '2026-01-11', '2026-01-05')).toBe(0.4);
  });

  it('is 1 at the due date and after it', () => {
    expect(at('2026-12-31')).toBe(1);
    expect(at('2027-03-01')).toBe(1);
  });

  it('steps from 0 to 1 when start and due are the same day', () => {
    expect(expectedProgress('2026-03-31', '2026-03-31', '2026-03-30')).toBe(0);
    expect(expectedProgress('2026-03-31', '2026-03-31', '2026-03-31')).toBe(1);
  });

  it('uses the due date, not the period end', () => {
    expect(expectedProgress('2026-01-01', '2026-03-31', '2026-06-30')).toBe(1);
  });
});

describe('expectedProgress: milestone steps with due dates', () => {
  const steps = measure({
    type: 'milestone',
    steps: [
      { title: 'a', due: '2026-03-31' },
      { title: 'b', due: '2026-06-30' },
      { title: 'c', due: '2026-09-30' },
      { title: 'd', due: '2026-12-31' },
    ],
  });

  it('is the share of steps due by asOf', () => {
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-03-30', steps)).toBe(0);
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-03-31', steps)).toBe(0.25);
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-06-29', steps)).toBe(0.25);
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-06-30', steps)).toBe(0.5);
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-12-31', steps)).toBe(1);
  });

  it('gives a step without a due date the KR due date', () => {
    const some = measure({ type: 'milestone', steps: [{ title: 'a', due: '2026-03-31' }, { title: 'b' }] });
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-07-02', some)).toBe(0.5);
    expect(expectedProgress('2026-01-01', '2026-08-31', '2026-09-01', some)).toBe(1);
    const none = measure({ type: 'milestone', steps: [{ title: '交付' }] });
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-06-30', none)).toBe(0);
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-12-31', none)).toBe(1);
  });
});

describe('lateSteps: a step is late only past its due date and not done', () => {
  const m = measure({
    type: 'milestone',
    steps: [
      { title: 'a', due: '2026-03-31', done: '2026-03-30' },
      { title: 'b', due: '2026-06-30', done: '2026-07-10' },
      { title: 'c' },
    ],
  });
  const late = (asOf: string, due = '2026-12-31') => lateSteps(m as Extract<typeof m, { type: 'milestone' }>, due, asOf).map((s) => s.title);

  it('is not late on its due date, late the day after, on time again once done', () => {
    expect(late('2026-06-30')).toEqual([]);
    expect(late('2026-07-01')).toEqual(['b']);
    expect(late('2026-07-10')).toEqual([]);
  });

  it('takes the KR due date for a step without one', () => {
    expect(late('2026-12-31')).toEqual([]);
    expect(late('2027-01-01')).toEqual(['c']);
    expect(late('2026-09-01', '2026-08-31')).toEqual(['c']);
  });
});

describe('paceStatus', () => {
  const pace = { atRisk: 0.8, offTrack: 0.5 };
  const status = (progress: number | null, expected: number, over: { hasData?: boolean; guardrail?: boolean; scorable?: boolean; late?: boolean } = {}) =>
    paceStatus({
      progress, expected, scorable: over.scorable ?? true, hasData: over.hasData ?? true, guardrail: over.guardrail ?? false,
      milestone: over.late === undefined ? undefined : { late: over.late }, pace,
    });

  it('uses the default pace settings: 0.8, 0.5 and 14 days', () => {
    expect(settingsSchema.parse({ company: 'x', periods: [{ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' }] }).pace)
      .toEqual({ ...pace, staleAfterDays: 14 });
  });

  it('is on track at or above 80% of the expected progress', () => {
    expect(status(0.5, 0.5)).toBe('on-track');
    expect(status(0.4, 0.5)).toBe('on-track');
    expect(status(0.9, 0.5)).toBe('on-track');
  });

  it('is at risk from 50% up to 80% of the expected progress', () => {
    expect(status(0.39, 0.5)).toBe('at-risk');
    expect(status(0.25, 0.5)).toBe('at-risk');
  });

  it('is off track below 50% of the expected progress', () => {
    expect(status(0.24, 0.5)).toBe('off-track');
    expect(status(0, 0.5)).toBe('off-track');
  });

  it('is on track when nothing is expected yet', () => {
    expect(status(0, 0)).toBe('on-track');
  });

  it('is done at full progress', () => {
    expect(status(1, 0.5)).toBe('done');
    expect(status(1, 0.5, { guardrail: true })).toBe('done');
  });

  it('is no-data without a reading, never off track', () => {
    expect(status(null, 0.5, { hasData: false })).toBe('no-data');
    expect(status(0, 1, { hasData: false, guardrail: true })).toBe('no-data');
  });

  it('is unscored when the target cannot be known, data or not', () => {
    expect(status(null, 0.5, { scorable: false })).toBe('unscored');
    expect(status(null, 0.5, { scorable: false, hasData: false })).toBe('unscored');
  });

  it('judges a milestone by its steps: off track only with a late step, whatever the time', () => {
    expect(status(0, 0.9, { late: false })).toBe('on-track');
    expect(status(0.9, 0.5, { late: true })).toBe('off-track');
    expect(status(1, 1, { late: false })).toBe('done');
  });

  it('is off track for an unmet guardrail, whatever the time', () => {
    expect(status(0, 0, { guardrail: true })).toBe('off-track');
    expect(status(0, 0.9, { guardrail: true })).toBe('off-track');
  });

  it('follows custom pace settings', () => {
    expect(paceStatus({ progress: 0.35, expected: 0.5, scorable: true, hasData: true, guardrail: false, pace: { atRisk: 0.6, offTrack: 0.2 } })).toBe('on-track');
  });
});

describe('bandOf with the default bands', () => {
  it.each([
    [1, '理想区间', 'good'],
    [0.7, '理想区间', 'good'],
    [0.69, '需关注', 'warn'],
    [0.4, '需关注', 'warn'],
    [0.39, '偏低', 'bad'],
    [0, '偏低', 'bad'],
  ])('%d is %s', (score, label, tone) => {
    expect(bandOf(score, DEFAULT_BANDS)).toMatchObject({ label, tone });
  });

  it('does not depend on the order the bands are written in', () => {
    expect(bandOf(0.5, [...DEFAULT_BANDS].reverse()).label).toBe('需关注');
  });

  it('falls back to the lowest band below every min', () => {
    const bands = [{ min: 0.5, label: '好', tone: 'good' as const }, { min: 0.2, label: '差', tone: 'bad' as const }];
    expect(bandOf(0.1, bands).label).toBe('差');
  });

  it('are the settings default', () => {
    expect(settingsSchema.parse({ company: 'x', periods: [{ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' }] }).grading)
      .toEqual({ bands: DEFAULT_BANDS, conservativeAt: 1 });
  });
});

describe('conservative flag', () => {
  it('flags a full score only once the period has ended', () => {
    expect(isConservative(1, 1, true)).toBe(true);
    expect(isConservative(1, 1, false)).toBe(false);
    expect(isConservative(0.99, 1, true)).toBe(false);
    expect(isConservative(0.9, 0.9, true)).toBe(true);
  });

  const met = keyResult({ measure: { type: 'at-least', unit: '分', target: 85 }, checkins: [{ date: '2026-06-01', value: 90 }] });

  it('is off for a full score mid-period', () => {
    const card = scoreKeyResult(met, env('2026-06-30'));
    expect(card.score.value).toBe(1);
    expect(card.status).toBe('done');
    expect(card.conservative).toBe(false);
  });

  it('is on for a full score on the last day of the period', () => {
    expect(scoreKeyResult(met, env('2026-12-31')).conservative).toBe(true);
  });

  it('is off for a sweet-spot score at period end', () => {
    const kr = keyResult({ measure: { type: 'manual' }, checkins: [{ date: '2026-12-20', progress: 0.7 }] });
    const card = scoreKeyResult(kr, env('2026-12-31'));
    expect(card.conservative).toBe(false);
    expect(card.band?.label).toBe('理想区间');
  });
});

describe('scoreKeyResult status', () => {
  const e = env('2026-07-02'); // half the year has passed

  it('on track', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'increase', unit: '%', baseline: 40, target: 80 }, checkins: [{ date: '2026-07-01', value: 60 }] }), e);
    expect(card.expected).toBe(0.5);
    expect(card.status).toBe('on-track');
  });

  it('at risk', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'increase', unit: '%', baseline: 40, target: 80 }, checkins: [{ date: '2026-07-01', value: 52 }] }), e);
    expect(card.progress.value).toBeCloseTo(0.3, 12);
    expect(card.status).toBe('at-risk');
  });

  it('off track', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'increase', unit: '%', baseline: 40, target: 80 }, checkins: [{ date: '2026-07-01', value: 44 }] }), e);
    expect(card.status).toBe('off-track');
  });

  it('no data: no score and no 0, never 落后', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'increase', unit: '%', baseline: 40, target: 80 } }), e);
    expect(card.status).toBe('no-data');
    expect(card.score.value).toBeNull();
    expect(card.progress.value).toBeNull();
    expect(card.band).toBeUndefined();
    expect(card.endedWithoutData).toBe(false);
    expect(card.coverage).toEqual({ measured: 0, total: 1, of: 'kr' });
  });

  it('no data at period end: 0, flagged endedWithoutData', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'at-least', unit: '%', target: 0 } }), env('2026-12-31'));
    expect(card.score.value).toBe(0);
    expect(card.status).toBe('no-data');
    expect(card.endedWithoutData).toBe(true);
    expect(card.score.explain.notes.map((n) => n.zh)).toEqual(['周期已结束仍没有数据，按 0 计。']);
    expect(card.coverage.measured).toBe(0);
  });

  it('a manual KR without progress is no data too', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'manual' }, checkins: [{ date: '2026-06-01', note: '启动' }] }), e);
    expect(card.status).toBe('no-data');
    expect(card.score.value).toBeNull();
  });

  it('an unmet guardrail is off track', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'at-most', unit: '%', target: 5 }, checkins: [{ date: '2026-07-01', value: 6 }] }), e);
    expect(card.status).toBe('off-track');
  });

  it('a milestone has data even with no step done, and is late when a step is past due', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'milestone', steps: [{ title: 'a', due: '2026-03-31' }, { title: 'b', due: '2026-09-30' }] } }), e);
    expect(card.expected).toBe(0.5);
    expect(card.status).toBe('off-track');
    expect(card.progress.explain.notes.map((n) => n.zh)).toEqual(['「a」已过截止日 2026-03-31 仍未完成，因此落后。']);
  });

  it('a one-step milestone due in December is not 落后 in June', () => {
    const kr = keyResult({ due: '2026-12-31', measure: { type: 'milestone', steps: [{ title: '上线新系统' }] } });
    const june = scoreKeyResult(kr, env('2026-06-30'));
    expect(june.progress.value).toBe(0);
    expect(june.expected).toBe(0);
    expect(june.status).toBe('on-track');
    expect(june.progress.explain.notes).toEqual([]);
    expect(scoreKeyResult(kr, env('2026-12-31')).status).toBe('on-track');
  });

  it('a milestone behind the clock but with no step past due is on track', () => {
    const kr = keyResult({ measure: { type: 'milestone', steps: [{ title: 'a', due: '2026-06-30' }, { title: 'b', due: '2026-06-30' }, { title: 'c', due: '2026-12-31' }] } });
    const card = scoreKeyResult(kr, env('2026-06-30'));
    expect(card.progress.value).toBe(0);
    expect(card.expected).toBeCloseTo(2 / 3, 12);
    expect(card.status).toBe('on-track');
    expect(scoreKeyResult(kr, env('2026-07-01')).status).toBe('off-track');
  });

  it('expects against the KR due date', () => {
    const card = scoreKeyResult(keyResult({ due: '2026-03-31', measure: { type: 'manual' }, checkins: [{ date: '2026-03-31', progress: 0.6 }] }), e);
    expect(card.expected).toBe(1);
    expect(card.status).toBe('at-risk');
  });
});
