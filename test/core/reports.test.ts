// Weekly reports: where their values go, what a page reads from them, what the public site keeps.
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/core/load/index.ts';
import { latestReading } from '../../src/core/scoring/current.ts';
import { publicView } from '../../src/core/public-view.ts';
import { mentionedPeople, splitSections } from '../../src/core/load/report-body.ts';
import { addDays, isoWeek, isoWeekMonday } from '../../src/core/week.ts';
import type { Organisation } from '../../src/core/model.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { caseFiles } from './fixture.ts';

const TODAY = '2026-07-01';

function load(files: SourceFile[]): Organisation {
  const { org, diagnostics } = loadOrganisation(files, { today: TODAY });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return org!;
}

function withFile(files: SourceFile[], path: string, text: string): SourceFile[] {
  return [...files.filter((f) => f.path !== path), { path, text }];
}

const kr = (org: Organisation, key: string) => org.sets.flatMap((s) => s.objectives.flatMap((o) => o.keyResults)).find((k) => k.key === key)!;

describe('weekly reports', () => {
  const org = load(caseFiles('ok-weekly-report'));

  it('are placed by their path: period, owner, date, ISO week; sorted by owner then date', () => {
    expect(org.reports.map((r) => [r.key, r.owner.kind, r.week])).toEqual([
      ['2026-q1:li-si@2026-03-06', 'person', '2026-03-02'],
      ['2026:sales@2026-06-19', 'department', '2026-06-15'],
      ['2026:zhang-san@2026-06-26', 'person', '2026-06-22'],
    ]);
  });

  it('give the author (the person who owns a personal report when none is written)', () => {
    expect(org.reports.map((r) => r.authorId)).toEqual(['li-si', 'zhang-san', 'zhang-san']);
  });

  it('cut the body into the three sections and collect whom the risks ask for support', () => {
    const sales = org.reports.find((r) => r.key === '2026:sales@2026-06-19')!;
    expect(sales.sections.progress).toBe('- 违规率降至 8.1%。');
    expect(sales.sections.risks).toBe('- 服务覆盖率的数据口径需要 @王五 确认。');
    expect(sales.sections.next).toBe('- 复盘高危话术 TOP10。');
    expect(sales.asks).toEqual(['wang-wu']);
  });

  it("become check-ins of the KRs and metrics they name, in date order, marked with the report's file", () => {
    const k = kr(org, '2026:sales/o1/kr1');
    expect(k.checkins.map((c) => [c.date, c.value, c.confidence, c.report])).toEqual([
      ['2026-06-15', 8.5, undefined, undefined],
      ['2026-06-19', 8.1, 0.7, 'reports/2026/sales/2026-06-19.md'],
      ['2026-06-26', 7.9, 0.7, 'reports/2026/zhang-san/2026-06-26.md'],
    ]);
    const nps = org.bscs[0].metrics.find((m) => m.id === 'nps')!;
    expect(nps.checkins.map((c) => [c.date, c.value, c.report])).toEqual([['2026-06-01', 86, undefined], ['2026-06-19', 80, 'reports/2026/sales/2026-06-19.md']]);
    // A confidence alone is a check-in too: no value, so the value still comes from elsewhere.
    expect(kr(org, '2026:sales/o2/kr1').checkins).toMatchObject([{ date: '2026-06-19', confidence: 0.4, note: '数据口径待确认' }]);
  });

  it('make the latest report the current value', () => {
    expect(latestReading(kr(org, '2026:sales/o1/kr1'), '2026-06-30')).toMatchObject({ value: 7.9, date: '2026-06-26' });
    expect(latestReading(kr(org, '2026:sales/o1/kr1'), '2026-06-20')).toMatchObject({ value: 8.1, date: '2026-06-19' });
    expect(latestReading(kr(org, '2026:sales/o3/kr2'), '2026-06-30', 'progress')).toMatchObject({ value: 0.5, date: '2026-06-19' });
  });

  it('give way, on the same day, to a check-in written in the OKR file (set explicitly)', () => {
    const files = caseFiles('ok-weekly-report');
    const sales = files.find((f) => f.path === 'okrs/2026/sales.mdx')!;
    const text = sales.text.replace('{ date: 2026-06-15, value: 8.5, note: AI 质检上线 }', '{ date: 2026-06-26, value: 9, note: 按新口径重算 }');
    const explicit = load(withFile(files, sales.path, text));
    expect(latestReading(kr(explicit, '2026:sales/o1/kr1'), '2026-06-30')).toMatchObject({ value: 9 });
  });

  it('are left out of the public site with a private set, and lose the values of private KRs', () => {
    const files = caseFiles('ok-weekly-report');
    const sales = files.find((f) => f.path === 'okrs/2026/sales.mdx')!;
    const privateKr = load(withFile(files, sales.path, sales.text.replace("        title: 违规率降至 5% 以下\n", "        title: 违规率降至 5% 以下\n        visibility: private\n")));
    const shown = publicView(privateKr).org.reports.find((r) => r.key === '2026:sales@2026-06-19')!;
    expect(shown.values.map((v) => v.key)).toEqual(['2026:sales/o3/kr2', '2026:sales/o2/kr1', '2026:bsc/nps']);
    const privateSet = load(withFile(files, sales.path, sales.text.replace("period: '2026'\n", "period: '2026'\nvisibility: private\n")));
    expect(publicView(privateSet).org.reports.map((r) => r.key)).toEqual(['2026-q1:li-si@2026-03-06', '2026:zhang-san@2026-06-26']);
  });
});

describe('splitSections', () => {
  it('reads the three headings at any level, and the other ways editors write them', () => {
    expect(splitSections('# 本周进展\n做了 A\n### 风险：\n要 B\n## Next week\n做 C')).toEqual({
      sections: { progress: '做了 A', risks: '要 B', next: '做 C' }, missing: [], headed: true,
    });
  });

  it('keeps text under an unknown heading in the section above, and a body without headings as 本周进展', () => {
    expect(splitSections('## 本周进展\nA\n## 数据\nB').sections).toEqual({ progress: 'A\n## 数据\nB' });
    expect(splitSections('只有一句话').missing).toEqual(['risks', 'next']);
    expect(splitSections('只有一句话').headed).toBe(false);
  });

  it('ignores headings inside fenced code', () => {
    expect(splitSections('## 本周进展\n```\n## 下周计划\n```\n')).toMatchObject({ missing: ['risks', 'next'] });
  });

  it('counts a section written with nothing under it as written, not missing', () => {
    expect(splitSections('## 本周进展\nA\n## 风险同步和资源支持\n## 下周计划\nC').missing).toEqual([]);
  });
});

describe('mentionedPeople', () => {
  const lookup = (name: string) => ({ 王五: ['wang-wu'], 'wang-wu': ['wang-wu'], 张三: ['zhang-san'] } as Record<string, string[]>)[name] ?? [];
  it('lists each person once, in order, and not the mentions in code or of no one', () => {
    expect(mentionedPeople('请 @王五 和 @张三 支持，`@张三` 不算，@王五 再提一次，@产品主管', lookup)).toEqual(['wang-wu', 'zhang-san']);
  });
});

describe('ISO weeks', () => {
  it('start on Monday and are named by it', () => {
    expect(isoWeekMonday('2026-06-15')).toBe('2026-06-15');
    expect(isoWeekMonday('2026-06-21')).toBe('2026-06-15');
    expect(isoWeekMonday('2026-01-01')).toBe('2025-12-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(isoWeek('2026-01-01')).toEqual({ year: 2026, week: 1 });
    expect(isoWeek('2027-01-01')).toEqual({ year: 2026, week: 53 });
  });
});
