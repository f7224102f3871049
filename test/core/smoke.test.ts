import { describe, expect, it } from 'vitest';
import { formatScore } from '../../src/core/scoring/explain.ts';

describe('formatScore', () => {
  it('keeps two decimals, three when the third matters', () => {
    expect(formatScore(0.875)).toBe('0.875');
    expect(formatScore(0.7)).toBe('0.70');
  });
});
