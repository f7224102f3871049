import { describe, expect, it } from 'vitest';
import { sourceFile } from '../../src/content-files.ts';
import { checkEncoding, firstInvalidUtf8, utf8Length } from '../../src/core/encoding.ts';
import { parseFile } from '../../src/core/source.ts';
import { MAX_DEPTH } from '../../src/core/yaml-limits.ts';
import { baseFiles, loadBase, withFile } from './fixture.ts';

const person = (extra: string) => ({ path: 'people/wang-wu.yaml', text: `id: wang-wu\nname: 王五\n${extra}` });
const rules = (text: string, path = 'people/wang-wu.yaml') => parseFile({ path, text }).diagnostics.map((d) => [d.rule, d.line, d.col]);

function random(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

describe('YAML limits', () => {
  it('refuses an alias bomb at its first alias, without throwing', () => {
    let text = 'a: &a [x, x, x, x, x, x, x, x, x]\n';
    for (const [name, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) {
      text += `${name}: &${name} [${Array(9).fill(`*${prev}`).join(', ')}]\n`;
    }
    const r = parseFile(person(text));
    expect(r.parsed).toBeUndefined();
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.col])).toEqual([['yaml-limits', 4, 8]]);
    expect(r.diagnostics[0].message.zh).toContain('*a');
  });

  it('still reads a few harmless aliases', () => {
    const r = parseFile(person('a: &a [x, y]\nb: *a\n'));
    expect(r.diagnostics).toEqual([]);
    expect((r.parsed!.data as { b: string[] }).b).toEqual(['x', 'y']);
  });

  it.each([10_000, 100_000])('refuses %i nested flow lists before building them, at the line they get too deep', (n) => {
    const r = parseFile(person(`title: ${'['.repeat(n)}${']'.repeat(n)}\n`));
    // The file's own map is the first level, so the list at column 8 is the second.
    expect(r.diagnostics.map((d) => [d.rule, d.line, d.col])).toEqual([['yaml-limits', 3, 7 + MAX_DEPTH]]);
  });

  it('refuses nested flow maps and deeply indented block maps and lists', () => {
    expect(rules(person(`a: ${'{b: '.repeat(5000)}1${'}'.repeat(5000)}\n`).text)[0][0]).toBe('yaml-limits');
    let maps = '';
    for (let i = 0; i < 1500; i++) maps += `${' '.repeat(i)}k:\n`;
    expect(rules(`${maps}${' '.repeat(1500)}x\n`)).toEqual([['yaml-limits', MAX_DEPTH + 1, MAX_DEPTH + 1]]);
    let seqs = '';
    for (let i = 0; i < 1500; i++) seqs += `${' '.repeat(2 * i)}-\n`;
    expect(rules(seqs)[0][0]).toBe('yaml-limits');
  });

  it(`reads nesting up to ${MAX_DEPTH} levels`, () => {
    const r = parseFile(person(`title: ${'['.repeat(MAX_DEPTH - 1)}${']'.repeat(MAX_DEPTH - 1)}\n`));
    expect(rules(person(`title: ${'['.repeat(MAX_DEPTH)}${']'.repeat(MAX_DEPTH)}\n`).text)[0][0]).toBe('yaml-limits');
    expect(r.diagnostics).toEqual([]);
  });

  it('reports a second document at its marker, for --- and for ... ; a stray --- at the end is harmless', () => {
    expect(rules('id: wang-wu\n---\nname: 王五\n')).toEqual([['yaml-syntax', 2, 1]]);
    expect(rules('---\nid: sales\nname: 销售部\n...\nleads: [张三]\n---\n', 'departments/sales.md')).toEqual([['yaml-syntax', 4, 1]]);
    expect(rules('---\nid: wang-wu\nname: 王五\n')).toEqual([]);
    expect(rules('id: wang-wu\nname: 王五\n---\n')).toEqual([]);
    expect(parseFile(person('---\nx: 1\n')).diagnostics[0].message.en).toBe(
      'This file holds a second YAML document from line 3; a content file holds one. Remove the --- on line 3 or move the rest into its own file.');
  });
});

