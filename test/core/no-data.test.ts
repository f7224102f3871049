// No data is not 0: a KR without a value yet has no score and is left out of the aggregates above it,
// which say how many KRs they rest on; once the period has ended it counts as 0, flagged.
import { describe, expect, it } from 'vitest';
import { aggregateCard, scoreKeyResult, scoreObjective } from '../../src/core/scoring/okr.ts';
import { env, keyResult, objective } from './build.ts';

const DURING = '2026-07-02'; // half the year
const measuredKr = (id: string, value?: number) =>
  keyResult({ id, measure: { type: 'increase', unit: '%', baseline: 40, target: 80 }, checkins: value === undefined ? [] : [{ date: '2026-07-01', value }] });

describe('an objective during the period', () => {
  const krs = [measuredKr('kr1', 60), measuredKr('kr2'), measuredKr('kr3', 70), keyResult({ id: 'kr4', measure: { type: 'increase', unit: '%', target: 'X' } })];
  const cards = krs.map((kr) => scoreKeyResult(kr, env(DURING)));
  const card = scoreObjective(objective(krs), cards, env(DURING));

  it('is the mean over the KRs that have a score, naming the others', () => {
    expect(card.score.explain.computation).toBe('(0.50 + 0.75) ÷ 2 = 0.63');
    expect(card.score.explain.notes.map((n) => n.zh)).toEqual(['KR2 还没有数据，未计入。', 'KR4 无法计分，未计入。']);
    expect(card.score.explain.notes.map((n) => n.en)).toEqual(['KR2 has no data yet and is left out.', 'KR4 has no score and is left out.']);
  });

  it('carries its coverage: 2 of 4 KRs', () => {
    expect(card.coverage).toEqual({ measured: 2, total: 4, of: 'kr' });
    expect(card.aggregate).toBe(true);
    expect(cards[0].aggregate).toBe(false);
  });

  it('takes its pace from the KRs with data only', () => {
    expect(card.expected).toBe(0.5);
    expect(card.status).toBe('on-track');
  });

  it('is not 已达成 while a KR has no data, even when the measured ones are done', () => {
    const both = [measuredKr('kr1', 80), measuredKr('kr2')];
    const done = scoreObjective(objective(both), both.map((kr) => scoreKeyResult(kr, env(DURING))), env(DURING));
    expect(done.progress.value).toBe(1);
    expect(done.status).toBe('on-track');
    const all = [measuredKr('kr1', 80)];
    expect(scoreObjective(objective(all), all.map((kr) => scoreKeyResult(kr, env(DURING))), env(DURING)).status).toBe('done');
  });
});

describe('an aggregate without any data', () => {
  it('has no score ("—"), status no-data, not 0 and not 落后', () => {
    const krs = [measuredKr('kr1'), measuredKr('kr2')];
    const card = scoreObjective(objective(krs), krs.map((kr) => scoreKeyResult(kr, env(DURING))), env(DURING));
    expect(card.score.value).toBeNull();
    expect(card.score.explain.computation).toBe('—');
    expect(card.status).toBe('no-data');
    expect(card.band).toBeUndefined();
    expect(card.coverage).toEqual({ measured: 0, total: 2, of: 'kr' });
  });

  it('is unscored when every KR is unscored', () => {
    const krs = [keyResult({ id: 'kr1' }), keyResult({ id: 'kr2', measure: { type: 'at-least', unit: '分', target: 'X' } })];
    const card = scoreObjective(objective(krs), krs.map((kr) => scoreKeyResult(kr, env(DURING))), env(DURING));
    expect(card.status).toBe('unscored');
    expect(card.score.value).toBeNull();
  });

  it('is no-data, not unscored, when one KR could be scored but has no data', () => {
    const krs = [keyResult({ id: 'kr1' }), measuredKr('kr2')];
    const card = scoreObjective(objective(krs), krs.map((kr) => scoreKeyResult(kr, env(DURING))), env(DURING));
    expect(card.status).toBe('no-data');
  });

  it('passes "no data" up: a set over an objective without data leaves it out by name', () => {
    const e = env(DURING);
    const o1 = aggregateCard('2026:market/o1', [{ label: { zh: 'kr1', en: 'kr1' }, card: scoreKeyResult(measuredKr('kr1', 60), e) }], e);
    const o2 = aggregateCard('2026:market/o2', [{ label: { zh: 'kr1', en: 'kr1' }, card: scoreKeyResult(measuredKr('kr1'), e) }], e);
    const set = aggregateCard('2026:market', [{ label: { zh: 'o1', en: 'o1' }, card: o1 }, { label: { zh: 'o2', en: 'o2' }, card: o2 }], e);
    expect(set.score.explain.computation).toBe('(0.50) ÷ 1 = 0.50');
    expect(set.score.explain.notes.map((n) => n.zh)).toEqual(['o2 还没有数据，未计入。']);
    expect(set.coverage).toEqual({ measured: 1, total: 2, of: 'kr' });
  });
});

describe('after the period has ended', () => {
  const END = '2026-12-31';
  const krs = [measuredKr('kr1', 60), measuredKr('kr2')];
  const cards = krs.map((kr) => scoreKeyResult(kr, env(END)));
  const card = scoreObjective(objective(krs), cards, env(END));

  it('counts a measured KR without data as 0, flagged, and says so in the aggregate', () => {
    expect(cards[1].score.value).toBe(0);
    expect(cards[1].endedWithoutData).toBe(true);
    expect(cards[0].endedWithoutData).toBe(false);
    expect(card.score.explain.computation).toBe('(0.50 + 0.00) ÷ 2 = 0.25');
    expect(card.score.explain.notes.map((n) => n.zh)).toEqual(['KR2 周期已结束仍没有数据，按 0 计。']);
  });

  it('still says only 1 of 2 KRs has data', () => {
    expect(card.coverage).toEqual({ measured: 1, total: 2, of: 'kr' });
  });

  it('does not turn an unscorable KR into 0', () => {
    const unscorable = scoreKeyResult(keyResult({ measure: { type: 'increase', unit: '%', target: 'X' } }), env(END));
    expect(unscorable.score.value).toBeNull();
    expect(unscorable.endedWithoutData).toBe(false);
  });

  it('lets a self-assessment stand for the missing data', () => {
    const kr = keyResult({ measure: { type: 'manual' }, selfAssessment: { score: 0.6 } });
    const c = scoreKeyResult(kr, env(END));
    expect(c.score.value).toBe(0.6);
    expect(c.coverage.measured).toBe(1);
  });
});
