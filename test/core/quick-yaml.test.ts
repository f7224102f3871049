// The quick reader (js-yaml) and the full one (yaml with positions) must agree on every file the quick one
// takes: the same data, and no diagnostic from the full parse that the quick path would have lost.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseFile } from '../../src/core/source.ts';
import { quickYamlData } from '../../src/core/quick-yaml.ts';

const RUNS = { seed: Number(process.env.SEED ?? 20261204), numRuns: Number(process.env.RUNS ?? 2000) };

function filesUnder(root: string): string[] {
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .map((f) => join(root, f))
    .filter((f) => /\.(ya?ml|mdx?)$/.test(f) && statSync(f).isFile());
}

/** The full path's data, or 'declined' when the quick reader leaves the file to it. */
function agree(path: string, text: string): 'quick' | 'declined' {
  const quick = parseFile({ path, text });
  const full = parseFile({ path, text }, { quick: false });
  const yaml = quick.parsed?.yaml ?? full.parsed?.yaml;
  if (yaml === undefined || quickYamlData(yaml) === undefined) return 'declined';
  expect(full.diagnostics, `${path}: the full parser reports something the quick path would lose`).toEqual([]);
  expect(quick.parsed!.data, path).toEqual(full.parsed!.data);
  return 'quick';
}

describe('quick YAML reader', () => {
  it('agrees with the full parser on the demo, every fixture and every hostile case, and takes most of them', () => {
    const files = ['content', 'test/fixtures'].flatMap(filesUnder);
    const declined: string[] = [];
    const taken = files.filter((f) => agree(f.replace(/^.*?(?=(okrs|people|departments|bsc|periods|settings)[/.])/, ''), readFileSync(f, 'utf8')) === 'quick' || !declined.push(f));
    expect(files.length).toBeGreaterThan(100);
    expect(taken.length / files.length).toBeGreaterThan(0.8);
  });

  it('declines what the full path treats specially', () => {
    for (const yaml of ['a: &x 1\nb: *x', 'a: !!str 1', '%YAML 1.2\n---\na: 1', 'a: 1\n---\nb: 2', 
      'a:\tb', '? a\n: b', '<<: {a: 1}', '__proto__: 1', 'a: [1,\n  2]', '~: 1', 'null: 1', '"": 1', 'a: 1\na: 2', 'a: @张三',
      'a: "open', 'a: &x', '- *x', 'a: !x y', `${'- '.repeat(30)}x`, 'a: b: c']) {
      expect(quickYamlData(yaml), yaml).toBeUndefined();
    }
  });

  it('keeps the sign of a target as written, and only of a target', () => {
    expect(quickYamlData('target: +5\nbaseline: -3\nlist: [+1]\nm: { target: -0.5 }')).toEqual({ target: '+5', baseline: -3, list: [1], m: { target: '-0.5' } });
    expect(quickYamlData('+2: x'), 'a signed key is left to the full parser').toBeUndefined();
  });

  it('resolves plain scalars as the YAML 1.2 core schema does', () => {
    expect(quickYamlData('a: 0o17\nb: 0x1F\nc: 010\nd: 1e3\ne: .5\nf: -.inf\ng: .NaN\nh: True\ni: ~\nj: yes\nk: "1"\nl: 1_000\nm: 2026-12-31\nn: 1.50'))
      .toEqual({ a: 15, b: 31, c: 10, d: 1000, e: 0.5, f: -Infinity, g: NaN, h: true, i: null, j: 'yes', k: '1', l: '1_000', m: '2026-12-31', n: 1.5 });
  });

  it('agrees with the full parser on generated scalars, keys and block layouts', () => {
    const token = fc.array(fc.constantFrom('0', '1', '9', '+', '-', '.', 'e', 'E', 'o', 'x', 'a', 'f', 'inf', 'nan', 'NaN', 'Inf', 'true', 'False', 'null', 'Null',
      '~', '_', ':', '&', '*', '!', '&a', '*a', '!x', ' ', '#', '@', '`', "'", '"', '\\', '|', '>', '%', '中', '，', '\u00a0', '[', ']', '{', '}', ',', '\\n', '\\u0041'), { maxLength: 8 }).map((a) => a.join(''));
    const line = fc.tuple(fc.constantFrom('', '  ', '- ', '  - ', '    '), fc.oneof(token, fc.constantFrom('k', 'target', '"target"')), fc.constantFrom(': ', ':', ' : ', ''), token)
      .map(([indent, key, colon, value]) => `${indent}${key}${colon}${value}`);
    const doc = fc.array(fc.oneof(line, line, fc.constantFrom('', ' ', '   ', '      ').chain((i) => line.map((l) => i + l)), fc.constantFrom('a: |', 'a: >-', 'b: |+', '  text', '', '# note', 'c: "x', 'd: \'it\'\'s\'')), { minLength: 1, maxLength: 8 }).map((l) => l.join('\n'));
    let taken = 0;
    fc.assert(fc.property(doc, (yaml) => {
      if (agree('people/x.yaml', yaml) === 'quick') taken++;
    }), RUNS);
    expect(taken).toBeGreaterThan(RUNS.numRuns / 40);
  });
});
