import { describe, expect, it } from 'vitest';
import { measureSchema, parseTarget, targetSchema, type MeasureInput } from '../../src/core/schemas/measure.ts';
import { targetValue } from '../../src/core/scoring/target.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

describe('parseTarget', () => {
  it.each<[number | string, ReturnType<typeof parseTarget>]>([
    [80, { kind: 'value', value: 80 }],
    ['80', { kind: 'value', value: 80 }],
    ['1.02', { kind: 'value', value: 1.02 }],
    ['-10%', { kind: 'change', percent: -10 }],
    ['+50%', { kind: 'change', percent: 50 }],
    ['-15％', { kind: 'change', percent: -15 }],
    ['+ 2.5 %', { kind: 'change', percent: 2.5 }],
    ['+5', { kind: 'delta', amount: 5 }],
    ['-0.3', { kind: 'delta', amount: -0.3 }],
    ['X', { kind: 'placeholder', text: 'X' }],
    ['xx', { kind: 'placeholder', text: 'xx' }],
    ['≥X', { kind: 'placeholder', text: '≥X' }],
    [' X ', { kind: 'placeholder', text: 'X' }],
    ['X万元', { kind: 'placeholder', text: 'X万元' }],
    ['X%', { kind: 'placeholder', text: 'X%' }],
    ['X倍', { kind: 'placeholder', text: 'X倍' }],
    ['X亿', { kind: 'placeholder', text: 'X亿' }],
    ['≥ XX 分', { kind: 'placeholder', text: '≥ XX 分' }],
    ['+X%', { kind: 'placeholder', text: '+X%', sign: 1 }],
    ['-x', { kind: 'placeholder', text: '-x', sign: -1 }],
    ['−10%', { kind: 'change', percent: -10 }],
  ])('reads %j', (written, expected) => {
    expect(parseTarget(written)).toEqual(expected);
  });

  it.each(['80%', 'eighty', '', '+', '10%%', '1.2.3', 'X1', 'X产品', 'xx 产品线', 'Xx', 'XXXXX'])('rejects %j', (written) => {
    expect(parseTarget(written)).toBeUndefined();
    expect(targetSchema.safeParse(written).success).toBe(false);
  });

  it('the schema turns the written target into its parsed form', () => {
    expect(targetSchema.parse('-10%')).toEqual({ kind: 'change', percent: -10 });
  });
});

const base = { type: 'increase', unit: '%', baseline: 40, target: 80 } satisfies MeasureInput;

function issues(input: unknown) {
  const r = measureSchema.safeParse(input);
  expect(r.success).toBe(false);
  return r.error!.issues.map((i) => ({ path: i.path, kind: (i as { params?: { kind?: string } }).params?.kind }));
}

