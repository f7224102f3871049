// The last line of defence: whatever goes wrong while one file is read becomes that file's diagnostic,
// and every other file is still checked. The failure is injected, since no known input causes one.
import { expect, it, vi } from 'vitest';
import { baseFiles, loadBase } from './fixture.ts';

vi.mock('../../src/core/source.ts', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/core/source.ts')>();
  return {
    ...original,
    parseFile: (file: Parameters<typeof original.parseFile>[0]) => {
      if (file.path === 'people/wang-wu.yaml') throw new RangeError('Maximum call stack size exceeded');
      return original.parseFile(file);
    },
  };
});

it('turns an exception inside the parser into a yaml-limits error for that file alone', () => {
  const { org, diagnostics } = loadBase(baseFiles());
  expect(diagnostics.map((d) => [d.file, d.line, d.severity, d.rule])).toEqual([['people/wang-wu.yaml', 1, 'error', 'yaml-limits']]);
  expect(diagnostics[0].message.zh).toContain('Maximum call stack size exceeded');
  // The person is not read, so names that mean them are not reported again.
  expect(org?.people.map((p) => p.id)).toEqual(['li-si', 'zhang-san']);
});
