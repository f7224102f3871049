// Each folder in test/fixtures/ is one case: the valid _base content with one deliberate change.
//   <case>/content/…     whole files that replace (or add to) the base files at the same paths
//   <case>/delete.txt    base paths to remove, one per line (optional)
//   <case>/expected.txt  the text report in Chinese; expected.en.txt the same in English
// Re-pin the reports with `npm test -- test/fixtures.test.ts -u`, then read the diff.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, loadOrganisation, type Diagnostic } from '../src/core/index.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const TODAY = '2026-11-22';

/** Every file under `dir`, keyed by its path relative to `dir` (with `/`). */
function readTree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  if (!existsSync(dir)) return files;
  for (const path of readdirSync(dir, { recursive: true, encoding: 'utf8' })) {
    const full = join(dir, path);
    if (statSync(full).isFile()) files.set(path.split('\\').join('/'), readFileSync(full, 'utf8'));
  }
  return files;
}

function diagnose(name: string): Diagnostic[] {
  const files = readTree(join(FIXTURES, '_base', 'content'));
  if (name !== '_base') {
    for (const [path, text] of readTree(join(FIXTURES, name, 'content'))) files.set(path, text);
    const deletions = join(FIXTURES, name, 'delete.txt');
    const deleted = existsSync(deletions) ? readFileSync(deletions, 'utf8').split('\n').map((l) => l.trim()).filter(Boolean) : [];
    for (const path of deleted) {
      if (!files.delete(path)) throw new Error(`${name}/delete.txt: no base file ${path}`);
    }
  }
  return loadOrganisation([...files].map(([path, text]) => ({ path, text })), { today: TODAY }).diagnostics;
}

const cases = readdirSync(FIXTURES).filter((name) => name !== '_base' && statSync(join(FIXTURES, name)).isDirectory()).sort();

it('the base content is valid and lint-clean', () => {
  expect(diagnose('_base')).toEqual([]);
});

describe.each(cases)('%s', (name) => {
  const diagnostics = diagnose(name);

  // `warn-` cases break a lint rule only: warnings, no error. Every other case has an error.
  it(name.startsWith('warn-') ? 'reports warnings only' : 'reports at least one error', () => {
    expect(diagnostics.length).toBeGreaterThan(0);
    expect(diagnostics.some((d) => d.severity === 'error')).toBe(!name.startsWith('warn-'));
  });

  it.each([
    ['zh', 'expected.txt'],
    ['en', 'expected.en.txt'],
  ] as const)('reports in %s as pinned in %s', async (lang, file) => {
    const report = formatReport(diagnostics, { format: 'text', lang, root: 'content' });
    await expect(`${report}\n`).toMatchFileSnapshot(join(FIXTURES, name, file));
  });
});
