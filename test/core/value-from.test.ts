// valueFrom: quarters: an annual KR takes the latest quarter KR's reading, and says where it came from.
import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../src/content-files.ts';
import { scoreOrganisation } from '../../src/core/scoring/index.ts';
import { siteLookup } from '../../src/core/views/lookup.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const Q2 = `  - id: 2026-q2
    name: 2026 Q2
    nameEn: Q2 2026
    start: 2026-04-01
    end: 2026-06-30
    parent: '2026'
currentPeriod:`;

const WANG_WU_Q2 = `---
owner: wang-wu
period: 2026-q2
objectives:
  - id: o1
    title: 违规率继续下降
    alignsTo: [sales/o1]
    keyResults:
      - id: kr1
        title: 违规率降至 7%
        measure: { type: decrease, unit: '%', baseline: 9, target: 7 }
        alignsTo: ['2026:sales/o1/kr1']
        due: 2026-06-30
        checkins:
          - { date: 2026-05-10, value: 7.5 }
          - { date: 2026-06-20, value: 7 }
---
`;

/** The base with Q2, sales/o1/kr1 reading its value from the quarters, and a Q1 and a Q2 KR aligned to it. */
function files(options: { valueFrom?: boolean; q2?: boolean; q1Checkin?: boolean } = {}) {
  const { valueFrom = true, q2 = true, q1Checkin = true } = options;
  let f = withFile(baseFiles(), 'settings.yaml', (t) => replaceOnce(t, 'currentPeriod:', Q2));
  if (valueFrom) f = withFile(f, 'okrs/2026/sales.mdx', (t) => replaceOnce(t, "target: 5 }\n", "target: 5 }\n        valueFrom: quarters\n"));
  f = withFile(f, 'okrs/2026-q1/li-si.mdx', (t) => replaceOnce(t, "target: 8 }, due: 2026-03-31 }",
    `target: 8 }, due: 2026-03-31, alignsTo: ['2026:sales/o1/kr1']${q1Checkin ? ", checkins: [{ date: '2026-03-20', value: 9 }]" : ''} }`));
  return q2 ? [...f, sourceFile('okrs/2026-q2/wang-wu.mdx', Buffer.from(WANG_WU_Q2))] : f;
}

function annualCard(f: ReturnType<typeof files>, asOf = '2026-06-30') {
  const { org, diagnostics } = loadBase(f, { asOf });
  expect(diagnostics.filter((d) => d.severity === 'error').map((d) => d.message.en)).toEqual([]);
  return scoreOrganisation(org!).cards.get('2026:sales/o1/kr1')!;
}

describe('valueFrom: quarters', () => {
  it('takes the latest reading of the latest quarter, and says where it came from', () => {
    const card = annualCard(files());
    expect(card.reading?.value).toBe(7);
    expect(card.reading?.date).toBe('2026-06-20');
    // (12 − 7) ÷ (12 − 5): the annual KR's own baseline and target, the quarter's value.
    expect(card.progress.value).toBeCloseTo(5 / 7);
    const current = card.progress.explain.inputs.find((i) => i.ref?.key === '2026-q2:wang-wu/o1/kr1')!;
    expect(current.label.zh).toBe('当前值（取自 2026 Q2 王五 O1 KR1）');
    expect(current.label.en).toBe('current (taken from Q2 2026 王五 O1 KR1)');
    expect(current.value).toBe('7%');
    expect(card.score.explain.notes.map((n) => n.zh)).toContainEqual(expect.stringContaining('当前值取自 2026 Q2 王五 O1 KR1（2026-06-20 的填报）'));
  });

  it('prefers the later quarter over an earlier one, and reads each as of asOf', () => {
    // Before Q2's first reading, Q1's is the latest.
    const april = annualCard(files(), '2026-04-30');
    expect([april.reading?.value, april.progress.explain.inputs.at(-1)?.ref?.key]).toEqual([9, '2026-q1:li-si/o1/kr2']);
    // On 2026-05-10 Q2 has 7.5; Q1's 9 is older and from an earlier quarter.
    expect(annualCard(files(), '2026-05-15').reading?.value).toBe(7.5);
  });

  it('keeps the KR’s own check-ins while no quarter KR has a reading, and says so', () => {
    const card = annualCard(files({ q2: false, q1Checkin: false }));
    expect(card.reading?.value).toBe(8.5);
    expect(card.progress.explain.notes.map((n) => n.zh)).toContainEqual(expect.stringContaining('对齐到本 KR 的季度 KR 中还没有数值'));
  });

  it('never takes a private quarter KR’s value into the public site', () => {
    const f = files().map((x) => (x.path === 'okrs/2026-q2/wang-wu.mdx' ? { ...x, text: x.text.replace('period: 2026-q2\n', 'period: 2026-q2\nvisibility: private\n') } : x));
    const { org, diagnostics } = loadBase(f, { asOf: '2026-06-30' });
    expect(siteLookup(org!, diagnostics).card('2026:sales/o1/kr1')!.reading?.value).toBe(9);
    expect(siteLookup(org!, diagnostics, { includePrivate: true }).card('2026:sales/o1/kr1')!.reading?.value).toBe(7);
  });

  it('is only used when the file says so', () => {
    const card = annualCard(files({ valueFrom: false }));
    expect(card.reading?.value).toBe(8.5);
    expect(card.progress.explain.inputs.some((i) => i.ref)).toBe(false);
  });

  it('is an error on a KR whose period has no quarters', () => {
    const f = withFile(baseFiles(), 'okrs/2026-q1/li-si.mdx', (t) => replaceOnce(t, 'unit: 人, target: 20 }, due: 2026-03-31 }', 'unit: 人, target: 20 }, due: 2026-03-31, valueFrom: quarters }'));
    const errors = loadBase(f).diagnostics.filter((d) => d.rule === 'value-from');
    expect(errors.map((d) => [d.file, d.line, d.message.zh])).toEqual([['okrs/2026-q1/li-si.mdx', 15,
      "KR li-si/o2/kr1 写了 valueFrom: quarters，但周期 2026-q1 之下没有季度（settings.yaml 中没有 parent: '2026-q1' 的周期）。请在 settings.yaml 添加季度，或删掉 valueFrom。"]]);
  });
});
