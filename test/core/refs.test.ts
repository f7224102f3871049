import { describe, expect, it } from 'vitest';
import { formatRef, parseAlignableRef, parseRef, refKey, scorecardKey, setKey, withPeriod, type Ref } from '../../src/core/refs.ts';
import { refSchema } from '../../src/core/schemas/common.ts';

describe('parseRef', () => {
  it('reads a BSC ref', () => {
    expect(parseRef('bsc/nps')).toEqual({ kind: 'bsc', item: 'nps' });
  });

  it('reads an objective ref', () => {
    expect(parseRef('market/o1')).toEqual({ kind: 'objective', owner: 'market', objective: 'o1' });
  });

  it('reads a key result ref', () => {
    expect(parseRef('market/o1/kr2')).toEqual({ kind: 'kr', owner: 'market', objective: 'o1', kr: 'kr2' });
  });

  it('reads a period prefix on every kind', () => {
    expect(parseRef('2026:market/o1')).toEqual({ kind: 'objective', period: '2026', owner: 'market', objective: 'o1' });
    expect(parseRef('2026-q1:bsc/nps')).toEqual({ kind: 'bsc', period: '2026-q1', item: 'nps' });
    expect(parseRef('2026:sales/o2/kr1')).toEqual({ kind: 'kr', period: '2026', owner: 'sales', objective: 'o2', kr: 'kr1' });
  });

  it("reads a set and a BSC as a whole, the model's keys for them", () => {
    expect(parseRef('2026:market')).toEqual({ kind: 'set', period: '2026', owner: 'market' });
    expect(parseRef('2026:bsc')).toEqual({ kind: 'scorecard', period: '2026' });
    expect(parseRef('company')).toEqual({ kind: 'set', owner: 'company' });
  });

  it('accepts only things inside a BSC or a set as alignment targets', () => {
    for (const text of ['market', '2026:market', 'bsc', '2026:bsc']) {
      expect(parseAlignableRef(text), text).toBeUndefined();
      expect(refSchema.safeParse(text).success, text).toBe(false);
    }
    expect(parseAlignableRef('company/o1')).toEqual({ kind: 'objective', owner: 'company', objective: 'o1' });
  });

  it('ignores surrounding white space', () => {
    expect(parseRef('  market/o1 ')).toEqual({ kind: 'objective', owner: 'market', objective: 'o1' });
  });

  it.each([
    ['uppercase owner', 'Market/o1'],
    ['uppercase objective', 'market/O1'],
    ['uppercase period', 'Q1:market/o1'],
    ['a BSC ref with three segments', 'bsc/a/b'],
    ['an empty first segment', '/o1'],
    ['an empty last segment', 'market/'],
    ['an empty middle segment', 'market//kr1'],
    ['an empty period', ':market/o1'],
    ['four segments', 'market/o1/kr1/x'],
    ['two period prefixes', '2026:q1:market/o1'],
    ['a segment starting with a dash', 'market/-o1'],
    ['non-ASCII segments', '市场/o1'],
    ['a segment longer than an id may be', `${'a'.repeat(65)}/o1`],
    ['the empty string', ''],
  ])('rejects %s (%j)', (_, text) => {
    expect(parseRef(text)).toBeUndefined();
    expect(refSchema.safeParse(text).success).toBe(false);
  });
});

describe('formatRef', () => {
  it.each(['bsc/nps', 'market/o1', 'market/o1/kr2', '2026:market/o1', '2026-q1:bsc/clean-revenue', '2026:sales/o2/kr1', '2026:market', '2026:bsc'])('round-trips %s', (text) => {
    expect(formatRef(parseRef(text)!)).toBe(text);
  });

  it('omits the period when it is the context period', () => {
    expect(formatRef(parseRef('2026:market/o1')!, '2026')).toBe('market/o1');
    expect(formatRef(parseRef('2026:bsc/nps')!, '2026')).toBe('bsc/nps');
    expect(formatRef(parseRef('2026:market/o1/kr2')!, '2026')).toBe('market/o1/kr2');
  });

  it('keeps the period when it differs from the context period', () => {
    expect(formatRef(parseRef('2026:market/o1')!, '2026-q1')).toBe('2026:market/o1');
  });

  it('writes no prefix for a ref without a period', () => {
    expect(formatRef(parseRef('market/o1')!, '2026')).toBe('market/o1');
  });
});

describe('refKey and withPeriod', () => {
  it('names sets and BSCs through the same format', () => {
    expect(setKey('2026', 'market')).toBe('2026:market');
    expect(scorecardKey('2026-q1')).toBe('2026-q1:bsc');
    expect(parseRef(setKey('2026', 'company'))).toEqual({ kind: 'set', period: '2026', owner: 'company' });
  });

  it('always carries the period', () => {
    const ref: Ref = { kind: 'kr', owner: 'market', objective: 'o1', kr: 'kr2' };
    expect(refKey(withPeriod(ref, '2026'))).toBe('2026:market/o1/kr2');
  });

  it('keeps a period that was written', () => {
    expect(withPeriod(parseRef('2026:market/o1')!, '2026-q1')).toEqual({ kind: 'objective', period: '2026', owner: 'market', objective: 'o1' });
    expect(refKey(withPeriod(parseRef('2026:market/o1')!, '2026-q1'))).toBe('2026:market/o1');
  });
});
