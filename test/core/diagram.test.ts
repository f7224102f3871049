import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { loadOrganisation, scoreOrganisation } from '../../src/core/index.ts';
import type { Bsc } from '../../src/core/model.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { causalTests, VERDICT_LABELS } from '../../src/core/views/causal-view.ts';
import {
  alignmentTree, bscCausalMap, collapse, columns, edgeMarker, edgeText, encode, href, label, labelLines, perspectiveOrder, setAlignment, statusClass, wrap, MAX_NODES,
  type Diagram,
} from '../../src/core/diagram/index.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const OPTIONS = { today: '2026-11-22', asOf: '2026-11-20' };

function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? walk(join(dir, e.name)) : [join(dir, e.name)]));
}

function demoFiles(): SourceFile[] {
  return walk(CONTENT).map((p) => ({ path: relative(CONTENT, p).split('\\').join('/'), text: readFileSync(p, 'utf8') }));
}

function lookOf(files: SourceFile[] = demoFiles()): Lookup {
  const { org, diagnostics } = loadOrganisation(files, OPTIONS);
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return new Lookup(org!, scoreOrganisation(org!));
}

function edit(files: SourceFile[], path: string, from: string, to: string): SourceFile[] {
  const file = files.find((f) => f.path === path)!;
  expect(file.text.split(from)).toHaveLength(2);
  return files.map((f) => (f.path === path ? { ...f, text: f.text.replace(from, to) } : f));
}

/** What Mermaid shows for a label: its entity pass (`#35;` → `&#35;`), then the browser's HTML decoding. */
function shown(quoted: string): string {
  expect(quoted.startsWith('"') && quoted.endsWith('"')).toBe(true);
  return decodeMermaid(quoted.slice(1, -1));
}

