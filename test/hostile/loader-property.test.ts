// The loader on random frontmatter: whatever an editor (or an attacker) writes in a person file or an
// OKR set, the check answers with diagnostics, each naming a file and a line, and never throws.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/core/index.ts';
import { baseFiles } from '../core/fixture.ts';
import { base, SALES, ZHANG } from './case.ts';

const RUNS = { seed: 20261203, numRuns: 150 };

/** YAML's own punctuation and the words of the content format, mixed with any text. */
const TOKENS = ['id: ', 'name: ', 'owner: ', 'period: ', 'objectives:', 'keyResults:', 'measure: ', 'target: ', 'alignsTo: ', 'checkins:', '- ', '  ', '    ',
  '\n', ': ', '[', ']', '{', '}', ',', '"', "'", '&a ', '*a', '!!js/function ', '!tag ', '? ', '|', '>', '#', '---', '...', '%YAML 1.2', '.nan', '.inf', '1e309',
  '-0', '0x1F', '2026-02-30', '~', 'null', 'true', '<script>', 'javascript:', '\u202e', '\u200b', '\u0000', '\t', '张三', 'zhang-san', 'sales/o1', '2026:bsc/nps'];
const yamlish = fc.array(fc.oneof(fc.constantFrom(...TOKENS), fc.string({ maxLength: 5 })), { maxLength: 60 }).map((a) => a.join(''));

/** Base content with one file replaced: its frontmatter random, or a random insertion into the real one. */
function withFile(path: string, text: string) {
  return [...baseFiles().filter((f) => f.path !== path), { path, text }];
}

function check(files: ReturnType<typeof withFile>) {
  const { diagnostics } = loadOrganisation(files, { today: '2026-06-30' });
  for (const d of diagnostics) {
    expect(d.file).toBeTruthy();
    expect(d.line).toBeGreaterThanOrEqual(1);
    expect(d.message.zh.length).toBeGreaterThan(0);
    expect(d.message.en).not.toMatch(/\bat \w+ \(|\[object Object\]|undefined/);
  }
}

describe('the loader on random frontmatter', () => {
  it('a random person file is diagnosed, never thrown on', () => {
    fc.assert(fc.property(yamlish, (text) => check(withFile(ZHANG, text))), RUNS);
  });

  it('a random OKR set frontmatter is diagnosed, never thrown on', () => {
    fc.assert(fc.property(yamlish, (text) => check(withFile(SALES, `---\n${text}\n---\n正文\n`))), RUNS);
  });

  it('random text inserted anywhere in a real OKR set is diagnosed, never thrown on', () => {
    const real = base(SALES);
    fc.assert(fc.property(yamlish, fc.nat({ max: real.length }), (text, at) => check(withFile(SALES, real.slice(0, at) + text + real.slice(at)))), RUNS);
  });
});
