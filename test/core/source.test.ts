import { describe, expect, it } from 'vitest';
import { describePath, validateFile } from '../../src/core/friendly-errors.ts';
import { okrSetSchema } from '../../src/core/schemas/okr-set.ts';
import { personSchema } from '../../src/core/schemas/person.ts';
import { parseFile, type ParsedFile } from '../../src/core/source.ts';
import { didYouMean, editDistance, nearest } from '../../src/core/text.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const SET = [
  '---', //                                       1
  'owner: sales', //                              2
  "period: '2026'", //                            3
  'objectives:', //                               4
  '  - id: o1', //                                5
  '    title: 重塑用户信任', //                    6
  '    keyResults:', //                           7
  '      - id: kr1', //                           8
  '        title: 违规率降至 5% 以下', //          9
  '        measure:', //                          10
  '          type: increase', //                  11
  "          unit: '%'", //                       12
  '          target: 80', //                      13
  '---', //                                       14
  '## 行动', //                                   15
  '',
].join('\n');

function parsed(text: string, path = 'okrs/2026/sales.mdx'): ParsedFile {
  const r = parseFile({ path, text });
  expect(r.diagnostics).toEqual([]);
  return r.parsed!;
}

const edit = (from: string, to: string) => parsed(replaceOnce(SET, from, to));

describe('parseFile', () => {
  it('splits frontmatter and body', () => {
    const f = parsed(SET);
    expect(f.body).toBe('## 行动\n');
    expect(f.bodyLine).toBe(15);
    expect((f.data as { owner: string }).owner).toBe('sales');
  });

  it('locates a nested field value, counting the opening --- line', () => {
    expect(parsed(SET).locate(['objectives', 0, 'keyResults', 0, 'measure', 'target'])).toEqual({ line: 13, col: 19 });
  });

  it('locates a nested field key', () => {
    expect(parsed(SET).locate(['objectives', 0, 'keyResults', 0, 'measure', 'target'], 'key')).toEqual({ line: 13, col: 11 });
  });

  it('locates a list item at its first field', () => {
    expect(parsed(SET).locate(['objectives', 0, 'keyResults', 0])).toEqual({ line: 8, col: 9 });
  });

  it('locates a missing field at its parent', () => {
    expect(parsed(SET).locate(['objectives', 0, 'keyResults', 0, 'measure', 'baseline'])).toEqual({ line: 11, col: 11 });
    expect(parsed(SET).locate(['objectives', 0, 'keyResults', 3, 'title'])).toEqual({ line: 8, col: 7 });
  });

  it('locates the top level at the first field', () => {
    expect(parsed(SET).locate([])).toEqual({ line: 2, col: 1 });
  });

  it('locates in a YAML file without an offset', () => {
    const f = parsed('id: li-si\nname: 李四\naliases:\n  - Lisa李四\n', 'people/li-si.yaml');
    expect(f.locate(['aliases', 0])).toEqual({ line: 4, col: 5 });
    expect(f.body).toBe('');
  });

  it('reads CRLF line ends and a BOM', () => {
    const f = parsed(`\uFEFF${SET.replace(/\n/g, '\r\n')}`);
    expect(f.locate(['objectives', 0, 'keyResults', 0, 'measure', 'target'])).toEqual({ line: 13, col: 19 });
  });

  it('reports a file without frontmatter', () => {
    const r = parseFile({ path: 'okrs/2026/sales.mdx', text: 'owner: sales\n' });
    expect(r.parsed).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.col])).toEqual([['frontmatter', 1, 1]]);
  });

  it('reports frontmatter that is never closed', () => {
    const r = parseFile({ path: 'okrs/2026/sales.mdx', text: '---\nowner: sales\n' });
    expect(r.diagnostics.map((d) => [d.rule, d.line])).toEqual([['frontmatter', 1]]);
    expect(r.diagnostics[0].message.en).toBe('The frontmatter is never closed: no "---" line follows the one on line 1. Add a "---" line after the fields.');
  });

  it('reports a YAML error at its line in the file', () => {
    const r = parseFile({ path: 'okrs/2026/sales.mdx', text: replaceOnce(SET, "          unit: '%'", "          unit: '%") });
    expect(r.parsed).toBeUndefined();
    expect(r.diagnostics).toHaveLength(1);
    expect(r.diagnostics[0]).toMatchObject({ rule: 'yaml-syntax', severity: 'error' });
    expect(r.diagnostics[0].line).toBeGreaterThanOrEqual(12);
  });
});

