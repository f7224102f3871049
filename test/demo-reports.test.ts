// The demo's weekly reports (scripts/demo-reports.ts): reproducible, committed as generated, and showing what the
// demo is meant to show: a three-week gap, one confidence drop, a BSC whose data supports every causal edge but one.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { loadOrganisation } from '../src/core/index.ts';
import { testCauses } from '../src/core/scoring/causal.ts';
import { DEMO_DIR, demoFiles } from './core/demo.ts';
import { demoReports, DROP, fridaysBetween, GAP, LAST_FRIDAY, STALE, TOO_FEW_MOVES, UNREPORTED, UNSUPPORTED, weekIndex } from '../scripts/lib/demo-reports.ts';

const withoutReports = demoFiles().filter((f) => !f.path.startsWith('reports/'));
const { org } = loadOrganisation(withoutReports, { today: '2026-11-20', asOf: '2026-11-20' });
const reports = demoReports(org!);

interface Line { value?: number; progress?: number; confidence?: number; note?: string }
const parsed = [...reports].map(([path, text]) => {
  const [, period, owner, date] = /^reports\/([^/]+)\/([^/]+)\/(\d{4}-\d{2}-\d{2})\.md$/.exec(path)!;
  const [, front, body] = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text)!;
  const data = parse(front) as { author: string; sample: boolean; values?: Record<string, Line> };
  return { path, period, owner, date, body, ...data };
}).sort((a, b) => a.date.localeCompare(b.date));

/** Every value a ref got, by date, across all reports (BSC refs from any period). */
function history(ref: string): [string, Line][] {
  return parsed.flatMap((r) => (r.values?.[ref] ? [[r.date, r.values[ref]] as [string, Line]] : []));
}

