// Numbers: NaN, infinities, overflow, out-of-range scores and weights, impossible dates.
import { BSC, edit, errorAt, LISI, SALES, type HostileCase } from '../case.ts';

const family = 'numbers';

/** One replacement in `file`; the first error on the line of `needle` (default: the new text). */
function num(name: string, file: string, from: string, to: string, errors: string[], needle = to.trim()): HostileCase {
  const files = { [file]: edit(file, from, to) };
  return { name: `numbers-${name}`, family, files, expect: errorAt(files, file, needle, errors) };
}
const TARGET = "measure: { type: at-least, unit: '%', target: 30 }";
const target = (value: string) => `measure: { type: at-least, unit: '%', target: ${value} }`;
const CHECKIN = '{ date: 2026-06-15, value: 8.5, note: AI 质检上线 }';
const checkin = (value: string) => `{ date: 2026-06-15, value: ${value}, note: AI 质检上线 }`;

export const cases: HostileCase[] = [
  num('target-nan', SALES, TARGET, target('.nan'), ['invalid-value'], 'target: .nan'),
  num('target-inf', SALES, TARGET, target('.inf'), ['invalid-value'], 'target: .inf'),
  num('target-minus-inf', SALES, TARGET, target('-.inf'), ['invalid-target'], 'target: -.inf'),
  num('target-1e309', SALES, TARGET, target('1e309'), ['invalid-value'], 'target: 1e309'),
  num('checkin-nan', SALES, CHECKIN, checkin('.NaN'), ['invalid-value'], 'value: .NaN'),
  num('checkin-inf', SALES, CHECKIN, checkin('.Inf'), ['invalid-value'], 'value: .Inf'),
  num('checkin-1e309', SALES, CHECKIN, checkin('1e309'), ['invalid-value'], 'value: 1e309'),
  num('baseline-nan', SALES, "baseline: 12, target: 5", 'baseline: .nan, target: 5', ['invalid-value'], 'baseline: .nan'),
  num('baseline-minus-1e309', SALES, "baseline: 12, target: 5", 'baseline: -1e309, target: 5', ['invalid-value'], 'baseline: -1e309'),
  num('metric-weight-inf', BSC, '    weight: 60\n', '    weight: .inf\n', ['invalid-value'], 'weight: .inf'),
  num('perspective-weight-nan', BSC, '{ id: finance, name: 财务, weight: 60 }', '{ id: finance, name: 财务, weight: .nan }', ['invalid-value'], 'weight: .nan'),
  num('progress-over-one', SALES, 'progress: 0.4', 'progress: 1.5', ['score-range']),
  num('progress-negative', SALES, 'progress: 0.4', 'progress: -0.1', ['score-range']),
  num('progress-nan', SALES, 'progress: 0.4', 'progress: .nan', ['invalid-value'], 'progress: .nan'),
  num('self-assessment-over-one', SALES, '        due: 2026-q1\n', '        due: 2026-q1\n        selfAssessment: { score: 1.0001 }\n', ['score-range'], 'selfAssessment'),
  num('perspective-weights-sum', BSC, '{ id: customer, name: 客户, weight: 40 }', '{ id: customer, name: 客户, weight: 41 }', ['bsc-weights'], '{ id: finance'),
  num('objective-weight-negative', LISI, '  - id: o1\n    title: 让合规成为习惯\n', '  - id: o1\n    title: 让合规成为习惯\n    weight: -60\n', ['invalid-value'], 'weight: -60'),
  num('date-feb-30', SALES, '{ date: 2026-06-15, value: 8.5', '{ date: 2026-02-30, value: 8.5', ['invalid-date'], 'date: 2026-02-30'),
  num('date-year-99999', SALES, '{ date: 2026-06-15, value: 8.5', '{ date: 99999-01-01, value: 8.5', ['invalid-date'], 'date: 99999'),
  num('due-month-13', SALES, '        due: 2026-12-31\n        checkins:\n          - { date: 2026-06-15', '        due: 2026-13-01\n        checkins:\n          - { date: 2026-06-15', ['invalid-date'], 'due: 2026-13-01'),
  num('hedge-scale-negative', BSC, 'then: { scale: finance, by: 0.5 }', 'then: { scale: finance, by: -1e308 }', ['score-range'], 'by: -1e308'),
  {
    // A future check-in date is a warning, not a crash of the calendar.
    name: 'numbers-checkin-year-9999', family,
    files: { [SALES]: edit(SALES, '{ date: 2026-06-15, value: 8.5', '{ date: 9999-12-31, value: 8.5') },
    expect: { warnings: ['checkin-date'] },
  },
  {
    // Hex and exponent are numbers YAML knows; 1e2 is a plain 100.
    name: 'numbers-target-exponent', family,
    files: { [SALES]: edit(SALES, TARGET, target('3e1')) },
    expect: { ok: true },
  },
];
