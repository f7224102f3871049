// npm run okr -- new-period: the demo's sets copied to the next year and quarter keep everything a
// plan is made of (puzzle/okr #1255 lost baselines and action plans), and the copies load cleanly.
import { describe, expect, it } from 'vitest';
import { newPeriod, type NewPeriodFile } from '../../src/core/edit/new-period.ts';
import { loadOrganisation } from '../../src/core/index.ts';
import type { KeyResult, Organisation, OkrSet } from '../../src/core/model.ts';
import { latestReading } from '../../src/core/scoring/current.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { demoFiles } from './demo.ts';

const PERIODS_2027 = `  - id: '2027'
    name: 2027 年度
    start: 2027-01-01
    end: 2027-12-31
  - id: 2027-q1
    name: 2027 Q1
    start: 2027-01-01
    end: 2027-03-31
    parent: '2027'

# 首页展示的周期`;

/** The demo with 2027 and 2027 Q1 in settings.yaml, and (optionally) the 2026 BSC carried over to 2027. */
function demoWith2027(bsc: boolean): SourceFile[] {
  const files = demoFiles().map((f) => (f.path === 'settings.yaml' ? { ...f, text: f.text.replace('\n# 首页展示的周期', `\n${PERIODS_2027}`) } : f));
  const year = files.find((f) => f.path === 'bsc/2026.mdx')!;
  return bsc ? [...files, { path: 'bsc/2027.mdx', text: year.text.replace("period: '2026'", "period: '2027'") }] : files;
}

function load(files: SourceFile[]): Organisation {
  const { org, diagnostics } = loadOrganisation(files, { today: '2026-12-31', asOf: '2026-12-31' });
  expect(diagnostics.filter((d) => d.severity === 'error').map((d) => `${d.file}:${d.line} ${d.message.en}`)).toEqual([]);
  return org!;
}

function copy(files: SourceFile[], from: string, to: string): NewPeriodFile[] {
  const result = newPeriod(load(files), files, from, to);
  if (!result.ok) throw new Error(result.error.en);
  return result.files;
}

const asFiles = (copies: NewPeriodFile[]): SourceFile[] => copies.map((c) => ({ path: c.path, text: c.text }));
const krsOf = (set: OkrSet) => set.objectives.flatMap((o) => o.keyResults.map((kr) => ({ o, kr })));
const moved = (key: string) => key.replace(/^2026-q4:/, '2027-q1:').replace(/^2026:/, '2027:');

