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
