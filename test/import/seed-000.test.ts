// Seed 000 (the 2026 department OKRs) imported into the demo content minus its 2026 sets gives back
// the facts of the shipped demo sets: every O/KR title, owners, targets and BSC perspectives.
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { importDocument } from '../../src/core/import/index.ts';
import { readContentFiles } from '../../src/content-files.ts';
import { check, demoWithout2026Sets, frontmatter, merged, ROOT, seed } from './helpers.ts';

const shipped = readContentFiles(join(ROOT, 'content')).filter((f) => /^okrs\/2026\/[^/]+\.mdx$/.test(f.path));
const folder = demoWithout2026Sets();
const result = importDocument(seed('000'), { folder, source: '000.txt' });
const imported = result.files.filter((f) => f.path.startsWith('okrs/2026/'));

/** The facts a reader relies on, with the sample data (baselines, check-ins, steps) left out. */
function facts(data: Record<string, any>) {
  return {
    owner: data.owner,
    perspectives: data.perspectives ?? [],
    objectives: data.objectives.map((o: any) => ({
      id: o.id,
      title: o.title,
      keyResults: o.keyResults.map((k: any) => ({ id: k.id, title: k.title, owners: k.owners ?? [], type: k.measure?.type, target: k.measure?.target === undefined ? undefined : String(k.measure.target) })),
    })),
  };
}

describe('seed 000 into the demo content', () => {
  it('writes one set per department, at the demo paths, and nothing else new', () => {
    expect(imported.map((f) => f.path).sort()).toEqual(shipped.map((f) => f.path).sort());
    expect(result.files.filter((f) => f.write).map((f) => f.path).sort()).toEqual(shipped.map((f) => f.path).sort());
    expect(result.files.find((f) => f.path === 'periods/2026.mdx')?.write).toBe(false);
    expect(result.report.people.created).toEqual([]);
    expect(result.report.departments.created).toEqual([]);
  });

  for (const file of shipped) {
    it(`${file.path}: titles, owners, targets and perspectives match the demo`, () => {
      const mine = imported.find((f) => f.path === file.path)!;
      const want = facts(frontmatter(file));
      const got = facts(frontmatter(mine));
      // A KR the demo leaves unmeasured (no number in the seed) is inferred as ongoing work.
      for (const [o, obj] of want.objectives.entries()) {
        for (const [k, kr] of obj.keyResults.entries()) if (kr.type === undefined) got.objectives[o].keyResults[k].type = undefined;
      }
      expect(got).toEqual(want);
    });
  }

  it('passes the check with no error', () => {
    expect(check(merged(folder, result.files)).errors).toEqual([]);
  });
});