describe('new-period on the demo: 2026 → 2027, then 2026 Q4 → 2027 Q1', () => {
  const base = demoWith2027(true);
  const year = copy(base, '2026', '2027');
  const quarter = copy([...base, ...asFiles(year)], '2026-q4', '2027-q1');
  const before = load(base);
  const after = load([...base, ...asFiles(year), ...asFiles(quarter)]);

  it('writes one file per set, at okrs/<to>/<owner>.mdx', () => {
    expect(year.map((f) => f.path)).toEqual(['okrs/2027/curriculum.mdx', 'okrs/2027/market.mdx', 'okrs/2027/sales.mdx', 'okrs/2027/service.mdx', 'okrs/2027/tech.mdx']);
    expect(quarter.map((f) => f.path)).toEqual(['okrs/2027-q1/du-kangjie.mdx', 'okrs/2027-q1/wang-jun.mdx']);
  });

  const pairs = before.sets.filter((s) => s.period === '2026' || s.period === '2026-q4').map((s) => [s, after.sets.find((t) => t.key === moved(s.key))!] as const);

  it('keeps every KR: title, owners, collaborators, weight, actions, measure, visibility; baselines are the last values', () => {
    expect(pairs.length).toBe(7);
    let baselines = 0;
    for (const [old, copied] of pairs) {
      expect(copied, old.key).toBeDefined();
      expect([copied.title?.replace('2027 Q1', '2026 Q4').replace('2027', '2026'), copied.sample, copied.visibility, copied.body]).toEqual([old.title, old.sample, old.visibility, old.body]);
      const krs = krsOf(copied);
      krsOf(old).forEach(({ o, kr }, i) => {
        const c: KeyResult = krs[i].kr;
        expect([krs[i].o.id, krs[i].o.title, krs[i].o.weight], kr.key).toEqual([o.id, o.title, o.weight]);
        expect({ id: c.id, title: c.title, owners: c.ownerIds, collaborators: c.collaboratorIds, weight: c.weight, actions: c.actions, visibility: c.visibility }, kr.key)
          .toEqual({ id: kr.id, title: kr.title, owners: kr.ownerIds, collaborators: kr.collaboratorIds, weight: kr.weight, actions: kr.actions, visibility: kr.visibility });
        expect([c.checkins, c.selfAssessment, c.due], kr.key).toEqual([[], undefined, copied.period === '2027' ? '2027-12-31' : '2027-03-31']);
        expect(c.measure === undefined, kr.key).toBe(kr.measure === undefined);
        if (!kr.measure || !c.measure) return;
        const [m, n] = [kr.measure, c.measure];
        expect([n.type, 'unit' in n ? n.unit : undefined, 'target' in n ? n.target : undefined], kr.key).toEqual([m.type, 'unit' in m ? m.unit : undefined, 'target' in m ? m.target : undefined]);
        const last = latestReading(kr, '2026-12-31');
        if ((m.type === 'increase' || m.type === 'decrease') && (n.type === 'increase' || n.type === 'decrease')) {
          const reached = last && n.target.kind === 'value' && (m.type === 'increase' ? last.value >= n.target.value : last.value <= n.target.value);
          if (last && !reached) {
            baselines++;
            expect(n.baseline, kr.key).toEqual({ value: last.value, label: `${old.period === '2026' ? '2026 年度' : '2026 Q4'} 末`, sample: true });
          } else expect(n.baseline, kr.key).toEqual(m.baseline);
        }
        if (m.type === 'milestone' && n.type === 'milestone') expect(n.steps.map((s) => [s.title, s.done])).toEqual(m.steps.map((s) => [s.title, undefined]));
      });
    }
    // Every increase/decrease KR of the demo with a value by 2026-12-31 (market KR1 1190, wang-jun KR1 25, …).
    expect(baselines).toBe(18);
    // One had reached its absolute target: as a baseline it would leave nothing to reach, so it is kept, and the report says why.
    expect(year.find((f) => f.path === 'okrs/2027/tech.mdx')!.report.map((m) => m.zh)).toContain('O2/KR2：2026-12-31 前的最新数值 100 已达到目标 100，以它为基线目标就不再在前方；基线保持原样，请为 2027 年度 定新的目标和基线。');
  });

  it('re-points every alignment to the same item in the new period, since it exists there', () => {
    let links = 0;
    for (const [old, copied] of pairs) {
      for (const [i, o] of old.objectives.entries()) {
        const c = copied.objectives[i];
        for (const [from, to] of [[o.key, c.key], ...o.keyResults.map((kr, j) => [kr.key, c.keyResults[j].key])]) {
          const want = before.relations.alignsTo(from).map(moved);
          links += want.length;
          expect(after.relations.alignsTo(to), from).toEqual(want);
        }
      }
    }
    expect(links).toBe(24);
    // And both ways: the 2027 market KR is supported by the 2027 Q1 copy of 杜康杰's O2.
    expect(after.relations.supportedBy('2027:market/o1/kr1')).toContain('2027-q1:du-kangjie/o2');
  });

  it('keeps the comments and the way things were written', () => {
    const wang = quarter.find((f) => f.path.endsWith('wang-jun.mdx'))!.text;
    expect(wang).toContain('        # 示意：visibility: private 的 KR 只在内部站点上');
    expect(wang).toContain("        measure: { type: increase, unit: '%', baseline: { value: 25, label: 2026 Q4 末, sample: true }, target: 30 }\n        due: 2027-03-31\n");
    expect(wang).toContain('        owners: [王俊]\n        collaborators: [姚涣]\n');
    expect(wang).toContain('    alignsTo: [tech/o1/kr1]\n');
    expect(wang).not.toContain('checkins');
  });
});

describe('new-period reports what it could not carry over', () => {
  it('keeps an alignment on the old period when the new one has no such objective, and says so', () => {
    const files = demoWith2027(false);
    const [du] = copy(files, '2026-q4', '2027-q1');
    expect(du.text).toContain("    alignsTo: ['2026:market/o1/kr1']\n");
    expect(du.report.map((m) => m.zh)).toContain('o2：market/o1/kr1 在 2027 中还不存在，仍指向 2026（写作 2026:market/o1/kr1）；检查会报 cross-period，等 2027 的目标写好后请改为对齐到它。');
    expect(du.report[0].zh).toBe('3 个 KR 的基线改为 2026-12-31 前的最新数值（label: 2026 Q4 末）；6 个截止改为 2027-03-31（原在 2026-q4 之内）；6 个里程碑步骤的截止平移到新周期；2 个步骤的完成标记已清除；4 个 KR 的进展已清除；2 个自评已清除。');
  });

  it('refuses a period that is not in settings.yaml', () => {
    const files = demoFiles();
    const result = newPeriod(load(files), files, '2026-q4', '2027-q1');
    expect(result.ok ? '' : result.error.zh).toMatch(/^周期 2027-q1 不存在。请先在 settings.yaml 的 periods 中添加它/);
  });
});