describe('measureSchema', () => {
  it('accepts the valid starting measure and normalises the baseline', () => {
    expect(measureSchema.parse(base)).toEqual({ type: 'increase', unit: '%', baseline: { value: 40, sample: false }, target: { kind: 'value', value: 80 } });
  });

  it('accepts a labelled sample baseline', () => {
    expect(measureSchema.parse({ ...base, baseline: { value: 40, label: '2025 Q4', sample: true } })).toMatchObject({
      baseline: { value: 40, label: '2025 Q4', sample: true },
    });
  });

  it('accepts an absolute increase target without a baseline', () => {
    expect(measureSchema.safeParse({ type: 'increase', unit: '人', target: 20 }).success).toBe(true);
  });

  it('accepts a placeholder target', () => {
    expect(measureSchema.parse({ ...base, target: 'X' })).toMatchObject({ target: { kind: 'placeholder', text: 'X' } });
  });

  it.each(['at-least', 'at-most'] as const)('rejects a relative target on the guardrail %s', (type) => {
    expect(issues({ type, unit: '%', target: '+10%' })).toEqual([{ path: ['target'], kind: 'guardrail-relative' }]);
    expect(issues({ type, unit: '%', target: '+5' })).toEqual([{ path: ['target'], kind: 'guardrail-relative' }]);
  });

  it('accepts a plain guardrail target', () => {
    expect(measureSchema.parse({ type: 'at-least', unit: '%', target: 10 })).toEqual({ type: 'at-least', unit: '%', target: { kind: 'value', value: 10 } });
  });

  it('rejects a baseline on a guardrail (strict object)', () => {
    expect(measureSchema.safeParse({ type: 'at-most', unit: '%', baseline: 3, target: 5 }).success).toBe(false);
  });

  it('rejects a decreasing relative target on an increase', () => {
    expect(issues({ ...base, target: '-10%' })).toEqual([{ path: ['target'], kind: 'target-direction' }]);
  });

  it('rejects an increasing relative target on a decrease', () => {
    expect(issues({ type: 'decrease', unit: '%', baseline: 12, target: '+10%' })).toEqual([{ path: ['target'], kind: 'target-direction' }]);
    expect(issues({ type: 'decrease', unit: '%', baseline: 12, target: '+2' })).toEqual([{ path: ['target'], kind: 'target-direction' }]);
  });

  it('accepts a relative target whose baseline is not known yet', () => {
    expect(measureSchema.parse({ type: 'increase', target: '+50%' })).toEqual({ type: 'increase', target: { kind: 'change', percent: 50 } });
    expect(measureSchema.parse({ type: 'decrease', baseline: '去年', target: '-10%' })).toEqual({
      type: 'decrease', baseline: { label: '去年', sample: false }, target: { kind: 'change', percent: -10 },
    });
  });

  it('accepts a decrease without a baseline, and a baseline value that is a placeholder', () => {
    expect(measureSchema.safeParse({ type: 'decrease', unit: '%', target: 5 }).success).toBe(true);
    expect(measureSchema.parse({ type: 'decrease', baseline: { value: 'X', label: '2025 Q4' }, target: '-15%' })).toMatchObject({
      baseline: { placeholder: 'X', label: '2025 Q4', sample: false },
    });
    expect(measureSchema.parse({ type: 'decrease', baseline: 'X', target: '-15%' })).toMatchObject({ baseline: { placeholder: 'X' } });
  });

  it('rejects a baseline with neither value nor label, and a value that is words', () => {
    expect(issues({ type: 'decrease', baseline: {}, target: '-10%' })).toEqual([{ path: ['baseline'], kind: 'baseline-empty' }]);
    expect(issues({ type: 'decrease', baseline: { value: '去年' }, target: '-10%' })).toEqual([{ path: ['baseline', 'value'], kind: 'baseline-value' }]);
  });

  it('rejects a signed placeholder on a guardrail or against the direction', () => {
    expect(issues({ type: 'at-least', target: '+X%' })).toEqual([{ path: ['target'], kind: 'guardrail-relative' }]);
    expect(issues({ type: 'increase', target: '-X%' })).toEqual([{ path: ['target'], kind: 'target-direction' }]);
  });

  it('rejects a percentage change of a zero baseline', () => {
    expect(issues({ ...base, baseline: 0, target: '+50%' })).toEqual([{ path: ['target'], kind: 'change-of-zero' }]);
  });

  it('rejects an increase target below or at the baseline', () => {
    expect(issues({ ...base, target: 30 })).toEqual([{ path: ['target'], kind: 'target-vs-baseline' }]);
    expect(issues({ ...base, target: 40 })).toEqual([{ path: ['target'], kind: 'target-vs-baseline' }]);
  });

  it('rejects a decrease target above the baseline', () => {
    expect(issues({ type: 'decrease', unit: '%', baseline: 12, target: 15 })).toEqual([{ path: ['target'], kind: 'target-vs-baseline' }]);
  });

  it('rejects an increase target of 0 when no baseline is given (the baseline counts as 0)', () => {
    expect(issues({ type: 'increase', unit: '人', target: 0 })).toEqual([{ path: ['target'], kind: 'target-vs-baseline' }]);
  });

  it('accepts any unit, and no unit at all', () => {
    for (const unit of ['次/月', '个工作日', '小时', '亿次', '篇', 'percent']) expect(measureSchema.parse({ ...base, unit })).toMatchObject({ unit });
    expect(measureSchema.parse({ type: 'increase', target: 3 })).not.toHaveProperty('unit');
  });

  it('rejects an empty unit and an unknown type', () => {
    expect(measureSchema.safeParse({ ...base, unit: ' ' }).success).toBe(false);
    expect(measureSchema.safeParse({ ...base, type: 'grow' }).success).toBe(false);
  });

  it('keeps a placeholder step due apart from real dates', () => {
    const m = measureSchema.parse({ type: 'milestone', steps: [{ title: '到岗', due: 'X月' }, { title: '评审', due: '2026-03-31' }] });
    expect(m).toMatchObject({ steps: [{ title: '到岗', duePlaceholder: 'X月' }, { title: '评审', due: '2026-03-31' }] });
    expect(m.type === 'milestone' && m.steps[0].due).toBeUndefined();
    expect(measureSchema.safeParse({ type: 'milestone', steps: [{ title: 'a', due: '三月底' }] }).success).toBe(false);
  });

  it('needs at least one milestone step', () => {
    expect(measureSchema.safeParse({ type: 'milestone', steps: [] }).success).toBe(false);
    expect(measureSchema.safeParse({ type: 'milestone', steps: [{ title: '定稿', done: '2026-03-20' }] }).success).toBe(true);
    expect(measureSchema.safeParse({ type: 'milestone', steps: [{ title: '定稿', done: '2026-02-30' }] }).success).toBe(false);
  });
});

