import { describe, expect, it } from 'vitest';
import { DEFAULT_BANDS, settingsSchema } from '../../src/core/schemas/settings.ts';
import { bandOf, isConservative } from '../../src/core/scoring/grading.ts';
import { expectedProgress, paceStatus } from '../../src/core/scoring/pace.ts';
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

  it('falls back to linear time when a step has no due date', () => {
    const some = measure({ type: 'milestone', steps: [{ title: 'a', due: '2026-03-31' }, { title: 'b' }] });
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-07-02', some)).toBe(0.5);
  });
});

describe('paceStatus', () => {
  const pace = { atRisk: 0.8, offTrack: 0.5 };
  const status = (progress: number | null, expected: number, over: { hasData?: boolean; guardrail?: boolean } = {}) =>
    paceStatus({ progress, expected, hasData: over.hasData ?? true, guardrail: over.guardrail ?? false, pace });

  it('uses the default pace settings', () => {
    expect(settingsSchema.parse({ company: 'x', periods: [{ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' }], currentPeriod: '2026' }).pace).toEqual(pace);
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

  it('is no-data without a reading', () => {
    expect(status(0, 0.5, { hasData: false })).toBe('no-data');
  });

  it('is unscored without a progress', () => {
    expect(status(null, 0.5)).toBe('unscored');
    expect(status(null, 0.5, { hasData: false })).toBe('unscored');
  });

  it('is off track for an unmet guardrail, whatever the time', () => {
    expect(status(0, 0, { guardrail: true })).toBe('off-track');
    expect(status(0, 0.9, { guardrail: true })).toBe('off-track');
  });

  it('follows custom pace settings', () => {
    expect(paceStatus({ progress: 0.35, expected: 0.5, hasData: true, guardrail: false, pace: { atRisk: 0.6, offTrack: 0.2 } })).toBe('on-track');
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
    expect(settingsSchema.parse({ company: 'x', periods: [{ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' }], currentPeriod: '2026' }).grading)
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

  it('no data', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'increase', unit: '%', baseline: 40, target: 80 } }), e);
    expect(card.status).toBe('no-data');
    expect(card.score.value).toBe(0);
  });

  it('an unmet guardrail is off track', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'at-most', unit: '%', target: 5 }, checkins: [{ date: '2026-07-01', value: 6 }] }), e);
    expect(card.status).toBe('off-track');
  });

  it('a milestone has data even with no step done', () => {
    const card = scoreKeyResult(keyResult({ measure: { type: 'milestone', steps: [{ title: 'a', due: '2026-03-31' }, { title: 'b', due: '2026-09-30' }] } }), e);
    expect(card.expected).toBe(0.5);
    expect(card.status).toBe('off-track');
  });

  it('expects against the KR due date', () => {
    const card = scoreKeyResult(keyResult({ due: '2026-03-31', measure: { type: 'manual' }, checkins: [{ date: '2026-03-31', progress: 0.6 }] }), e);
    expect(card.expected).toBe(1);
    expect(card.status).toBe('at-risk');
  });
});
