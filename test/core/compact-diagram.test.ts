// The phone drawing of a set's alignment map: the same objectives and alignments, KRs folded into their
// objectives, labels wrapped narrow, columns close together — so it fits a 390 px screen at ≥ 11 px.
import { describe, expect, it } from 'vitest';
import { columns, setAlignment } from '../../src/core/diagram/index.ts';
import { demoLookup } from './demo.ts';

const look = demoLookup('2026-11-20');

describe('setAlignment({ compact: true })', () => {
  const wide = setAlignment(look, '2026:tech')!;
  const phone = setAlignment(look, '2026:tech', { compact: true })!;

  it('folds KRs into their objectives and keeps every alignment on them', () => {
    expect(wide.nodes.some((n) => n.kind === 'kr')).toBe(true);
    expect(phone.nodes.some((n) => n.kind === 'kr')).toBe(false);
    const objectiveOf = (key: string) => key.replace(/\/kr\d+$/, '');
    const folded = new Set(wide.edges.filter((e) => e.kind === 'aligns').map((e) => `${objectiveOf(e.from)} → ${objectiveOf(e.to)}`));
    expect(new Set(phone.edges.filter((e) => e.kind === 'aligns').map((e) => `${e.from} → ${e.to}`))).toEqual(folded);
  });

  it('wraps every label line at 14 columns (a closing bracket may hang) and sets Mermaid’s column spacing in its front matter', () => {
    expect(phone.code.startsWith('---\nconfig:\n  flowchart:\n    rankSpacing: 12\n---\nflowchart RL\n')).toBe(true);
    const lines = [...phone.code.matchAll(/^\s+n\d+\["(.*)"\]$/gm)].flatMap((m) => m[1].split('<br>'));
    expect(lines.length).toBeGreaterThan(0);
    // A closing bracket or comma stays on the line it closes (no line starts with 】): it may hang past the 14.
    const width = (l: string) => columns(l.replace(/#\d+;/g, 'x').replace(/[】」）》，、。；：]$/, ''));
    expect(Math.max(...lines.map(width))).toBeLessThanOrEqual(14);
  });
});
