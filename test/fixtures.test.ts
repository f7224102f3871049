// Each folder in test/fixtures/ is one case: the valid _base content with one deliberate change.
//   <case>/content/…     whole files that replace (or add to) the base files at the same paths
//   <case>/delete.txt    base paths to remove, one per line (optional)
//   <case>/expected.txt  the text report in Chinese; expected.en.txt the same in English
// Case names: `ok-…` must report nothing, `warn-…` warnings only, every other case at least one error.
// Re-pin the reports with `npm test -- test/fixtures.test.ts -u`, then read the diff.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatReport, loadOrganisation, type Diagnostic } from '../src/core/index.ts';
import { caseFiles, FIXTURES_DIR as FIXTURES } from './core/fixture.ts';

const TODAY = '2026-11-22';

function diagnose(name: string): Diagnostic[] {
  return loadOrganisation(caseFiles(name), { today: TODAY }).diagnostics;
}

const cases = readdirSync(FIXTURES).filter((name) => name !== '_base' && statSync(join(FIXTURES, name)).isDirectory()).sort();

it('the base content is valid and lint-clean', () => {
  expect(diagnose('_base')).toEqual([]);
});

describe.each(cases)('%s', (name) => {
  const diagnostics = diagnose(name);

  // `ok-` cases show that something real documents say is valid: nothing to report. `warn-` cases
  // break a lint rule only: warnings, no error. Every other case has an error.
  if (name.startsWith('ok-')) {
    it('reports nothing', () => expect(diagnostics).toEqual([]));
  } else {
    it(name.startsWith('warn-') ? 'reports warnings only' : 'reports at least one error', () => {
      expect(diagnostics.length).toBeGreaterThan(0);
      expect(diagnostics.some((d) => d.severity === 'error')).toBe(!name.startsWith('warn-'));
    });
  }

  it.each([
    ['zh', 'expected.txt'],
    ['en', 'expected.en.txt'],
  ] as const)('reports in %s as pinned in %s', async (lang, file) => {
    const report = formatReport(diagnostics, { format: 'text', lang, root: 'content' });
    await expect(`${report}\n`).toMatchFileSnapshot(join(FIXTURES, name, file));
  });
});
