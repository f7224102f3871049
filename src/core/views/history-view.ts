import { history, type History } from '../chart/history.ts';
import { historyChart } from '../chart/history-chart.ts';
import { sparkline, type Sparkline } from '../chart/sparkline.ts';
import type { SvgNode } from '../chart/svg.ts';
import type { Measured } from '../model.ts';
import type { Lookup } from './lookup.ts';

/**
 * A KR's or metric's history as its page shows it: the chart (absent when nothing was reported yet: the
 * page says 暂无进展记录), and which parts it has, for the legend under it. The table is the check-ins.
 */
export interface HistoryView {
  chart?: SvgNode;
  pace: boolean;
  target: boolean;
  confidence: boolean;
  sample: boolean;
}

/** The item's history on `look.org.asOf`, from its period's start. */
export function historyOf(look: Lookup, item: Measured, unit?: string): History {
  const start = look.periods.get(item.period)?.start ?? item.due;
  return history(item, start, look.org.asOf, unit);
}

export function historyView(look: Lookup, item: Measured, name: string, unit?: string): HistoryView {
  const h = historyOf(look, item, unit);
  return {
    ...(h.points.length > 0 && { chart: historyChart(h, name) }),
    pace: h.pace.length > 1, target: h.target !== undefined,
    confidence: h.points.some((p) => p.confidence !== undefined), sample: h.points.some((p) => p.sample),
  };
}

export function sparklineView(look: Lookup, item: Measured): Sparkline | undefined {
  return sparkline(historyOf(look, item));
}

/** `{ spark }` for a row, or nothing when there is no history. */
export const optionalSpark = (spark: Sparkline | undefined): { spark?: Sparkline } => (spark ? { spark } : {});

/** The page of the weekly report a check-in came from (`reports/<period>/<owner>/<date>.md`), when it is one. */
export function reportHref(look: Lookup, file: string): string | undefined {
  return look.reportPages.get(file);
}
