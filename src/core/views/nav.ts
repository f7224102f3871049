import type { Lookup } from './lookup.ts';
import { urls } from './urls.ts';

export interface PeriodLink {
  id: string;
  name: string;
  nameEn?: string;
  href: string;
  active: boolean;
  current: boolean;
}

/**
 * The period switcher: every period, years before their quarters, each linking to the same page
 * in that period where it exists (`samePage`), else to that period's home.
 */
export function periodLinks(look: Lookup, active: string, samePage?: (period: string) => string | undefined): PeriodLink[] {
  const current = look.currentPeriod;
  return [...look.periods.values()]
    .sort((a, b) => a.start.localeCompare(b.start) || b.end.localeCompare(a.end))
    .map((p) => ({ id: p.id, name: p.name, nameEn: p.nameEn, href: samePage?.(p.id) ?? urls.period(p.id), active: p.id === active, current: p.id === current }));
}
