// 待更新 (stale): a KR not done whose latest update is older than pace.staleAfterDays in a running period;
// and 数据截至, the newest data of the organisation.
import { describe, expect, it } from 'vitest';
import type { Period } from '../../src/core/model.ts';
import { currentPeriodOf, periodsAt } from '../../src/core/periods.ts';
import { scoreOrganisation } from '../../src/core/scoring/index.ts';
import { scoreKeyResult, type Env } from '../../src/core/scoring/okr.ts';
import { lastUpdateOf, newestDataDate } from '../../src/core/scoring/updates.ts';
import { env, keyResult, YEAR } from './build.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const increase = { type: 'increase', unit: '%', baseline: 40, target: 80 } as const;
const at = (asOf: string, staleAfterDays?: number): Env => {
  const e = env(asOf);
  return staleAfterDays === undefined ? e : { ...e, settings: { ...e.settings, pace: { ...e.settings.pace, staleAfterDays } } };
};

describe('stale KRs', () => {
  it('is stale 15 days after the latest check-in, with its date and age', () => {
    const kr = keyResult({ measure: increase, checkins: [{ date: '2026-05-01', value: 50 }, { date: '2026-06-10', value: 55 }] });
    expect(scoreKeyResult(kr, at('2026-06-24')).stale).toBeUndefined();
    expect(scoreKeyResult(kr, at('2026-06-25')).stale).toEqual({ lastUpdate: '2026-06-10', days: 15 });
    expect(scoreKeyResult(kr, at('2026-06-30')).stale).toEqual({ lastUpdate: '2026-06-10', days: 20 });
  });

  it('counts a note-only check-in as an update, and ignores check-ins after asOf', () => {
    const kr = keyResult({ measure: increase, checkins: [{ date: '2026-05-01', value: 50 }, { date: '2026-06-20', note: '评审中' }, { date: '2026-07-15', value: 70 }] });
    expect(scoreKeyResult(kr, at('2026-06-30')).stale).toBeUndefined();
    expect(scoreKeyResult(kr, at('2026-07-10')).stale).toEqual({ lastUpdate: '2026-06-20', days: 20 });
  });

  it('counts the latest milestone step done date as the update', () => {
    const kr = keyResult({ measure: { type: 'milestone', steps: [{ title: 'a', done: '2026-03-20' }, { title: 'b', done: '2026-06-01' }, { title: 'c' }] } });
    expect(lastUpdateOf(kr, '2026-05-31')).toBe('2026-03-20');
    expect(scoreKeyResult(kr, at('2026-06-30')).stale).toEqual({ lastUpdate: '2026-06-01', days: 29 });
  });

  it('follows pace.staleAfterDays', () => {
    const kr = keyResult({ measure: increase, checkins: [{ date: '2026-06-10', value: 55 }] });
    expect(scoreKeyResult(kr, at('2026-06-30', 30)).stale).toBeUndefined();
    expect(scoreKeyResult(kr, at('2026-06-30', 7)).stale?.days).toBe(20);
  });

  it('is never stale when done, when the period has ended, or without any update', () => {
    const done = keyResult({ measure: increase, checkins: [{ date: '2026-03-01', value: 80 }] });
    expect(scoreKeyResult(done, at('2026-06-30')).status).toBe('done');
    expect(scoreKeyResult(done, at('2026-06-30')).stale).toBeUndefined();
    const old = keyResult({ measure: increase, checkins: [{ date: '2026-03-01', value: 50 }] });
    expect(scoreKeyResult(old, at('2026-12-31')).stale).toBeUndefined();
    expect(scoreKeyResult(keyResult({ measure: increase }), at('2026-06-30')).stale).toBeUndefined();
  });
});

describe('数据截至: the newest data', () => {
  it('is the newest check-in or step-done date up to asOf', () => {
    const { org } = loadBase();
    expect(newestDataDate(org!, '2026-06-30')).toBe('2026-06-15');
    expect(newestDataDate(org!, '2026-06-14')).toBe('2026-06-01');
    expect(newestDataDate(org!, '2026-03-25')).toBe('2026-03-20');
    expect(scoreOrganisation(org!).dataAsOf).toBe('2026-06-15');
  });

  it('sees BSC metrics and guard indicators too', () => {
    const files = withFile(baseFiles(), 'bsc/2026.mdx', (t) => replaceOnce(t, '{ date: 2026-06-01, value: 12 }', '{ date: 2026-06-28, value: 12 }'));
    expect(scoreOrganisation(loadBase(files).org!).dataAsOf).toBe('2026-06-28');
  });

  it('is undefined before anything was reported', () => {
    expect(newestDataDate(loadBase().org!, '2026-01-01')).toBeUndefined();
  });
});

describe('the current period', () => {
  const q = (n: number, start: string, end: string): Period => ({ ...YEAR, id: `2026-q${n}`, name: `2026 Q${n}`, start, end, parentId: '2026', ancestors: ['2026'] });
  const periods = [q(4, '2026-10-01', '2026-12-31'), YEAR, q(3, '2026-07-01', '2026-09-30')];

  it('lists every period containing asOf, the longest first', () => {
    expect(periodsAt(periods, '2026-11-20').map((p) => p.id)).toEqual(['2026', '2026-q4']);
    expect(periodsAt(periods, '2026-09-30').map((p) => p.id)).toEqual(['2026', '2026-q3']);
    expect(periodsAt(periods, '2027-01-05')).toEqual([]);
  });

  it('is settings.currentPeriod when written, else the longest period containing asOf, else the latest', () => {
    expect(currentPeriodOf(periods, '2026-11-20', '2026-q3')).toBe('2026-q3');
    expect(currentPeriodOf(periods, '2026-11-20')).toBe('2026');
    expect(currentPeriodOf([q(3, '2026-07-01', '2026-09-30'), q(4, '2026-10-01', '2026-12-31')], '2026-11-20')).toBe('2026-q4');
    expect(currentPeriodOf(periods, '2027-01-05')).toBe('2026');
  });
});