describe('file size', () => {
  const big = (files = baseFiles()) => withFile(files, 'okrs/2026/sales.mdx', (t) => `${t}\n${'填充文字。'.repeat(200)}\n`);
  const limited = (files: ReturnType<typeof baseFiles>, limit: number) => withFile(files, 'settings.yaml', (t) => `${t}limits:\n  maxFileBytes: ${limit}\n`);

  it('refuses a file over settings.yaml limits.maxFileBytes, and reads the others', () => {
    const { diagnostics } = loadBase(limited(big(), 3000));
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([['okrs/2026/sales.mdx', 'yaml-limits']]);
    expect(diagnostics[0].message.zh).toMatch(/^文件有 4\.7 KB，超过上限 2\.9 KB/);
  });

  it('measures settings.yaml itself against the default, and uses the default when the limit is not usable', () => {
    const tiny = loadBase(limited(baseFiles(), 100)).diagnostics;
    const over = baseFiles().filter((f) => f.path !== 'settings.yaml' && utf8Length(f.text) > 100).map((f) => f.path);
    expect(tiny.map((d) => [d.file, d.rule])).toEqual(over.map((path) => [path, 'yaml-limits']));
    const { diagnostics } = loadBase(limited(big(), -1));
    expect(diagnostics.map((d) => [d.file, d.rule])).toEqual([['settings.yaml', 'invalid-value']]);
  });
});

describe('encoding', () => {
  const encoder = new TextEncoder();

  it('finds the first byte that is not UTF-8 where the platform decoder fails (property-style)', () => {
    const next = random(4);
    const fatal = new TextDecoder('utf-8', { fatal: true });
    for (let i = 0; i < 3000; i++) {
      const valid = encoder.encode('违规率 5% 以下 Lisa李四 👍'.slice(0, Math.floor(next() * 20)));
      const noise = Uint8Array.from({ length: Math.floor(next() * 6) }, () => Math.floor(next() * 256));
      const bytes = new Uint8Array([...valid, ...noise]);
      const at = firstInvalidUtf8(bytes);
      let ok = true;
      try {
        fatal.decode(bytes);
      } catch {
        ok = false;
      }
      expect(at === bytes.length, `${bytes}`).toBe(ok);
      if (!ok) expect(() => fatal.decode(bytes.subarray(0, at))).not.toThrow();
    }
  });

  it('counts UTF-8 bytes as the platform encoder does', () => {
    for (const text of ['', 'abc', '违规率', '👍😀', 'Lisa李四 👩‍💻 Wаng', '\u00e9\u07ff\u0800\uffff']) expect(utf8Length(text)).toBe(encoder.encode(text).length);
  });

  it('says where a GBK file stops being UTF-8, and reads it as GBK', () => {
    const bytes = new Uint8Array([...encoder.encode('id: wang-wu\nname: '), 0xcd, 0xf5, 0xce, 0xe5, 0x0a]);
    expect(checkEncoding(bytes)).toEqual({ kind: 'gbk', byte: 18, line: 2, col: 7, text: 'id: wang-wu\nname: 王五\n' });
  });

  it('recognises UTF-16 with and without a byte-order mark', () => {
    const le = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8]);
    const be = (s: string) => [...s].flatMap((c) => [c.charCodeAt(0) >> 8, c.charCodeAt(0) & 0xff]);
    expect(checkEncoding(new Uint8Array([0xff, 0xfe, ...le('id: 王五\n')]))).toMatchObject({ kind: 'utf-16', text: 'id: 王五\n' });
    expect(checkEncoding(new Uint8Array([0xfe, 0xff, ...be('id: x\n')]))).toMatchObject({ kind: 'utf-16', text: 'id: x\n' });
    expect(checkEncoding(new Uint8Array(le('id: wang-wu\nname: x\n')))).toMatchObject({ kind: 'utf-16', text: 'id: wang-wu\nname: x\n' });
  });

  it('accepts UTF-8 with or without a byte-order mark', () => {
    expect(checkEncoding(encoder.encode('id: 王五\n'))).toBeUndefined();
    expect(checkEncoding(new Uint8Array([0xef, 0xbb, 0xbf, ...encoder.encode('id: 王五\n')]))).toBeUndefined();
  });

  it('reads bytes into a source file that carries them only when they may not be UTF-8', () => {
    expect(sourceFile('a.yaml', encoder.encode('id: x\n'))).toEqual({ path: 'a.yaml', text: 'id: x\n' });
    expect(sourceFile('a.yaml', new Uint8Array([0x69, 0xff])).bytes).toBeDefined();
  });

  it('reports the file that is not UTF-8 and still checks the rest of it', () => {
    const gbk = new Uint8Array([...encoder.encode('id: wang-wu\nname: '), 0xcd, 0xf5, 0xce, 0xe5, ...encoder.encode('\ndepartment: sales\nmanagr: zhang-san\n')]);
    const files = baseFiles().map((f) => (f.path === 'people/wang-wu.yaml' ? { path: f.path, text: new TextDecoder().decode(gbk), bytes: gbk } : f));
    expect(loadBase(files).diagnostics.map((d) => [d.rule, d.line])).toEqual([['invalid-encoding', 2], ['unknown-field', 4]]);
  });
});