describe('demo weekly reports', () => {
  it('are the same on every run, and the committed files are what the generator writes', () => {
    expect(demoReports(org!)).toEqual(reports);
    for (const [path, text] of reports) expect(readFileSync(join(DEMO_DIR, path), 'utf8'), path).toBe(text);
    expect(demoFiles().filter((f) => f.path.startsWith('reports/') && f.path !== 'reports/README.md').length).toBe(reports.size);
  });

  it('are all sample data, dated Fridays inside their period, with the three sections and no HTML', () => {
    for (const r of parsed) {
      expect(r.sample, r.path).toBe(true);
      expect(new Date(`${r.date}T00:00:00Z`).getUTCDay(), r.path).toBe(5);
      const period = org!.periods.find((p) => p.id === r.period)!;
      expect(r.date >= period.start && r.date <= period.end && r.date <= LAST_FRIDAY, r.path).toBe(true);
      expect(r.body.match(/^## .+$/gm)).toEqual(['## 本周进展', '## 风险同步和资源支持', '## 下周计划']);
      expect(r.body.split('\n').every((l) => l === '' || /^## |^- [^<>`]+$/.test(l)), r.path).toBe(true);
    }
  });

  it('have one gap of three weeks, for sales in August', () => {
    const missing = (owner: string, period: string, from: string, to: string) => {
      const have = new Set(parsed.filter((r) => r.owner === owner && r.period === period).map((r) => r.date));
      return fridaysBetween(from, to).filter((f) => !have.has(f));
    };
    expect(missing('sales', '2026', '2026-01-09', LAST_FRIDAY)).toEqual(GAP.fridays);
    expect(GAP.fridays.map(weekIndex)).toEqual([31, 32, 33]);
    for (const owner of ['market', 'service', 'curriculum', 'tech']) expect(missing(owner, '2026', '2026-01-09', LAST_FRIDAY)).toEqual([]);
    // 王俊 has not written this week's report yet.
    expect(missing('wang-jun', '2026-q4', '2026-10-09', LAST_FRIDAY)).toEqual([LAST_FRIDAY]);
  });

  it('have one confidence drop from ≥ 0.7 to ≤ 0.4 in a week, and that report asks for support', () => {
    const drops: string[] = [];
    const refs = new Set(parsed.flatMap((r) => Object.keys(r.values ?? {})));
    for (const ref of refs) {
      const h = history(ref);
      for (let i = 1; i < h.length; i++) if (h[i - 1][1].confidence! >= 0.7 && h[i][1].confidence! <= 0.4) drops.push(`${ref}@${h[i][0]}`);
    }
    expect(drops).toEqual([`${DROP.ref}@${DROP.friday}`]);
    const report = parsed.find((r) => r.owner === 'service' && r.date === DROP.friday)!;
    expect(report.body.split('## 下周计划')[0].split('## 风险同步和资源支持')[1]).toContain(`@${DROP.asks}`);
  });

  it('give no KR or metric a value in a week it has an inline check-in', () => {
    const measured = [...org!.sets.flatMap((s) => s.objectives.flatMap((o) => o.keyResults)), ...org!.bscs.flatMap((b) => b.metrics)];
    for (const item of measured) {
      const ref = item.key.slice(item.key.indexOf(':') + 1);
      for (const [date] of history(ref)) {
        for (const c of item.checkins) {
          const days = (weekIndex(c.date) - weekIndex(date)) * 7; // Friday is day 4 of its Monday-to-Sunday week
          expect(days < -4.5 || days > 2.5, `${ref} ${date} ${c.date}`).toBe(true);
        }
      }
    }
  });

  it('leave private KRs out, and keep a KR without data and a stale one', () => {
    expect(history('wang-jun/o1/kr3')).toEqual([]);
    for (const ref of UNREPORTED) expect(history(ref), ref).toEqual([]);
    expect(history(STALE.ref).at(-1)![0] < STALE.after).toBe(true);
  });

  // The statistic of docs/scoring.md (lagged change agreement): of the weeks where the driver's weekly change at t
  // and the outcome's at t + lag were both moves, the share where the outcome got better as the driver did.
  it('support every causal edge of the BSC but one, at any lag of 0 to 4 weeks, by lagged change agreement', () => {
    const bsc = org!.bscs.find((b) => b.period === '2026')!;
    const weekly = (id: string) => {
      const metric = bsc.metrics.find((m) => m.id === id)!;
      const better = metric.measure.type === 'decrease' || metric.measure.type === 'at-most' ? -1 : 1;
      const points = [...metric.checkins.map((c) => [c.date, c.value!] as [string, number]), ...history(`bsc/${id}`).map(([d, l]) => [d, l.value!] as [string, number])]
        .sort((x, y) => x[0].localeCompare(y[0]));
      // One value a week (Sunday's latest), weeks from the one of 2026-01-05 to the one of LAST_FRIDAY.
      const values = fridaysBetween('2026-01-09', LAST_FRIDAY).map((f) => points.filter(([d]) => weekIndex(d) <= weekIndex(f) + 2 / 7).at(-1)?.[1]);
      const max = Math.max(...values.map((v) => Math.abs(v ?? 0)));
      return values.map((v, i) => (v === undefined || values[i - 1] === undefined || Math.abs(v - values[i - 1]!) <= 0.002 * max ? 0 : Math.sign(v - values[i - 1]!) * better));
    };
    for (const lag of [0, 1, 2, 3, 4]) {
      for (const { from, to } of bsc.causes) {
        const d = weekly(from), o = weekly(to);
        const pairs = d.flatMap((x, t) => (x !== 0 && o[t + lag] ? [x === o[t + lag]] : []));
        const agreement = pairs.filter(Boolean).length / pairs.length;
        const edge = `${from} → ${to}, lag ${lag}: ${pairs.filter(Boolean).length}/${pairs.length}`;
        if (from === TOO_FEW_MOVES) expect(pairs.length, edge).toBeLessThan(6);
        else if (from === UNSUPPORTED.from && to === UNSUPPORTED.to) expect(pairs.length >= 6 && agreement <= 0.4, edge).toBe(true);
        else expect(pairs.length >= 6 && agreement >= 0.6, edge).toBe(true);
      }
    }
  });

  it('load with no diagnostics, and their values become check-ins', () => {
    const { org: loaded, diagnostics } = loadOrganisation(demoFiles(), { today: '2026-11-20', asOf: '2026-11-20' });
    expect(diagnostics.filter((d) => d.file.startsWith('reports/'))).toEqual([]);
    expect(loaded!.reports.length).toBe(reports.size);
    const verdicts = testCauses(loaded!.bscs[0], loaded!.periods.find((p) => p.id === '2026')!, '2026-11-20').map((t) => `${t.from} → ${t.to}: ${t.verdict}`);
    expect(verdicts.filter((v) => !v.endsWith('supported')).sort()).toEqual([
      `${TOO_FEW_MOVES} → net-margin: insufficient`, `${TOO_FEW_MOVES} → nps: insufficient`, `${UNSUPPORTED.from} → ${UNSUPPORTED.to}: contradicted`,
    ].sort());
    expect(verdicts.filter((v) => v.endsWith(': supported'))).toHaveLength(6);
    const kr = loaded!.sets.flatMap((s) => s.objectives.flatMap((o) => o.keyResults)).find((k) => k.key === `2026:${DROP.ref}`)!;
    expect(kr.checkins.find((c) => c.date === DROP.friday)).toMatchObject({ confidence: DROP.after, report: `reports/2026/service/${DROP.friday}.md` });
    const interception = loaded!.bscs[0].metrics.find((m) => m.id === 'blacklist-interception')!;
    expect(interception.checkins.filter((c) => c.report?.startsWith('reports/2026-q4/du-kangjie/')).length).toBe(6);
    expect(loaded!.reports.find((r) => r.key.endsWith(`service@${DROP.friday}`))?.asks).toContain('yao-huan');
  });
});
