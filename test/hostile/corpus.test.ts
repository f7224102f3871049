// The hostile corpus (test/hostile/families/*.ts), every case through loadOrganisation in a small pool
// of worker threads with a hang guard: no throw, no hang, the expected rule ids, file and line, and
// messages an editor can read. `node test/hostile/report.ts [filter]` prints the same as a table.
import { beforeAll, describe, expect, it } from 'vitest';
import { FAMILIES } from './case.ts';
import { BY_FAMILY, CORPUS } from './corpus.ts';
import { HANG_MS, runCorpus } from './pool.ts';
import { judge, type Outcome } from './run.ts';

let outcomes: Outcome[] = [];
beforeAll(async () => {
  outcomes = await runCorpus();
}, CORPUS.length * HANG_MS);

describe('the corpus', () => {
  it('has at least 200 cases, each with a unique name', () => {
    expect(CORPUS.length).toBeGreaterThanOrEqual(200);
    expect(new Set(CORPUS.map((c) => c.name)).size).toBe(CORPUS.length);
  });

  it.each(FAMILIES)('family %s is not empty and holds only its own cases', (family) => {
    expect(BY_FAMILY[family].length).toBeGreaterThan(0);
    expect(BY_FAMILY[family].every((c) => c.family === family)).toBe(true);
  });

  it('every error case names a file of its own and a line', () => {
    for (const c of CORPUS) {
      if (!('errors' in c.expect)) continue;
      expect(c.expect.errors.length, c.name).toBeGreaterThan(0);
      expect(c.expect.at.line === 'any' || c.expect.at.line >= 1, c.name).toBe(true);
    }
  });

  it('site cases are accepted and only add files of their own', () => {
    for (const c of CORPUS.filter((x) => x.site)) {
      expect('errors' in c.expect, c.name).toBe(false);
      expect(Object.keys(c.files).every((p) => /(^|\/)h-[a-z0-9-]+\.(yaml|md|mdx)$/.test(p)), c.name).toBe(true);
    }
  });
});

describe.each(FAMILIES)('%s', (family) => {
  it.each(BY_FAMILY[family].map((c) => [c.name, c] as const))('%s', (_, c) => {
    const outcome = outcomes[CORPUS.indexOf(c)];
    expect(outcome, 'the pool returned no outcome').toBeDefined();
    expect(judge(c, outcome)).toEqual([]);
  });
});