function decodeMermaid(text: string): string {
  const named: Record<string, string> = { quot: '"', amp: '&', lt: '<', gt: '>', nbsp: '\u00a0' };
  return text.replace(/#(\d+|[a-z]+);/g, (m, n: string) => (/^\d+$/.test(n) ? String.fromCodePoint(Number(n)) : (named[n] ?? m)));
}

/** Mermaid's own flowchart parser, run in Node (DOMPurify, which needs a DOM, is bypassed). */
type FlowDb = {
  getVertices(): Map<string, { id: string; text: string; classes: string[]; link?: string }>;
  getEdges(): { start: string; end: string; text: string }[];
  getSubGraphs(): { id: string; title: string; nodes: string[] }[];
};
/**
 * Mermaid's flowchart module is a chunk with a hashed name (`flowDiagram-MALGAFMO.mjs`) that changes with
 * every Mermaid release. It is found the way Mermaid itself finds it, from the dynamic import in
 * `mermaid.core.mjs` (the package's entry); when that import cannot be found or loaded, this throws and
 * every test that parses fails, saying why, rather than skipping itself.
 */
async function mermaidParser(): Promise<(code: string) => FlowDb> {
  const entry = createRequire(import.meta.url).resolve('mermaid');
  const chunk = readFileSync(entry, 'utf8').match(/import\("(\.\/chunks\/[^"]*\/flowDiagram-[^"]+\.mjs)"\)/)?.[1];
  if (!chunk) throw new Error(`No import of Mermaid's flowDiagram chunk in ${entry}: Mermaid changed how it loads flowcharts; update mermaidParser() in test/core/diagram.test.ts`);
  const { diagram } = await import(pathToFileURL(join(dirname(entry), chunk)).href);
  if (!diagram?.parser?.parser || !diagram.db) throw new Error(`${chunk} no longer exports { diagram: { parser, db } }; update mermaidParser() in test/core/diagram.test.ts`);
  return (code: string) => {
    const db = diagram.db;
    db.sanitizeText = (t: string) => t;
    db.clear?.();
    diagram.parser.parser.yy = db;
    // Mermaid's encodeEntities, as Diagram.fromText runs it before parsing.
    diagram.parser.parse(code.replace(/#\w+;/g, (s: string) => (/^#\d+;$/.test(s) ? `ﬂ°°${s.slice(1, -1)}¶ß` : `ﬂ°${s.slice(1, -1)}¶ß`)));
    return db as FlowDb;
  };
}
const parse = await mermaidParser();
/** A parsed label as the reader sees it: entity markers decoded, `<br>` as a newline. */
function parsedText(text: string): string {
  return text.replace(/ﬂ°°(\d+)¶ß/g, (_, n) => String.fromCodePoint(Number(n))).replace(/ﬂ°(\w+)¶ß/g, (_, n) => ({ quot: '"' })[n as 'quot'] ?? n).replace(/<br>/g, '\n');
}

/** Every line of generated code is one of the forms we write; editor text only ever inside "…". */
function checkShape(d: Diagram) {
  const lines = d.code.trimEnd().split('\n');
  expect(lines[0]).toMatch(/^flowchart (LR|RL|TB|BT)$/);
  for (const line of lines.slice(1)) {
    const outside = line.replace(/"[^"\n]*"/g, '""');
    expect(outside, line).toMatch(
      /^\s*(subgraph g\d+\[""\]|direction (LR|RL|TB|BT)|end|[ng]\d+\[""\]|[ng]\d+ (-->|---) [ng]\d+|[ng]\d+ -->\|""\| [ng]\d+|click n\d+ href ""|classDef st_[a-z_]+ [a-z-]+:[^ ,]+(,[a-z-]+:[^,]+)*|class n\d+(,n\d+)* st_[a-z_]+|linkStyle \d+(,\d+)* [a-z-]+:[^ ,]+(,[a-z-]+:[^,]+)*)$/,
    );
    // Inside quotes: nothing that ends the string or forms markup (entities are #nn;).
    if (line.trim().startsWith('click ')) continue;
    for (const [, inner] of line.matchAll(/"([^"\n]*)"/g)) expect(inner.replace(/<br>/g, '')).not.toMatch(/[<>`\\]|#(?!\d+;)/);
  }
  for (const n of d.nodes) expect(n.id).toMatch(/^n\d+$/);
  for (const g of d.groups) expect(g.id).toMatch(/^g\d+$/);
}

const STATUS_TEXT = { done: '✓ 已达成', 'on-track': '● 正常', 'at-risk': '▲ 有风险', 'off-track': '✕ 落后', 'no-data': '○ 未更新', unscored: '⊘ 无法计分' } as const;

function linesOf(d: Diagram): string[] {
  return d.code.split('\n').map((l) => l.trim());
}

describe('escape: editor text inside a Mermaid label', () => {
  it('quotes, brackets, # ; | and backticks are entity-coded; CJK brackets stay as written', () => {
    expect(label('【提升获客质量，保障财务健康线】')).toBe('"【提升获客质量，保障财务健康线】"');
    expect(label('He said "hi"')).toBe('"He said #34;hi#34;"');
    expect(label('a#b;c|d')).toBe('"a#35;b#59;c#124;d"');
    expect(label('[x] (y) {z}')).toBe('"#91;x#93; #40;y#41; #123;z#125;"');
    expect(label('`code`')).toBe('"#96;code#96;"');
  });

  it('<script> and HTML entities render as text, never as markup', () => {
    expect(label('<script>alert(1)</script>')).toBe('"#60;script#62;alert#40;1#41;#60;/script#62;"');
    expect(label('a &lt; b &amp; c')).toBe('"a #38;lt#59; b #38;amp#59; c"');
    expect(shown(label('<b>x</b> &amp;'))).toBe('<b>x</b> &amp;');
  });

  it("Mermaid's own entity syntax written by an editor stays literal", () => {
    expect(label('#quot;')).toBe('"#35;quot#59;"');
    expect(shown(label('#quot; #35; #9829;'))).toBe('#quot; #35; #9829;');
    // Mermaid's private markers for entities (ﬂ° … ¶ß) are split by an invisible word joiner.
    expect(encode('ﬂ°lt¶ß')).toBe('ﬂ\u2060°lt¶\u2060ß');
  });

  it('newlines, tabs and runs of spaces collapse to one space; a literal \\n cannot break the line', () => {
    expect(collapse(' a\r\n\tb  \u2028c\n')).toBe('a b c');
    expect(label('line1\nline2')).toBe('"line1 line2"');
    expect(label('a\\nb')).toBe('"a#92;nb"');
  });

  it('colons, $$ and %% are coded so no icon, KaTeX, comment or style rewrite can trigger', () => {
    expect(label('fa:fa-home $$x$$ %%c')).toBe('"fa#58;fa-home #36;#36;x#36;#36; #37;#37;c"');
    expect(label('style x:#fff;')).toBe('"style x#58;#35;fff#59;"');
  });

  it('round-trips any text through Mermaid’s entity decoding', () => {
    for (const text of ['【提升获客质量，保障财务健康线】', 'a "b" #c; <d> & `e` | f [g] (h) {i} $j %k \\l :m', '#quot; #35; &#35;', '100% 达成；"≥ 85" 分']) {
      expect(shown(label(text))).toBe(text);
    }
  });

  it('long labels wrap into balanced lines, never cut: CJK anywhere, Latin words whole, no line starts with closing punctuation', () => {
    expect(columns('中文ab')).toBe(6);
    expect(wrap('单 SKU 产能密度', 12)).toEqual(['单 SKU', '产能密度']);
    expect(wrap('AI Agent 实际上岗率', 12)).toEqual(['AI Agent', '实际上岗率']);
    expect(wrap('大黑用户拦截率', 12)).toEqual(['大黑用户', '拦截率']);
    expect(wrap('Part-time staff efficiency', 14)).toEqual(['Part-time', 'staff', 'efficiency']);
    expect(wrap('一二三四，五六', 8)).toEqual(['一二三四，', '五六']);
    expect(wrap('short')).toEqual(['short']);
    expect(wrap('')).toEqual([]);
    expect(wrap('a'.repeat(30), 12)).toEqual(['a'.repeat(12), 'a'.repeat(12), 'a'.repeat(6)]);
    for (const text of ['很长的中文标签'.repeat(6), 'O1 【提升获客质量，保障财务健康线】', '😀'.repeat(40), 'a "b" #c; <d> & `e` | f [g] (h) {i}']) {
      const lines = wrap(text, 14);
      expect(lines.join('').replace(/\s+/g, '')).toBe(text.replace(/\s+/g, ''));
      for (const line of lines) expect(columns(line), line).toBeLessThanOrEqual(16);
      for (const line of lines.slice(1)) expect(line).not.toMatch(/^[，。、；：！？）》」』】,.;:!?)]/u);
    }
  });

  it('several lines are joined by <br>, each escaped on its own', () => {
    expect(labelLines(['净营收', '0.75 ●'])).toBe('"净营收<br>0.75 ●"');
    expect(labelLines(['大黑用户拦截率'], 12)).toBe('"大黑用户<br>拦截率"');
    expect(labelLines(['<br>', ''])).toBe('"#60;br#62;"');
  });

  it('hrefs cannot end the quoted string or form an entity', () => {
    expect(href('/2026/market/#o1-kr2')).toBe('/2026/market/#o1-kr2');
    expect(href('/a"b;c d/')).toBe('/a%22b%3Bc%20d/');
  });
});

describe('bscCausalMap on the demo content', () => {
  const look = lookOf();
  const bsc = look.bsc('2026')!;
  const map = bscCausalMap(look, '2026')!;

  it('is a bottom-up flowchart (the causes at the bottom, the results on top) of well-formed lines with generated ids only', () => {
    expect(map.code.startsWith('flowchart BT\n')).toBe(true);
    checkShape(map);
  });

  it('has one lane per perspective, ordered learning → internal → customer → finance', () => {
    expect(map.groups.map((g) => g.key)).toEqual(['2026:bsc/learning', '2026:bsc/internal', '2026:bsc/customer', '2026:bsc/finance']);
    for (const p of bsc.perspectives) {
      const g = map.groups.find((x) => x.key === p.key)!;
      expect(linesOf(map)).toContain(`subgraph ${g.id}["${p.name} · ${g.score}"]`);
    }
    const lanes = linesOf(map).filter((l) => l.startsWith('subgraph '));
    expect(lanes.map((l) => l.match(/\["([^ ]+)/)![1])).toEqual(['学习与成长', '内部运营', '客户', '财务']);
  });

  it('draws every metric once, in its lane, labelled name (wrapped), score and status as icon and word', () => {
    expect(map.nodes.map((n) => n.key).sort()).toEqual(bsc.metrics.map((m) => m.key).sort());
    const nps = map.nodes.find((n) => n.key === '2026:bsc/nps')!;
    expect(nps.group).toBe('2026:bsc/customer');
    expect(nps.label).toBe('服务满意度 (NPS)');
    expect(nps.score).toMatch(/^\d\.\d+$/);
    const status = { done: '✓ 已达成', 'on-track': '● 正常', 'at-risk': '▲ 有风险', 'off-track': '✕ 落后', 'no-data': '○ 未更新', unscored: '⊘ 无法计分' }[nps.status];
    expect(linesOf(map)).toContain(`${nps.id}["服务满意<br>度 #40;NPS#41;<br>${nps.score} ${status}"]`);
    const english = bscCausalMap(look, '2026', { lang: 'en' })!;
    expect(english.code).toMatch(/n\d+\["Clean<br>Revenue<br>[\d.]+ . (On track|At risk|Off track|Done|No data yet|Not scored)"\]/);
    // No metric line wider than 12 columns: three boxes side by side fit a phone.
    for (const n of map.nodes) for (const line of wrap(n.label, 12)) expect(columns(line)).toBeLessThanOrEqual(12);
  });

  it('numbers every causal edge of content/bsc/2026.mdx ①②… in file order, the whole why kept for the legend', () => {
    expect(bsc.causes.length).toBe(9);
    expect(map.edges).toHaveLength(bsc.causes.length);
    const id = (metric: string) => map.nodes.find((n) => n.key === `2026:bsc/${metric}`)!.id;
    for (const [i, c] of bsc.causes.entries()) {
      const matching = linesOf(map).filter((l) => l.startsWith(`${id(c.from)} -->|`) && l.endsWith(`| ${id(c.to)}`));
      // The marker, then the symbol of the edge's verdict against the data (test/core/causal-view.test.ts).
      const verdict = causalTests(look, '2026')[i].verdict;
      expect(matching, `${c.from} → ${c.to}`).toEqual([`${id(c.from)} -->|"${edgeMarker(i + 1)}${VERDICT_LABELS[verdict].symbol}"| ${id(c.to)}`]);
      expect(map.edges[i]).toMatchObject({ marker: edgeMarker(i + 1), label: c.why, verdict, badge: VERDICT_LABELS[verdict].symbol });
    }
    expect(map.edges.find((e) => e.to === '2026:bsc/net-margin')!.label).toBe('人效提升 + SKU 做精 = 降本增效');
    expect(linesOf(map).filter((l) => / --> /.test(l) || /-->\|/.test(l))).toHaveLength(9);
  });

  it('edge markers run ①…⑳, ㉑…㊿, then (51)', () => {
    expect([1, 2, 20, 21, 35, 36, 50, 51].map(edgeMarker)).toEqual(['①', '②', '⑳', '㉑', '㉟', '㊱', '㊿', '(51)']);
  });

  it('gives every node a link to its metric page and a status class', () => {
    for (const n of map.nodes) {
      expect(n.href).toBe(`/2026/bsc/${n.key.split('/').pop()}/`);
      expect(linesOf(map)).toContain(`click ${n.id} href "${n.href}"`);
      const classLine = linesOf(map).find((l) => l.startsWith('class ') && l.endsWith(` ${statusClass(n.status)}`))!;
      expect(classLine.split(' ')[1].split(',')).toContain(n.id);
    }
    for (const s of ['done', 'on-track', 'at-risk', 'off-track', 'no-data', 'unscored'] as const) {
      expect(linesOf(map).some((l) => l.startsWith(`classDef ${statusClass(s)} fill:`))).toBe(true);
    }
  });

  it('is deterministic: the same content gives the same text', () => {
    expect(bscCausalMap(lookOf(), '2026')!.code).toBe(map.code);
    expect(bscCausalMap(look, '2026')!.code).toBe(map.code);
  });

  it('maps hrefs and names for the English site', () => {
    const en = bscCausalMap(look, '2026', { lang: 'en', localize: (h) => `/en${h}` })!;
    expect(en.nodes.every((n) => n.href.startsWith('/en/2026/bsc/'))).toBe(true);
    expect(en.nodes.find((n) => n.key === '2026:bsc/clean-revenue')!.label).toBe('Clean Revenue');
    expect(en.code).toContain('subgraph g0["Learning #38; Growth · ');
  });

  it('is undefined for a period without a BSC', () => {
    expect(bscCausalMap(look, '1999')).toBeUndefined();
  });
});

describe('perspectiveOrder', () => {
  const bscOf = (perspectives: string[], metrics: [string, string][], causes: [string, string][]) =>
    ({ perspectives: perspectives.map((id) => ({ id })), metrics: metrics.map(([id, perspectiveId]) => ({ id, perspectiveId })), causes: causes.map(([from, to]) => ({ from, to })) }) as unknown as Bsc;

  it('orders perspectives so causes run forward, ties in file order', () => {
    expect(perspectiveOrder(bscOf(['f', 'c', 'i', 'l'], [['m1', 'l'], ['m2', 'i'], ['m3', 'c'], ['m4', 'f']], [['m1', 'm2'], ['m2', 'm3'], ['m3', 'm4']]))).toEqual(['l', 'i', 'c', 'f']);
    expect(perspectiveOrder(bscOf(['a', 'b', 'c'], [['x', 'a'], ['y', 'b']], [['y', 'x']]))).toEqual(['b', 'a', 'c']);
  });

  it('falls back to file order without causes or inside a cycle', () => {
    expect(perspectiveOrder(bscOf(['a', 'b'], [], []))).toEqual(['a', 'b']);
    expect(perspectiveOrder(bscOf(['a', 'b', 'c'], [['x', 'a'], ['y', 'b'], ['z', 'c']], [['x', 'y'], ['y', 'x'], ['z', 'x']]))).toEqual(['c', 'a', 'b']);
  });
});

describe('setAlignment on the demo content', () => {
  const look = lookOf();

  it('shows the set’s objectives and KRs with their parents, linked and coloured', () => {
    const d = setAlignment(look, '2026:market')!;
    checkShape(d);
    expect(d.code.startsWith('flowchart RL\n')).toBe(true);
    const set = look.sets.get('2026:market')!;
    const own = set.objectives.flatMap((o) => [o.key, ...o.keyResults.map((k) => k.key)]);
    expect(d.nodes.filter((n) => n.group === '2026:market').map((n) => n.key)).toEqual(own);
    // Parents: the metrics and the perspective the set aligns to, in the BSC group.
    expect(d.nodes.filter((n) => n.group === '2026:bsc').map((n) => n.key).sort()).toEqual(['2026:bsc/clean-revenue', '2026:bsc/complaint-rate', '2026:bsc/finance']);
    expect(d.edges).toContainEqual({ from: '2026:market/o1/kr1', to: '2026:bsc/complaint-rate', kind: 'aligns' });
    expect(d.edges).toContainEqual({ from: '2026:market/o2', to: '2026:bsc/finance', kind: 'aligns' });
    expect(d.edges.filter((e) => e.kind === 'contains')).toHaveLength(4);
    const o1 = d.nodes.find((n) => n.key === '2026:market/o1')!;
    expect(o1.label).toBe('O1 【提升获客质量，保障财务健康线】');
    expect(o1.href).toBe('/2026/market/#o1');
    expect(linesOf(d)).toContain(`${o1.id}["O1 【提升获客质量，<br>保障财务健康线】<br>${o1.score} ${STATUS_TEXT[o1.status]}"]`);
    for (const n of d.nodes) {
      expect(n.href).toMatch(/^\/2026(-q\d)?\//);
      expect(linesOf(d)).toContain(`click ${n.id} href "${n.href}"`);
      expect(linesOf(d).some((l) => l.startsWith('class ') && l.split(' ')[1].split(',').includes(n.id) && l.endsWith(statusClass(n.status)))).toBe(true);
    }
  });

  it('shows the children: what other sets align to this one', () => {
    const d = setAlignment(look, '2026:service')!;
    checkShape(d);
    expect(d.groups.map((g) => g.key)).toEqual(['2026:bsc', '2026:service', '2026:tech']);
    expect(d.edges).toContainEqual({ from: '2026:tech/o1/kr2', to: '2026:service/o1/kr2', kind: 'aligns' });
    expect(d.nodes.find((n) => n.key === '2026:bsc/refund-rate')?.kind).toBe('guard');
    const tech = d.nodes.find((n) => n.key === '2026:tech/o1/kr2')!;
    const service = d.nodes.find((n) => n.key === '2026:service/o1/kr2')!;
    expect(linesOf(d)).toContain(`${tech.id} --> ${service.id}`);
  });

  it('is deterministic and undefined for an unknown set', () => {
    expect(setAlignment(lookOf(), '2026:service')!.code).toBe(setAlignment(look, '2026:service')!.code);
    expect(setAlignment(look, '2026:nobody')).toBeUndefined();
  });
});

describe('alignmentTree (the company map) on the demo content', () => {
  const look = lookOf();
  const tree = alignmentTree(look, '2026');
  const departmentSets = look.org.sets.filter((s) => s.period === '2026' && s.owner.kind !== 'person');

  it('is well formed, with generated ids only, and says what it leaves out and where it is', () => {
    checkShape(tree);
    expect(tree.code.startsWith('flowchart RL\n')).toBe(true);
    expect(tree.note?.zh).toBe('图中只画公司与部门的目标；关键结果和个人 OKR 见各部门 OKR 页的对齐图，部门以上的对齐关系见下方对齐树（文字版），个人 OKR 的对齐见各部门的对齐页。未画出 2 份个人 OKR。');
    expect(tree.note?.en).toContain('2 personal OKR set(s) not drawn');
  });

  it('draws the BSC by perspective, then the departments with their objectives only: no KR, no person', () => {
    expect(tree.groups[0]).toMatchObject({ key: '2026:bsc', label: '2026 年度 BSC' });
    expect(tree.groups.filter((g) => g.parent === '2026:bsc').map((g) => g.key)).toEqual([
      '2026:bsc/finance', '2026:bsc/customer', '2026:bsc/internal', '2026:bsc/learning', '2026:bsc/guards',
    ]);
    expect(tree.groups.filter((g) => look.sets.has(g.key)).map((g) => g.key)).toEqual(['2026:curriculum', '2026:market', '2026:sales', '2026:service', '2026:tech']);
    for (const m of look.bsc('2026')!.metrics) expect(tree.nodes.find((n) => n.key === m.key)?.group).toBe(`2026:bsc/${m.perspectiveId}`);
    expect(tree.nodes.filter((n) => n.kind === 'objective').map((n) => n.key)).toEqual(departmentSets.flatMap((s) => s.objectives.map((o) => o.key)));
    expect(tree.nodes.some((n) => n.kind === 'kr' || n.key.startsWith('2026-q4:'))).toBe(false);
    expect(tree.nodes.length).toBeLessThanOrEqual(MAX_NODES);
  });

  it('draws an objective’s alignment, and its KRs’, as one arrow from the objective', () => {
    expect(tree.edges.every((e) => e.kind === 'aligns')).toBe(true);
    // market/o1/kr1 → complaint-rate is drawn from market/o1.
    expect(tree.edges).toContainEqual({ from: '2026:market/o1', to: '2026:bsc/complaint-rate', kind: 'aligns' });
    // tech/o1/kr2 → service/o1/kr2: objective to objective.
    expect(tree.edges).toContainEqual({ from: '2026:tech/o1', to: '2026:service/o1', kind: 'aligns' });
    const finance = tree.groups.find((g) => g.key === '2026:bsc/finance')!;
    expect(linesOf(tree)).toContain(`${tree.nodes.find((n) => n.key === '2026:market/o2')!.id} --> ${finance.id}`);
    expect(tree.nodes.find((n) => n.key === '2026:bsc/refund-rate')).toMatchObject({ kind: 'guard', group: '2026:bsc/guards' });
    expect(new Set(tree.edges.map((e) => `${e.from} ${e.to}`)).size).toBe(tree.edges.length);
  });

  it('gives every node a link down and a status class; is deterministic', () => {
    for (const n of tree.nodes) {
      expect(linesOf(tree)).toContain(`click ${n.id} href "${n.href}"`);
      expect(linesOf(tree).some((l) => l.startsWith('class ') && l.split(' ')[1].split(',').includes(n.id) && l.endsWith(statusClass(n.status)))).toBe(true);
    }
    expect(alignmentTree(lookOf(), '2026').code).toBe(tree.code);
  });

  it('above maxNodes, leaves whole sets to the text tree and counts them', () => {
    const small = alignmentTree(look, '2026', { maxNodes: 14 });
    checkShape(small);
    expect(small.nodes.length).toBeLessThanOrEqual(14);
    const drawn = small.groups.filter((g) => look.sets.has(g.key)).map((g) => g.key);
    expect(drawn.length).toBeLessThan(departmentSets.length);
    // A set is drawn with all its objectives or not at all.
    for (const key of drawn) expect(small.nodes.filter((n) => n.group === key)).toHaveLength(look.sets.get(key)!.objectives.length);
    expect(small.note?.zh).toContain(`另有 ${departmentSets.length - drawn.length} 份部门 OKR 未画出，见对齐树`);
  });

  it('for a quarter with personal sets only: the year’s BSC, and a note pointing to the departments’ maps', () => {
    const q4 = alignmentTree(look, '2026-q4');
    checkShape(q4);
    expect(q4.groups[0].key).toBe('2026:bsc');
    expect(q4.groups.some((g) => look.sets.has(g.key))).toBe(false);
    expect(q4.note?.zh).toContain('未画出 2 份个人 OKR');
  });
});

describe('setAlignment stays small', () => {
  const look = lookOf();
  it('above maxNodes folds KRs into objectives, then leaves supporting items to the text version, and says so', () => {
    const full = setAlignment(look, '2026:market')!;
    const folded = setAlignment(look, '2026:market', { maxNodes: 8 })!;
    checkShape(folded);
    expect(folded.nodes.some((n) => n.kind === 'kr')).toBe(false);
    expect(folded.note?.zh).toContain(`图中共有 ${full.nodes.length} 个节点，超过 8 个`);
    const tiny = setAlignment(look, '2026:service', { maxNodes: 4 })!;
    expect(tiny.nodes.length).toBeLessThanOrEqual(5);
    expect(tiny.note?.zh).toMatch(/另有 \d+ 个向下支撑的目标或 KR 未画出，见文字版/);
  });
});

describe('editor text that fights back', () => {
  const nasty = '【提升获客质量】 "引号" #quot; a;b <script>x</script> |p| `c` {x} %%';
  const files = edit(demoFiles(), 'okrs/2026/market.mdx', 'title: 【提升获客质量，保障财务健康线】', `title: '${nasty}'`);
  const look = lookOf(files);

  it('never leaves editor text outside quotes, in every diagram', () => {
    for (const d of [setAlignment(look, '2026:market')!, alignmentTree(look, '2026'), bscCausalMap(look, '2026')!]) {
      checkShape(d);
      expect(d.code).not.toContain('<script>');
      expect(d.code).not.toContain('#quot;');
    }
    expect(setAlignment(look, '2026:market')!.nodes.find((n) => n.key === '2026:market/o1')!.label).toBe(`O1 ${nasty}`);
  });

  it('parses with Mermaid’s own parser, and the reader sees the text as written', () => {
    const d = setAlignment(look, '2026:market')!;
    const db = parse(d.code);
    const o1 = d.nodes.find((n) => n.key === '2026:market/o1')!;
    const vertex = db.getVertices().get(o1.id)!;
    const lines = parsedText(vertex.text).split('\n');
    // The whole title, wrapped: joined, the lines are the text as written (spaces at the breaks aside).
    expect(lines.slice(0, -1)).toEqual(wrap(`O1 ${nasty}`));
    expect(lines.slice(0, -1).join('').replace(/ /g, '')).toBe(`O1 ${nasty}`.replace(/ /g, ''));
    expect(lines.at(-1)).toBe(`${o1.score} ${STATUS_TEXT[o1.status]}`);
    expect(vertex.link).toBe('/2026/market/#o1');
    expect(vertex.classes).toContain(statusClass(o1.status));
  });
});

describe('Mermaid parses every generated diagram', () => {
  const look = lookOf();

  it('the causal map: every metric, lane and cause as generated', () => {
    const map = bscCausalMap(look, '2026')!;
    const db = parse(map.code);
    expect([...db.getVertices().keys()].sort()).toEqual(map.nodes.map((n) => n.id).sort());
    expect(db.getSubGraphs().map((s) => parsedText(s.title))).toEqual(map.groups.map((g) => `${g.label} · ${g.score}`));
    expect(db.getEdges().map((e) => [e.start, e.end, parsedText(e.text)])).toEqual(
      map.edges.map((e) => [map.nodes.find((n) => n.key === e.from)!.id, map.nodes.find((n) => n.key === e.to)!.id, edgeText(e)]),
    );
    for (const n of map.nodes) {
      const v = db.getVertices().get(n.id)!;
      expect(parsedText(v.text).split('\n').slice(0, -1)).toEqual(wrap(n.label, 12));
      expect(v.link).toBe(n.href);
      expect(v.classes).toEqual(['clickable', statusClass(n.status)]);
    }
  });

  it('the set alignment and the whole tree', () => {
    for (const d of [setAlignment(look, '2026:service')!, setAlignment(look, '2026:tech')!, alignmentTree(look, '2026'), alignmentTree(look, '2026', { maxNodes: 10 })]) {
      const db = parse(d.code);
      // Mermaid also lists a subgraph that an edge points at (a perspective) among its vertices.
      const groupIds = new Set(d.groups.map((g) => g.id));
      expect([...db.getVertices().keys()].filter((id) => !groupIds.has(id)).sort()).toEqual(d.nodes.map((n) => n.id).sort());
      expect(db.getEdges()).toHaveLength(d.edges.length);
      expect(db.getSubGraphs()).toHaveLength(d.groups.length);
      for (const n of d.nodes) expect(db.getVertices().get(n.id)!.link).toBe(n.href);
    }
  });

  it('rejects broken source, so the check above means something', () => {
    expect(() => parse('flowchart LR\n  n0["a " b"] --> n1\n')).toThrow();
  });
});
