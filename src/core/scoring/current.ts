import type { Measured } from '../model.ts';
import type { Checkin } from '../schemas/checkin.ts';

export interface Reading {
  value: number;
  date: string;
  sample: boolean;
  checkin: Checkin;
}

/** The latest check-in on or before `asOf` that carries `field`; later check-ins are the future. */
export function latestReading(item: Pick<Measured, 'checkins'>, asOf: string, field: 'value' | 'progress' = 'value'): Reading | undefined {
  let best: Checkin | undefined;
  for (const c of item.checkins) {
    if (c[field] === undefined || c.date > asOf) continue;
    if (!best || c.date >= best.date) best = c;
  }
  return best && { value: best[field]!, date: best.date, sample: best.sample ?? false, checkin: best };
}