describe('targetValue', () => {
  const value = (input: MeasureInput) => targetValue(measureSchema.parse(input));

  it('is the written value', () => {
    expect(value(base)).toBe(80);
  });

  it('applies a percentage change to the baseline', () => {
    expect(value({ type: 'decrease', unit: '元/百万元', baseline: 1.2, target: '-15%' })).toBe(1.02);
    expect(value({ type: 'increase', unit: '万元', baseline: 20, target: '+50%' })).toBe(30);
  });

  it('adds a change in units to the baseline', () => {
    expect(value({ type: 'increase', unit: '分', baseline: 70, target: '+5' })).toBe(75);
    expect(value({ type: 'decrease', unit: '天', baseline: 10, target: '-3' })).toBe(7);
  });

  it('has none for a placeholder, a milestone or a manual measure', () => {
    expect(value({ ...base, target: 'X' })).toBeUndefined();
    expect(value({ type: 'milestone', steps: [{ title: 'a' }] })).toBeUndefined();
    expect(value({ type: 'manual' })).toBeUndefined();
  });

  it('has none while the baseline value is unknown', () => {
    expect(value({ type: 'decrease', baseline: '去年', target: '-10%' })).toBeUndefined();
    expect(value({ type: 'decrease', target: 5 })).toBeUndefined();
    expect(value({ type: 'increase', baseline: { label: '2025' }, target: 80 })).toBeUndefined();
    expect(value({ type: 'increase', baseline: { value: 'X' }, target: '+5' })).toBeUndefined();
    expect(value({ type: 'increase', target: '+100%' })).toBeUndefined();
    expect(value({ type: 'increase', target: '+5' })).toBeUndefined();
  });

  it('is the guardrail value', () => {
    expect(value({ type: 'at-most', unit: '%', target: 5 })).toBe(5);
  });
});

describe('targets as written in a content file', () => {
  const SALES = 'okrs/2026/sales.mdx';
  const load = (from: string, to: string) => loadBase(withFile(baseFiles(), SALES, (t) => replaceOnce(t, from, to)));
  const krTarget = (org: NonNullable<ReturnType<typeof loadBase>['org']>, key: string) => {
    const kr = org.sets.flatMap((s) => s.objectives).flatMap((o) => o.keyResults).find((k) => k.key === key)!;
    return targetValue(kr.measure!);
  };

  it('reads an unquoted +50% as a change of the baseline', () => {
    const { org, diagnostics } = loadBase();
    expect(diagnostics).toEqual([]);
    expect(krTarget(org!, '2026:sales/o2/kr2')).toBe(30);
  });

  it("reads a quoted '+5' as a change in units", () => {
    const { org, diagnostics } = load('baseline: 20, target: +50% }', "baseline: 20, target: '+5' }");
    expect(diagnostics).toEqual([]);
    expect(krTarget(org!, '2026:sales/o2/kr2')).toBe(25);
  });

  // YAML itself reads an unquoted +5 as the number 5; the documented `+5` form must still be a change.
  it('reads an unquoted +5 as a change in units', () => {
    const { org, diagnostics } = load('baseline: 20, target: +50% }', 'baseline: 20, target: +5 }');
    expect(diagnostics).toEqual([]);
    expect(krTarget(org!, '2026:sales/o2/kr2')).toBe(25);
  });

  // Likewise an unquoted -3 on a decrease is baseline 12 − 3 = 9, not the absolute target -3.
  it('reads an unquoted -3 as a change in units', () => {
    const { org, diagnostics } = load('baseline: 12, target: 5 }', 'baseline: 12, target: -3 }');
    expect(diagnostics).toEqual([]);
    expect(krTarget(org!, '2026:sales/o1/kr1')).toBe(9);
  });
});