describe('validateFile', () => {
  it('passes the valid set', () => {
    expect(validateFile(okrSetSchema, parsed(SET)).diagnostics).toEqual([]);
  });

  it('an unknown key points at the key and suggests the near field name', () => {
    const { data, diagnostics } = validateFile(okrSetSchema, edit('        title: 违规率', '        titel: 违规率'));
    expect(data).toBeUndefined();
    expect(diagnostics).toEqual([{
      file: 'okrs/2026/sales.mdx', line: 9, col: 9, severity: 'error', rule: 'unknown-field',
      message: {
        zh: '未知字段 "titel"（位于 objectives[o1].keyResults[kr1]）。你是不是想写 title？可用字段：id, title, owners, collaborators, measure, due, weight, alignsTo, actions, checkins, valueFrom, selfAssessment, visibility。',
        en: 'Unknown field "titel" in objectives[o1].keyResults[kr1]. Did you mean title? Known fields: id, title, owners, collaborators, measure, due, weight, alignsTo, actions, checkins, valueFrom, selfAssessment, visibility.',
      },
    }]);
  });

  it('an unknown key inside a measure lists the fields of that measure type', () => {
    const { diagnostics } = validateFile(okrSetSchema, edit('          target: 80', '          taget: 80'));
    expect(diagnostics.map((d) => [d.rule, d.line, d.col, d.message.en])).toEqual([[
      'unknown-field', 13, 11,
      'Unknown field "taget" in objectives[o1].keyResults[kr1].measure. Did you mean target? Known fields: type, unit, baseline, target.',
    ]]);
  });

  it('a missing field points at its parent', () => {
    const { diagnostics } = validateFile(okrSetSchema, edit('        title: 违规率降至 5% 以下\n', ''));
    expect(diagnostics.map((d) => [d.file, d.line, d.col, d.severity, d.rule])).toEqual([['okrs/2026/sales.mdx', 8, 9, 'error', 'missing-field']]);
    expect(diagnostics[0].message.en).toMatch(/^Missing required field objectives\[o1\]\.keyResults\[kr1\]\.title\. Add it, e\.g\. title: \S/);
    expect(diagnostics[0].message.zh).toMatch(/^缺少必填字段 objectives\[o1\]\.keyResults\[kr1\]\.title。请添加，例如 title: \S/);
  });

  it('a missing target points at the measure', () => {
    const { diagnostics } = validateFile(okrSetSchema, edit('          target: 80\n', ''));
    expect(diagnostics.map((d) => [d.rule, d.line, d.col, d.message.en])).toEqual([[
      'missing-field', 11, 11, 'Missing required field objectives[o1].keyResults[kr1].measure.target. Add it, e.g. target: 80',
    ]]);
  });

  it('a relative target on a guardrail is explained at the target', () => {
    expect(validateFile(okrSetSchema, edit('type: increase', 'type: at-least')).diagnostics).toEqual([]);
    const rel = validateFile(okrSetSchema, parsed(replaceOnce(replaceOnce(SET, 'type: increase', 'type: at-least'), 'target: 80', "target: '+10%'")));
    expect(rel.diagnostics.map((d) => [d.rule, d.line, d.col, d.message.en])).toEqual([[
      'invalid-target', 13, 19,
      'objectives[o1].keyResults[kr1].measure.target: at-least / at-most are guardrails and need a plain value (e.g. 10), not a relative change.',
    ]]);
  });

  it('a target below the baseline of an increase names both numbers', () => {
    const { diagnostics } = validateFile(okrSetSchema, edit("          unit: '%'\n", "          unit: '%'\n          baseline: 90\n"));
    expect(diagnostics.map((d) => [d.rule, d.line, d.message.en])).toEqual([[
      'invalid-target', 14,
      'objectives[o1].keyResults[kr1].measure.target is 80 against a baseline of 90: an increase target must be above the baseline. If the direction is wrong, change the type.',
    ]]);
  });

  it('an unknown measure type suggests the nearest', () => {
    const { diagnostics } = validateFile(okrSetSchema, edit('type: increase', 'type: increse'));
    expect(diagnostics.map((d) => [d.rule, d.message.en])).toEqual([[
      'invalid-value',
      'objectives[o1].keyResults[kr1].measure.type is "increse", which is not one of increase, decrease, at-least, at-most, milestone, manual. Did you mean increase?',
    ]]);
  });

  it('a self-assessment written out of 10 suggests the 0–1 score', () => {
    const { diagnostics } = validateFile(okrSetSchema, edit('        title: 违规率降至 5% 以下\n', '        title: 违规率降至 5% 以下\n        selfAssessment: { score: 7 }\n'));
    expect(diagnostics.map((d) => [d.rule, d.line, d.message.en])).toEqual([[
      'score-range', 10,
      'objectives[o1].keyResults[kr1].selfAssessment.score is 7, but scores and progress are between 0 and 1 (0.7 is the sweet spot). Did you mean 0.7?',
    ]]);
  });

  it('an invalid id explains the slug rule', () => {
    const f = parsed('id: Li Si\nname: 李四\n', 'people/li-si.yaml');
    expect(validateFile(personSchema, f).diagnostics.map((d) => [d.rule, d.line, d.col])).toEqual([['invalid-id', 1, 5]]);
  });
});

