// A department's own alignment map: its objectives on the left, the personal objectives aligned to
// them (directly or through a KR) on the right, one group per person's set. Demo content.
import { describe, expect, it } from 'vitest';
import { departmentMap } from '../../src/core/diagram/index.ts';
import { demoLookup } from './demo.ts';

const look = demoLookup('2026-11-20');
const pair = (d: NonNullable<ReturnType<typeof departmentMap>>) => d.edges.map((e) => `${e.from} → ${e.to}`);

describe('departmentMap', () => {
  it('draws the department objectives and the personal objectives that align to them through a KR', () => {
    const map = departmentMap(look, ['2026:market'])!;
    expect(map.nodes.filter((n) => n.group === '2026:market').map((n) => n.key)).toEqual(['2026:market/o1', '2026:market/o2']);
    expect(pair(map)).toEqual(['2026-q4:du-kangjie/o2 → 2026:market/o1']);
    expect(map.groups.map((g) => g.label)).toEqual(['市场与增长部', '杜康杰 · 2026 Q4']);
    expect(map.code).toMatch(/^flowchart RL/);
  });

  it('links every node to its page, in English on /en/', () => {
    const map = departmentMap(look, ['2026:tech'], { lang: 'en', localize: (h) => `/en${h}` })!;
    expect(map.nodes.every((n) => n.href.startsWith('/'))).toBe(true);
    expect(map.groups[0].label).toBe('Product R&D & Data');
    expect(map.code).toContain('click');
    expect(map.code).toContain('/en/2026/tech/');
  });

  it('leaves the last personal objectives to the text version past the node limit, and says how many', () => {
    const map = departmentMap(look, ['2026:tech'], { maxNodes: 2 })!;
    expect(map.nodes.filter((n) => n.group !== '2026:tech')).toEqual([]);
    expect(map.note?.zh).toMatch(/另有 2 个个人目标未画出/);
  });

  it('is undefined without a set', () => {
    expect(departmentMap(look, [])).toBeUndefined();
    expect(departmentMap(look, ['2026:nobody'])).toBeUndefined();
  });
});
