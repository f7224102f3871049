import type { Measure } from '../schemas/measure.ts';
import type { Reading } from '../scoring/current.ts';
import { withUnit } from './format.ts';

/** A reported value as pages show it: the number with its unit, its date, and whether it is sample data. */
export interface ReadingView {
  text: string;
  date: string;
  sample: boolean;
}

export function readingView(reading: Reading | undefined, unit?: string): ReadingView | undefined {
  return reading && { text: withUnit(reading.value, unit), date: reading.date, sample: reading.sample };
}

/** A baseline as pages show it: its value (or placeholder), what it is (去年), and whether its value is missing. */
export interface BaselineView {
  text: string;
  label?: string;
  sample: boolean;
  /** No value yet: the KR cannot be scored until one is written. */
  missing: boolean;
}

export function baselineView(measure: Measure | undefined): BaselineView | undefined {
  if (!measure || !('baseline' in measure) || !measure.baseline) return undefined;
  const b = measure.baseline;
  const text = b.value !== undefined ? withUnit(b.value, measure.unit) : (b.placeholder ?? '');
  return { text, label: b.label, sample: b.sample, missing: b.value === undefined };
}