describe('through the loader, in the base content', () => {
  it('an unknown key in a real file is pinned to its line and column', () => {
    const files = withFile(baseFiles(), 'okrs/2026/sales.mdx', (t) => replaceOnce(t, '        title: 标准化服务覆盖率提升至 80%', '        titel: 标准化服务覆盖率提升至 80%'));
    const text = files.find((f) => f.path === 'okrs/2026/sales.mdx')!.text;
    const line = text.split('\n').findIndex((l) => l.includes('titel:')) + 1;
    const errors = loadBase(files).diagnostics.filter((d) => d.rule === 'unknown-field' || d.rule === 'missing-field');
    expect(errors.map((d) => [d.file, d.line, d.col, d.message.en.split('.')[0]])).toEqual([
      ['okrs/2026/sales.mdx', line, 9, 'Unknown field "titel" in objectives[o2]'],
    ]);
    expect(errors[0].message.en).toContain('keyResults[kr1]. Did you mean title?');
    expect(line).toBe(31);
  });
});

describe('describePath', () => {
  const data = { objectives: [{ id: 'o1', keyResults: [{ id: 'kr1' }, { id: 'kr2', measure: { target: 5 } }] }, { keyResults: [] }], periods: [{ id: 2026 }] };

  it('names list items by their id', () => {
    expect(describePath(['objectives', 0, 'keyResults', 1, 'measure', 'target'], data)).toBe('objectives[o1].keyResults[kr2].measure.target');
  });

  it('falls back to the index without an id', () => {
    expect(describePath(['objectives', 1, 'keyResults'], data)).toBe('objectives[1].keyResults');
  });

  it('accepts numeric ids', () => {
    expect(describePath(['periods', 0, 'end'], data)).toBe('periods[2026].end');
  });
});

describe('text helpers', () => {
  it('editDistance counts an adjacent swap as one edit', () => {
    expect(editDistance('titel', 'title')).toBe(1);
    expect(editDistance('title', 'title')).toBe(0);
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('马长久', '马长')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
  });

  it('nearest ranks close candidates, best first', () => {
    expect(nearest('titel', ['title', 'id', 'owners', 'titles'])).toEqual(['title', 'titles']);
    expect(nearest('refund-rte', ['revenue', 'nps', 'refund-rate'])).toEqual(['refund-rate']);
  });

  it('nearest finds a name that contains what was written', () => {
    expect(nearest('马长', ['马长久', '李四'])).toEqual(['马长久']);
    expect(nearest('Aaron', ['Aaron姚涣', '张三'])).toEqual(['Aaron姚涣']);
  });

  it('nearest ignores case and respects the limit', () => {
    expect(nearest('NPS', ['nps', 'mps', 'npx'], 1)).toEqual(['nps']);
  });

  it('nearest returns nothing when nothing is close', () => {
    expect(nearest('finance', ['customer', 'growth'])).toEqual([]);
  });

  it('didYouMean is empty without options', () => {
    expect(didYouMean([])).toEqual({ zh: '', en: '' });
    expect(didYouMean(['title']).en).toBe('Did you mean title?');
  });
});
