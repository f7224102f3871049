// The editor docs (docs/*.md) checked against the code, so they cannot drift:
//   rules.md          every rule id the code can emit has a section, and every section is a real rule id
//   scoring.md        every worked example is recomputed through the real scoring code, and the doc
//                     must contain the computation exactly as the code (and the site) prints it
//   content-format.md every field of every schema is in a field table (and nothing else is), every YAML
//                     example parses, and the complete-file examples load together without an error;
//                     every refused body example of §16 is refused by the check with the rule it names
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDocument } from 'yaml';
import type { z } from 'zod';
import { readContentFiles } from '../src/content-files.ts';
import { LINT_RULES, loadOrganisation, scoreOrganisation, type Organisation, type SourceFile } from '../src/core/index.ts';
import { CONFIGURABLE_RULES, RULE_GROUPS, RULE_IDS, RULES, type RuleInfo } from '../src/core/rules.ts';
import { bscSchema } from '../src/core/schemas/bsc.ts';
import { checkinSchema, type CheckinInput } from '../src/core/schemas/checkin.ts';
import { departmentSchema } from '../src/core/schemas/department.ts';
import { measureSchema, type MeasureInput } from '../src/core/schemas/measure.ts';
import { okrSetSchema } from '../src/core/schemas/okr-set.ts';
import { reportSchema } from '../src/core/schemas/report.ts';
import { periodOverviewSchema } from '../src/core/schemas/period-overview.ts';
import { personSchema } from '../src/core/schemas/person.ts';
import { DEFAULT_BANDS, settingsSchema } from '../src/core/schemas/settings.ts';
import { weightedMean } from '../src/core/scoring/aggregate.ts';
import { formatScore, num } from '../src/core/scoring/explain.ts';
import { bandOf, isConservative } from '../src/core/scoring/grading.ts';
import { expectedProgress, paceStatus } from '../src/core/scoring/pace.ts';
import { measuredProgress, scoreKeyResult } from '../src/core/scoring/okr.ts';
import { dataDateView } from '../src/core/views/data-date.ts';
import { Lookup } from '../src/core/views/lookup.ts';
import { scoreView } from '../src/core/views/score-view.ts';
import { progressOf } from '../src/core/scoring/progress.ts';
import { targetValue } from '../src/core/scoring/target.ts';
import { parseFile } from '../src/core/source.ts';
import { inspectBody, MAX_BRACKET_DEPTH, MAX_BRACKETS_PER_PARAGRAPH, MAX_CONTAINER_DEPTH, MAX_TAG_DEPTH, parseBody } from '../src/core/prose/index.ts';
import { DEFAULT_MAX_FILE_BYTES, MAX_ALIAS_COUNT, MAX_DEPTH } from '../src/core/yaml-limits.ts';
import { MAX_ID_LENGTH } from '../src/core/schemas/common.ts';

const ROOT = join(import.meta.dirname, '..');
const read = (path: string) => readFileSync(join(ROOT, path), 'utf8');
const RULES_MD = read('docs/rules.md');
const SCORING_MD = read('docs/scoring.md');
const FORMAT_MD = read('docs/content-format.md');
const SECURITY_MD = read('docs/security.md');

// ── Markdown helpers ────────────────────────────────────────────────────────────────────────────

interface Block {
  lang: string;
  /** The block's text, with the fence's indentation removed. */
  text: string;
  /** The nearest non-empty line before the fence (where `<!-- … -->` markers sit). */
  before: string;
  /** The `###` heading the block sits under, if any. */
  section?: string;
}

/** Fenced code blocks (also indented ones inside list items), with what precedes them. */
function codeBlocks(markdown: string): Block[] {
  const lines = markdown.split('\n');
  const blocks: Block[] = [];
  let section: string | undefined;
  for (let i = 0; i < lines.length; i++) {
    const heading = /^(#{2,3})\s+(.*?)\s*$/.exec(lines[i]);
    if (heading) section = heading[1] === '###' ? heading[2] : undefined;
    const open = /^(\s*)```(\S*)\s*$/.exec(lines[i]);
    if (!open) continue;
    const indent = open[1].length;
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !/^\s*```\s*$/.test(lines[j]); j++) body.push(lines[j].slice(Math.min(indent, lines[j].search(/\S|$/))));
    const before = lines.slice(0, i).reverse().find((l) => l.trim() !== '')?.trim() ?? '';
    blocks.push({ lang: open[2], text: body.join('\n'), before, section });
    i = j;
  }
  return blocks;
}

/** The markdown without its fenced code blocks, so headings inside examples are not taken as headings. */
function withoutCode(markdown: string): string {
  return markdown.replace(/^(\s*)```[\s\S]*?^\s*```\s*$/gm, '');
}

/** Heading anchors as GitHub makes them: lowercase, punctuation dropped, spaces to dashes, repeats numbered. */
function anchors(markdown: string): Set<string> {
  const seen = new Map<string, number>();
  const out = new Set<string>();
  for (const m of withoutCode(markdown).matchAll(/^#{1,6}\s+(.*?)\s*$/gm)) {
    const base = m[1].toLowerCase().replace(/[^\p{L}\p{M}\p{N}\p{Pc} -]/gu, '').replace(/ /g, '-');
    const n = seen.get(base) ?? 0;
    seen.set(base, n + 1);
    out.add(n === 0 ? base : `${base}-${n}`);
  }
  return out;
}

// ── The rule catalogue ──────────────────────────────────────────────────────────────────────────

/** Every rule id the check can report: the catalogue (Diagnostic.rule is typed by it, so code cannot emit others). */
const catalogue = new Map<string, RuleInfo>(RULE_IDS.map((id) => [id, RULES[id]]));

const SEVERITY_WORD = { error: '错误', warning: '警告' } as const;

/** `### rule-id` headings of rules.md, in order. */
function documentedIds(): string[] {
  return [...withoutCode(RULES_MD).matchAll(/^###\s+(.+?)\s*$/gm)].map((m) => m[1]);
}

/** `content/…:12:3  error  rule-id  message` lines of a text block. */
function messageLines(text: string) {
  return text.split('\n').flatMap((line) => {
    const m = /^content\/\S+:\d+:\d+ {2}(error|warning) {2}(\S+) {2}\S/.exec(line);
    return m ? [{ severity: m[1], rule: m[2], line }] : [];
  });
}

describe('docs/rules.md', () => {
  const code = catalogue;
  const documented = documentedIds();

  it('has a catalogue entry for every lint rule, each one configurable', () => {
    for (const rule of LINT_RULES) {
      expect(RULES[rule.id], rule.id).toMatchObject({ group: 'lint', configurable: true });
    }
    expect(LINT_RULES.length).toBe(RULE_IDS.filter((id) => RULES[id].group === 'lint').length);
  });

  it('has a section for every rule of the catalogue', () => {
    expect(RULE_IDS.filter((id) => !documented.includes(id)), 'rule ids without a "### <id>" section in docs/rules.md').toEqual([]);
  });

  it('documents only rule ids of the catalogue, each once', () => {
    expect(documented.filter((id) => !code.has(id)), 'sections in docs/rules.md for ids the catalogue does not have').toEqual([]);
    expect(documented.filter((id, i) => documented.indexOf(id) !== i), 'ids documented twice').toEqual([]);
  });

  it('puts every rule under the heading of its group, and lists it in the index with its severity and group', () => {
    const groupOf = new Map<string, string>();
    let group = '';
    for (const line of withoutCode(RULES_MD).split('\n')) {
      const h2 = /^## (.+?)(?: · .*)?$/.exec(line);
      if (h2) group = h2[1];
      const h3 = /^### (.+?)\s*$/.exec(line);
      if (h3) groupOf.set(h3[1], group);
    }
    for (const id of RULE_IDS) {
      const info: RuleInfo = RULES[id];
      expect(groupOf.get(id), id).toBe(RULE_GROUPS[info.group].zh);
      const row = new RegExp(`^\\| \\[${id}\\]\\(#${id}\\) \\| ${SEVERITY_WORD[info.severity]}(.*?) \\| ${RULE_GROUPS[info.group].zh} \\|$`, 'm').exec(RULES_MD);
      expect(row, `index row of ${id}`).not.toBeNull();
      if (info.configurable) expect(row![1], id).toContain('可配置');
    }
  });

  it('documents every rule id the fixtures actually report', () => {
    const reported = new Set<string>();
    const fixtures = join(ROOT, 'test', 'fixtures');
    for (const name of readdirSync(fixtures)) {
      let text = '';
      try {
        text = readFileSync(join(fixtures, name, 'expected.txt'), 'utf8');
      } catch {
        continue;
      }
      for (const m of messageLines(text)) reported.add(m.rule);
    }
    expect(reported.size).toBeGreaterThan(20);
    expect([...reported].filter((id) => !documented.includes(id))).toEqual([]);
  });

  it('quotes, under each rule, only messages of that rule; lint messages with the default severity', () => {
    let quoted = 0;
    for (const block of codeBlocks(RULES_MD).filter((b) => b.lang === 'text')) {
      for (const m of messageLines(block.text)) {
        quoted++;
        expect(code.has(m.rule), m.line).toBe(true);
        if (!block.section) continue;
        expect(m.rule, `a message under "### ${block.section}"`).toBe(block.section);
        const rule: RuleInfo | undefined = catalogue.get(m.rule);
        if (rule?.configurable) expect(m.severity, m.line).toBe(rule.severity);
      }
    }
    expect(quoted).toBeGreaterThanOrEqual(code.size);
    for (const id of code.keys()) {
      const hasMessage = codeBlocks(RULES_MD).some((b) => b.section === id && messageLines(b.text).length > 0);
      expect(hasMessage, `a real message for ${id}`).toBe(true);
    }
  });

  it('quotes only messages the check really prints: each one is the pinned output of a fixture case', () => {
    const pinned = new Set(readdirSync(join(ROOT, 'test', 'fixtures')).flatMap((name) => {
      try {
        return readFileSync(join(ROOT, 'test', 'fixtures', name, 'expected.txt'), 'utf8').split('\n');
      } catch {
        return [];
      }
    }));
    for (const doc of [RULES_MD, FORMAT_MD]) {
      for (const block of codeBlocks(doc).filter((b) => b.lang === 'text')) {
        // The format diagram at the top of rules.md abbreviates its message with "……".
        for (const m of messageLines(block.text).filter((x) => !x.line.endsWith('……'))) {
          expect(pinned.has(m.line), `not the output of any test/fixtures case: ${m.line}`).toBe(true);
        }
      }
    }
  });

  it('gives every rule its severity, what it catches, why, a bad example, the fix and a real message', () => {
    const sections = withoutCode(RULES_MD).split(/^### /m).slice(1);
    expect(sections.length).toBe(documented.length);
    for (const section of sections) {
      const id = section.split('\n')[0].trim();
      for (const part of ['**级别**', '**检查什么**', '**为什么**', '**错误示例**', '**改正**', '**实际消息**']) expect(section, `${id}: ${part}`).toContain(part);
    }
  });

  it('has fixes (and other YAML, except the bad examples) that parse', () => {
    const yaml = codeBlocks(RULES_MD).filter((b) => b.lang === 'yaml' && !b.before.includes('错误示例'));
    expect(yaml.length).toBeGreaterThanOrEqual(25);
    for (const b of yaml) expect(parseDocument(b.text).errors.map((e) => e.message), b.text).toEqual([]);
  });

  it('states the default severity of every configurable rule, and that settings.yaml lint can change it', () => {
    const sections = withoutCode(RULES_MD).split(/^### /m);
    for (const id of CONFIGURABLE_RULES) {
      const section = sections.find((s) => s.startsWith(`${id}\n`))!;
      expect(section, id).toContain(`默认 ${RULES[id].severity}`);
      expect(section, id).toContain('`lint`');
    }
  });

  it('quotes only real rule ids in the messages of content-format.md', () => {
    for (const block of codeBlocks(FORMAT_MD).filter((b) => b.lang === 'text')) {
      for (const m of messageLines(block.text)) expect(code.has(m.rule), m.line).toBe(true);
    }
  });
});

// ── Links between the docs ──────────────────────────────────────────────────────────────────────

describe('links between the docs', () => {
  const docs: Record<string, string> = { 'content-format.md': FORMAT_MD, 'rules.md': RULES_MD, 'scoring.md': SCORING_MD, 'security.md': SECURITY_MD };
  it.each(Object.keys(docs))('every link from %s points at an existing doc and heading', (name) => {
    // A link written inside `inline code` is an example of the syntax, not a link.
    for (const m of withoutCode(docs[name]).replace(/`[^`\n]*`/g, '').matchAll(/\]\(([^)\s]*)\)/g)) {
      const [file, anchor] = m[1].split('#');
      if (/^[a-z]+:/.test(file)) continue;
      const target = file === '' ? name : file;
      expect(Object.keys(docs), m[1]).toContain(target);
      if (anchor !== undefined) expect([...anchors(docs[target])], `${name}: ${m[1]}`).toContain(decodeURIComponent(anchor));
    }
  });
});

// ── docs/security.md ────────────────────────────────────────────────────────────────────────────

describe('docs/security.md', () => {
  it('states the limits the code enforces', () => {
    const row = (rule: string, what: string) => SECURITY_MD.split('\n').find((l) => l.startsWith('|') && l.includes(`(rules.md#${rule})`) && l.includes(what));
    expect(row('body-limits', '层')).toContain(`列表与引用 ${MAX_CONTAINER_DEPTH} 层，HTML 元素 ${MAX_TAG_DEPTH} 层，方括号 ${MAX_BRACKET_DEPTH} 层，一段里 ${MAX_BRACKETS_PER_PARAGRAPH} 个方括号`);
    expect(row('yaml-limits', '别名')).toContain(`最多 ${MAX_ALIAS_COUNT} 处`);
    expect(row('yaml-limits', '嵌套')).toContain(`| ${MAX_DEPTH} 层 |`);
    expect(row('yaml-limits', '过大')).toContain(`默认 ${DEFAULT_MAX_FILE_BYTES / 2 ** 20} MB`);
    expect(row('invalid-id', 'id')).toContain(`${MAX_ID_LENGTH} 个字符`);
    expect(SECURITY_MD).toContain(`YAML aliases (${MAX_ALIAS_COUNT}), YAML depth (${MAX_DEPTH}), file size (\`limits.maxFileBytes\`, ${DEFAULT_MAX_FILE_BYTES / 2 ** 20} MB), body nesting (${MAX_CONTAINER_DEPTH} lists/quotes, ${MAX_TAG_DEPTH} HTML`);
  });

  it('names only real rule ids', () => {
    for (const m of SECURITY_MD.matchAll(/rules\.md#([a-z-]+)/g)) expect(catalogue.has(m[1]), m[1]).toBe(true);
  });
});

// ── docs/content-format.md ──────────────────────────────────────────────────────────────────────

type AnySchema = z.ZodType;
interface Def {
  shape?: Record<string, AnySchema>;
  options?: AnySchema[];
  [key: string]: unknown;
}
const defOf = (s: AnySchema) => (s as unknown as { _zod: { def: Def } })._zod.def;

/** The field lists of every object anywhere inside `schema` (through optionals, unions, arrays, pipes). */
function objectShapes(schema: AnySchema, out: string[][] = [], seen = new Set<AnySchema>()): string[][] {
  if (seen.has(schema)) return out;
  seen.add(schema);
  const def = defOf(schema);
  if (def.shape) out.push(Object.keys(def.shape));
  for (const value of Object.values(def.shape ?? {})) objectShapes(value, out, seen);
  for (const key of ['element', 'innerType', 'in', 'out', 'valueType']) {
    const inner = def[key] as AnySchema | undefined;
    if (inner && typeof inner === 'object' && '_zod' in inner) objectShapes(inner, out, seen);
  }
  for (const option of def.options ?? []) objectShapes(option, out, seen);
  return out;
}

/**
 * The `| 字段 | 必填 | 含义 | 示例 |` tables: the field names in each table's first column (`when.ref` counts as
 * `when` and `ref`, `then.scale` + `then.by` as `then`, `scale` and `by`).
 */
function fieldTables(markdown: string): Set<string>[] {
  const tables: Set<string>[] = [];
  let current: Set<string> | undefined;
  for (const line of markdown.split('\n')) {
    if (/^\|\s*字段\s*\|\s*必填\s*\|/.test(line)) {
      current = new Set();
      tables.push(current);
      continue;
    }
    if (!line.startsWith('|')) current = undefined;
    if (!current || /^\|\s*-/.test(line)) continue;
    for (const m of line.split('|')[1].matchAll(/`([^`]+)`/g)) for (const part of m[1].split('.')) current.add(part.trim());
  }
  return tables;
}

const SCHEMAS = { settingsSchema, personSchema, departmentSchema, bscSchema, okrSetSchema, periodOverviewSchema, reportSchema };

describe('docs/content-format.md', () => {
  const blocks = codeBlocks(FORMAT_MD);
  const files = blocks.flatMap((b) => {
    const m = /^<!--\s*file:\s*(\S+)\s*-->$/.exec(b.before);
    return m ? [{ path: m[1], text: `${b.text}\n` }] : [];
  });

  it('has, for every object of every schema, a field table with all of its fields', () => {
    const tables = fieldTables(FORMAT_MD);
    expect(tables.length).toBeGreaterThan(15);
    for (const [name, schema] of Object.entries(SCHEMAS)) {
      for (const fields of objectShapes(schema)) {
        const missing = (t: Set<string>) => fields.filter((f) => !t.has(f)).length;
        const best = [...tables].sort((a, b) => missing(a) - missing(b))[0];
        expect(fields.filter((f) => !best.has(f)), `${name}: no field table lists all of { ${fields.join(', ')} }`).toEqual([]);
      }
    }
  });

  it('has no field table row for a field the schemas do not have', () => {
    const known = new Set(Object.values(SCHEMAS).flatMap((s) => objectShapes(s).flat()));
    const documented = fieldTables(FORMAT_MD).flatMap((t) => [...t]);
    expect(documented.filter((f) => !known.has(f))).toEqual([]);
  });

  it('lists the known units and the measure types of the schema', async () => {
    const { KNOWN_UNITS } = await import('../src/core/units.ts');
    for (const unit of KNOWN_UNITS) expect(FORMAT_MD).toContain(`\`${unit}\``);
    for (const type of ['increase', 'decrease', 'at-least', 'at-most', 'milestone', 'manual']) expect(FORMAT_MD).toContain(`| \`${type}\` |`);
  });

  it('has YAML examples that parse', () => {
    const yaml = blocks.filter((b) => b.lang === 'yaml');
    expect(yaml.length).toBeGreaterThan(10);
    for (const b of yaml) expect(parseDocument(b.text).errors.map((e) => e.message), b.text).toEqual([]);
  });

  it('has a complete example of every file type', () => {
    const kinds = files.map((f) => f.path.split('/')[0]);
    for (const kind of ['settings.yaml', 'people', 'departments', 'bsc', 'okrs', 'periods']) expect(kinds).toContain(kind);
  });

  it('has complete-file examples that parse as content files', () => {
    for (const file of files) {
      const { parsed, diagnostics } = parseFile(file);
      expect(diagnostics, file.path).toEqual([]);
      expect(parsed, file.path).toBeDefined();
    }
  });

  it('has complete-file examples that load together without an error (with the demo people and departments)', () => {
    const demo = readContentFiles(join(ROOT, 'content')).filter((f) => /^(people|departments)\//.test(f.path));
    const all = new Map<string, SourceFile>([...demo, ...files].map((f) => [f.path, f]));
    const { org, diagnostics } = loadOrganisation([...all.values()], { today: '2026-12-31' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(org?.sets.map((s) => s.key).sort()).toEqual(['2026-q1:yang-rongrong', '2026:market']);
    // The personal quarter aligns to the year's objective, found in the enclosing period.
    expect(org!.relations.alignsTo('2026-q1:yang-rongrong/o1')).toEqual(['2026:market/o1']);
  });
});

describe('docs/content-format.md §16: the refused body examples', () => {
  const examples = codeBlocks(FORMAT_MD).flatMap((b) => {
    const m = /^<!--\s*body:\s*(md|mdx)\s+refused:\s*(\S+)\s*-->$/.exec(b.before);
    return m ? [{ mdx: m[1] === 'mdx', rule: m[2], text: b.text }] : [];
  });

  it('has some, for each of the three rules', () => {
    expect([...new Set(examples.map((e) => e.rule))].sort()).toEqual(['body-code', 'body-html', 'unsafe-url']);
  });

  it.each(examples.map((e) => [e.text, e] as const))('%j is refused as the doc says', (_, e) => {
    expect([...new Set(inspectBody(parseBody(e.text, { mdx: e.mdx })).map((p) => p.rule))]).toEqual([e.rule]);
  });
});

// ── docs/scoring.md ─────────────────────────────────────────────────────────────────────────────

/** The doc must show the computation exactly as the code prints it. */
function inDoc(text: string): void {
  expect(SCORING_MD, `docs/scoring.md should contain: ${text}`).toContain(text);
}

/** A measured thing for progressOf, through the real schemas. */
function measured(measure: MeasureInput | undefined, checkins: CheckinInput[] = []) {
  return {
    key: '2026:market/o1/kr1', period: '2026', due: '2026-12-31',
    measure: measure === undefined ? undefined : measureSchema.parse(measure),
    checkins: checkins.map((c) => checkinSchema.parse(c)),
  };
}

// The worked examples read the demo's inline check-ins, not its generated weekly reports (content/reports/).
const DEMO_FILES = readContentFiles(join(ROOT, 'content')).filter((f) => !f.path.startsWith('reports/'));
const YEAR = { id: '2026', name: '2026 年度', start: '2026-01-01', end: '2026-12-31' };
function demo(asOf: string) {
  const { org, diagnostics } = loadOrganisation(DEMO_FILES, { today: '2026-11-22', asOf });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { org: org!, scores: scoreOrganisation(org!) };
}
const card = (s: ReturnType<typeof scoreOrganisation>, key: string) => {
  const c = s.cards.get(key);
  if (!c) throw new Error(`no score card ${key}`);
  return c;
};

describe('docs/scoring.md: current value', () => {
  it('takes the latest check-in on or before asOf (market/o1/kr1)', () => {
    const at = (asOf: string) => card(demo(asOf).scores, '2026:market/o1/kr1');
    const sep = at('2026-09-30');
    expect(sep.reading?.value).toBe(1245);
    expect(sep.progress.explain.computation).toBe('(1300 − 1245) ÷ (1300 − 1170) = 0.42');
    const oct = at('2026-10-31');
    expect(oct.reading?.value).toBe(1190);
    expect(oct.progress.explain.computation).toBe('(1300 − 1190) ÷ (1300 − 1170) = 0.85');
    inDoc('`(1300 − 1245) ÷ (1300 − 1170) = 0.42`');
    inDoc('`(1300 − 1190) ÷ (1300 − 1170) = 0.85`');
  });

  it('lets the later of two check-ins on one day win', () => {
    const p = progressOf(measured({ type: 'increase', unit: '%', baseline: 40, target: 80 }, [
      { date: '2026-06-01', value: 50 }, { date: '2026-06-01', value: 60 }, { date: '2026-07-01', value: 80 },
    ]), '2026-06-30');
    expect(p.reading?.value).toBe(60);
    expect(p.value).toBe(0.5);
  });
});

describe('docs/scoring.md: targets', () => {
  const target = (m: MeasureInput) => targetValue(measureSchema.parse(m));
  it('resolves values, relative changes and placeholders', () => {
    expect(target({ type: 'increase', unit: '%', target: 80 })).toBe(80);
    expect(target({ type: 'decrease', unit: '元/百万元', baseline: 1300, target: '-10%' })).toBeCloseTo(1170, 9);
    expect(target({ type: 'increase', unit: '万元', baseline: 12, target: '+15%' })).toBeCloseTo(13.8, 9);
    expect(num(target({ type: 'increase', unit: '万元', baseline: 12, target: '+15%' })!)).toBe('13.8');
    expect(target({ type: 'increase', unit: '万元', baseline: 20, target: '+5' })).toBe(25);
    expect(target({ type: 'increase', unit: '%', target: 'X' })).toBeUndefined();
    inDoc('1300 × 0.9 = 1170');
    inDoc('基线 20、`+5` → 25');
  });
});

describe('docs/scoring.md: progress per measure type', () => {
  const AS_OF = '2026-06-30';
  const cases: [string, MeasureInput, number, string, string[]][] = [
    ['increase', { type: 'increase', unit: '%', baseline: 40, target: 80 }, 60, '(60 − 40) ÷ (80 − 40) = 0.50', []],
    ['increase without a baseline', { type: 'increase', unit: '人', target: 20 }, 5, '(5 − 0) ÷ (20 − 0) = 0.25', []],
    ['increase by +5', { type: 'increase', unit: '万元', baseline: 20, target: '+5' }, 23, '(23 − 20) ÷ (25 − 20) = 0.60', []],
    ['increase worse than the baseline', { type: 'increase', unit: '%', baseline: 40, target: 80 }, 30, '(30 − 40) ÷ (80 − 40) = -0.25', ['当前值比基线还差，进度记为 0。']],
    ['increase past the target', { type: 'increase', unit: '%', baseline: 40, target: 80 }, 90, '(90 − 40) ÷ (80 − 40) = 1.25', ['已超过目标，进度记为 1。']],
    ['decrease', { type: 'decrease', unit: '%', baseline: 12, target: 5 }, 8.5, '(12 − 8.5) ÷ (12 − 5) = 0.50', []],
    ['decrease worse than the baseline', { type: 'decrease', unit: '%', baseline: 12, target: 5 }, 13, '(12 − 13) ÷ (12 − 5) = -0.14', ['当前值比基线还差，进度记为 0。']],
    ['decrease past the target', { type: 'decrease', unit: '%', baseline: 12, target: 5 }, 4, '(12 − 4) ÷ (12 − 5) = 1.14', ['已超过目标，进度记为 1。']],
    ['decrease by -15%', { type: 'decrease', unit: '元/百万元', baseline: 1200, target: '-15%' }, 1085, '(1200 − 1085) ÷ (1200 − 1020) = 0.64', []],
    ['at-least not met', { type: 'at-least', unit: '%', target: 10 }, 9.3, '9.3 ≥ 10 ✗ → 0.00', []],
    ['at-least met', { type: 'at-least', unit: '分', target: 85 }, 85.5, '85.5 ≥ 85 ✓ → 1.00', []],
    ['at-most met', { type: 'at-most', unit: '%', target: 5 }, 4, '4 ≤ 5 ✓ → 1.00', []],
  ];
  const expectedValue = (computation: string) => {
    const raw = Number(computation.split('= ').at(-1)!.replace(/^.*→ /, ''));
    return Math.min(1, Math.max(0, raw));
  };

  it.each(cases)('%s', (_, measure, value, computation, notes) => {
    const p = progressOf(measured(measure, [{ date: '2026-06-01', value }]), AS_OF);
    expect(p.explain.computation).toBe(computation);
    expect(p.value).toBeCloseTo(expectedValue(computation), 2);
    expect(p.explain.notes.map((n) => n.zh)).toEqual(notes);
    inDoc(`\`${computation}\``);
    for (const note of notes) inDoc(note);
  });

  it('milestone: done steps ÷ all steps; a done date counts from that day (market/o2/kr2)', () => {
    const sep = card(demo('2026-09-30').scores, '2026:market/o2/kr2');
    expect(sep.progress.explain.computation).toBe('2 ÷ 4 = 0.50');
    const oct = card(demo('2026-10-31').scores, '2026:market/o2/kr2');
    expect(oct.progress.explain.computation).toBe('3 ÷ 4 = 0.75');
    inDoc('`2 ÷ 4 = 0.50`');
    inDoc('`3 ÷ 4 = 0.75`');
  });

  it('manual: the latest reported progress', () => {
    const p = progressOf(measured({ type: 'manual' }, [{ date: '2026-05-30', progress: 0.4 }]), AS_OF);
    expect(p.value).toBe(0.4);
    expect(p.explain.computation).toBe('0.40');
    inDoc('`progress: 0.4`，asOf 2026-06-30 时进度为 `0.4`');
  });

  it('no value yet is no data, not 0; at period end it counts as 0; no measure or a placeholder cannot be scored', () => {
    const none = progressOf(measured({ type: 'increase', unit: '%', baseline: 40, target: 80 }), AS_OF);
    expect(none.value).toBeNull();
    expect(none.explain.notes.map((n) => n.zh)).toEqual(['截至 2026-06-30 还没有填报数值：未更新，不计入上级得分。']);
    const manual = progressOf(measured({ type: 'manual' }, [{ date: '2026-06-01', note: '启动' }]), AS_OF);
    expect(manual.value).toBeNull();
    const e = { asOf: '2026-12-31', settings: settingsSchema.parse({ company: 'x', periods: [YEAR] }), period: { ...YEAR, ancestors: [], src: { file: 'settings.yaml', path: [] } } };
    const ended = measuredProgress(measured({ type: 'increase', unit: '%', baseline: 40, target: 80 }), e);
    expect(ended.progress.value).toBe(0);
    expect(ended.evidence.endedWithoutData).toBe(true);
    const noMeasure = progressOf(measured(undefined), AS_OF);
    expect(noMeasure.value).toBeNull();
    const placeholder = progressOf(measured({ type: 'increase', unit: '%', target: 'X' }), AS_OF);
    expect(placeholder.value).toBeNull();
    for (const note of [...none.explain.notes, ...manual.explain.notes, ...ended.progress.explain.notes, ...noMeasure.explain.notes, ...placeholder.explain.notes]) inDoc(note.zh);
  });
});

/** The 004 worked example: the `<!-- example: okr-004 file: … -->` block of scoring.md, in the base fixture. */
function example004() {
  const block = codeBlocks(SCORING_MD).find((b) => b.before.startsWith('<!-- example: okr-004'))!;
  expect(block).toBeDefined();
  const path = /file:\s*(\S+)/.exec(block.before)![1];
  const base = readContentFiles(join(ROOT, 'test', 'fixtures', '_base', 'content'));
  const { org, diagnostics } = loadOrganisation([...base, { path, text: `${block.text}\n` }], { today: '2026-06-30' });
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { org: org as Organisation, scores: scoreOrganisation(org!) };
}

describe('docs/scoring.md: KR, objective and OKR set scores', () => {
  it('the 004 example: 0.95, 0.85, 1.0, 0.7 → 0.875 (shown 0.88), step by step', () => {
    const { org, scores } = example004();
    expect(org.asOf).toBe('2026-06-30');
    const kr = (id: string) => card(scores, `2026-q1:zhang-san/o1/${id}`);
    const rows: [string, string, number, boolean][] = [
      ['kr1', '(95 − 0) ÷ (100 − 0) = 0.95', 0.95, false],
      ['kr2', '(85 − 0) ÷ (90 − 0) = 0.94', 0.85, true],
      ['kr3', '(10 − 0) ÷ (10 − 0) = 1.00', 1, false],
      ['kr4', '1 ÷ 2 = 0.50', 0.7, true],
    ];
    for (const [id, progress, score, selfAssessed] of rows) {
      expect(kr(id).progress.explain.computation).toBe(progress);
      expect(kr(id).score.value).toBe(score);
      expect(kr(id).selfAssessed).toBe(selfAssessed);
      inDoc(`| ${id} | \`${progress}\` | ${selfAssessed ? score : '—'} | ${formatScore(score)} |`);
    }
    // Self-assessed: the score is the assessment, the progress stays and is shown with it.
    expect(kr('kr2').score.explain.inputs.map((i) => i.value)).toEqual(['0.94']);
    inDoc('进度 `(85 − 0) ÷ (90 − 0) = 0.94`，自评 0.85，得分取 0.85');

    const objective = card(scores, '2026-q1:zhang-san/o1');
    expect(objective.score.value).toBe(0.875);
    expect(objective.score.explain.computation).toBe('(0.95 + 0.85 + 1.00 + 0.70) ÷ 4 = 0.88');
    expect(objective.progress.explain.computation).toBe('(0.95 + 0.94 + 1.00 + 0.50) ÷ 4 = 0.85');
    inDoc('(0.95 + 0.85 + 1.00 + 0.70) ÷ 4 = 0.88');
    inDoc('`(0.95 + 0.94 + 1.00 + 0.50) ÷ 4 = 0.85`');

    const set = card(scores, '2026-q1:zhang-san');
    expect(set.score.explain.computation).toBe('(0.88) ÷ 1 = 0.88');
    inDoc('`(0.88) ÷ 1 = 0.88`');

    expect(objective.band?.label).toBe('理想区间');
    expect(objective.ended).toBe(true);
    expect(['kr1', 'kr2', 'kr3', 'kr4'].filter((id) => kr(id).conservative)).toEqual(['kr3']);
    expect(objective.conservative).toBe(false);
    inDoc('0.88 ≥ 0.7，落在"理想区间"。kr3 得了 1.0 且周期已结束，标记"目标可能过于保守"');
  });

  it('the 004 scores with weights 40, 30, 20, 10', () => {
    const r = weightedMean([
      { label: { zh: 'kr1', en: 'kr1' }, score: 0.95, weight: 40 }, { label: { zh: 'kr2', en: 'kr2' }, score: 0.85, weight: 30 },
      { label: { zh: 'kr3', en: 'kr3' }, score: 1, weight: 20 }, { label: { zh: 'kr4', en: 'kr4' }, score: 0.7, weight: 10 },
    ]);
    expect(r.value).toBeCloseTo(0.905, 12);
    expect(r.explain.computation).toBe('(40 × 0.95 + 30 × 0.85 + 20 × 1.00 + 10 × 0.70) ÷ 100 = 0.91');
    inDoc('(40 × 0.95 + 30 × 0.85 + 20 × 1.00 + 10 × 0.70) ÷ 100 = 0.91');
  });

  it('leaves KRs without data out during the period and says how many have data (demo, asOf 2026-10-31)', () => {
    const { scores } = demo('2026-10-31');
    const o1 = card(scores, '2026:market/o1');
    expect(card(scores, '2026:market/o1/kr2').status).toBe('no-data');
    expect(card(scores, '2026:market/o1/kr2').score.value).toBeNull();
    expect(o1.score.explain.computation).toBe('(0.85) ÷ 1 = 0.85');
    expect(o1.score.explain.notes.map((n) => n.zh)).toEqual(['KR2 还没有数据，未计入。']);
    expect(scoreView(o1).coverage?.text.zh).toBe('1/2 个 KR 有数据');
    inDoc('| `market/o1` | `(0.85) ÷ 1 = 0.85`，"KR2 还没有数据，未计入。"，1/2 个 KR 有数据 |');
    const o2 = card(scores, '2026:market/o2');
    expect(o2.score.explain.computation).toBe('(0.75) ÷ 1 = 0.75');
    expect(scoreView(o2).coverage?.text.zh).toBe('1/2 个 KR 有数据');
    inDoc('| `market/o2` | `(0.75) ÷ 1 = 0.75`，1/2 个 KR 有数据 |');
    const market = card(scores, '2026:market');
    expect(market.score.explain.computation).toBe('(0.85 + 0.75) ÷ 2 = 0.80');
    expect(market.status).toBe('on-track');
    expect(scoreView(market).coverage?.text).toEqual({ zh: '2/4 个 KR 有数据', en: '2 of 4 KRs have data' });
    inDoc('`(0.85 + 0.75) ÷ 2 = 0.80`，正常，2/4 个 KR 有数据');
    inDoc('"2/4 个 KR 有数据"（英文 "2 of 4 KRs have data"）');
    const salesO2 = card(scores, '2026:sales/o2');
    expect(salesO2.score.explain.computation).toBe('(0.38) ÷ 1 = 0.38');
    expect(salesO2.score.explain.notes.map((n) => n.zh)).toEqual(['KR2 无法计分，未计入。']);
    inDoc('`(0.38) ÷ 1 = 0.38`，并注明"KR2 无法计分，未计入。"');
  });

  it('counts them as 0, flagged, once the period has ended (demo, asOf 2026-12-31)', () => {
    const { scores } = demo('2026-12-31');
    expect(card(scores, '2026:market/o1/kr2').endedWithoutData).toBe(true);
    const o1 = card(scores, '2026:market/o1');
    expect(o1.score.explain.computation).toBe('(0.85 + 0.00) ÷ 2 = 0.42');
    expect(o1.score.explain.notes.map((n) => n.zh)).toEqual(['KR2 周期已结束仍没有数据，按 0 计。']);
    inDoc('`(0.85 + 0.00) ÷ 2 = 0.42`，"KR2 周期已结束仍没有数据，按 0 计。"');
    expect(card(scores, '2026:market/o2').score.explain.computation).toBe('(0.00 + 0.75) ÷ 2 = 0.38');
    inDoc('| `(0.00 + 0.75) ÷ 2 = 0.38` |');
    const market = card(scores, '2026:market');
    expect(market.score.explain.computation).toBe('(0.42 + 0.38) ÷ 2 = 0.40');
    expect(market.band?.label).toBe('偏低');
    expect(scoreView(market).coverage?.text.zh).toBe('2/4 个 KR 有数据');
    inDoc('`(0.42 + 0.38) ÷ 2 = 0.40`，偏低，2/4 个 KR 有数据');
  });
});

describe('docs/scoring.md: the demo BSC with its hedge rule (asOf 2026-10-31)', () => {
  const bsc = demo('2026-10-31').scores.bsc.get('2026')!;

  it('scores the metrics', () => {
    const metrics: [string, string][] = [
      ['clean-revenue', '(4.5 − 0) ÷ (6 − 0) = 0.75'],
      ['net-margin', '9.3 ≥ 10 ✗ → 0.00'],
      ['complaint-rate', '(1200 − 1085) ÷ (1200 − 1020) = 0.64'],
      ['blacklist-interception', '86 ≥ 90 ✗ → 0.00'],
      ['nps', '85.5 ≥ 85 ✓ → 1.00'],
      ['sku-density', '(3 − 0) ÷ (4 − 0) = 0.75'],
      ['parttime-efficiency', '(13.3 − 12) ÷ (13.8 − 12) = 0.72'],
      ['ai-agent-uptime', '26 ≥ 30 ✗ → 0.00'],
    ];
    for (const [id, computation] of metrics) {
      expect(bsc.metrics.get(id)!.score.explain.computation, id).toBe(computation);
      inDoc(`\`${computation}\``);
    }
  });

  it('fires the refund-rate hedge (21.5 > 20 → 财务 × 0.5), not the blacklist one', () => {
    const refund = bsc.hedges.find((h) => h.hedge.id === 'refund-guard')!;
    expect(refund.fired).toBe(true);
    expect(refund.reading?.value).toBe(21.5);
    expect(refund.effect.zh).toBe('财务 × 0.5');
    const blacklist = bsc.hedges.find((h) => h.hedge.id === 'blacklist-guard')!;
    expect(blacklist.fired).toBe(false);
    expect(blacklist.reading?.value).toBe(86);
    inDoc('| `refund-guard` | 退费率 `>` 20 | 21.5（2026-10-31） | **触发**：财务 × 0.5 |');
  });

  it('computes the perspectives, the hedge after the finance score, and the company score', () => {
    const perspectives: [string, string][] = [
      ['finance', '(15 × 0.75 + 15 × 0.00) ÷ 30 = 0.38 → 0.38 × 0.5 = 0.19'],
      ['customer', '(10 × 0.64 + 10 × 0.00 + 10 × 1.00) ÷ 30 = 0.55'],
      ['internal', '(15 × 0.75 + 15 × 0.72) ÷ 30 = 0.74'],
      ['learning', '(10 × 0.00) ÷ 10 = 0.00'],
    ];
    for (const [id, computation] of perspectives) {
      expect(bsc.perspectives.get(id)!.score.explain.computation, id).toBe(computation);
      inDoc(`\`${computation}\``);
    }
    expect(bsc.perspectives.get('finance')!.score.value).toBe(0.1875);
    expect(bsc.perspectives.get('finance')!.progress.value).toBe(0.375);
    expect(bsc.company.score.explain.computation).toBe('(30 × 0.19 + 30 × 0.55 + 30 × 0.74 + 10 × 0.00) ÷ 100 = 0.44');
    expect(bsc.company.progress.explain.computation).toBe('(30 × 0.38 + 30 × 0.55 + 30 × 0.74 + 10 × 0.00) ÷ 100 = 0.50');
    inDoc('(30 × 0.19 + 30 × 0.55 + 30 × 0.74 + 10 × 0.00) ÷ 100 = 0.44');
    inDoc('`(30 × 0.38 + 30 × 0.55 + 30 × 0.74 + 10 × 0.00) ÷ 100 = 0.50`');
    inDoc('精确值 0.1875');
  });

  it('leaves a metric without data out of its perspective and the company score', () => {
    const files = DEMO_FILES.map((f) => (f.path === 'bsc/2026.mdx'
      ? { ...f, text: f.text.replace(/(  - id: blacklist-interception\n[\s\S]*?)    checkins:\n(      - .*\n)+/, '$1') }
      : f));
    const { org, diagnostics } = loadOrganisation(files, { today: '2026-11-22', asOf: '2026-10-31' });
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    const without = scoreOrganisation(org!).bsc.get('2026')!;
    expect(without.metrics.get('blacklist-interception')!.status).toBe('no-data');
    expect(without.metrics.get('nps')!.score.value).toBe(1);
    const customer = without.perspectives.get('customer')!;
    expect(customer.score.explain.computation).toBe('(10 × 0.64 + 10 × 1.00) ÷ 20 = 0.82');
    expect(customer.score.explain.notes.map((n) => n.zh)).toEqual(['大黑用户拦截率 还没有数据，未计入。']);
    expect(scoreView(customer).coverage?.text.zh).toBe('2/3 个指标有数据');
    inDoc('`(10 × 0.64 + 10 × 1.00) ÷ 20 = 0.82`，注明"大黑用户拦截率 还没有数据，未计入。"，2/3 个指标有数据');
    expect(without.hedges.find((h) => h.hedge.id === 'blacklist-guard')!.fired).toBeNull();
    expect(without.company.score.explain.computation).toBe('(30 × 0.19 + 30 × 0.82 + 30 × 0.74 + 10 × 0.00) ÷ 100 = 0.52');
    expect(scoreView(without.company).coverage?.text.zh).toBe('7/8 个指标有数据');
    inDoc('`(30 × 0.19 + 30 × 0.82 + 30 × 0.74 + 10 × 0.00) ÷ 100 = 0.52`，7/8 个指标有数据');
    // The old rule (count it as 0) is indistinguishable from the real, unmet 86% < 90%.
    expect(formatScore(bsc.perspectives.get('customer')!.score.value!)).toBe('0.55');
    inDoc('若按 0 计入，客户维度会是 0.55');
  });

  it('does not fire the hedge at asOf 2026-09-30, when the latest refund rate is 18.6', () => {
    const sep = demo('2026-09-30').scores.bsc.get('2026')!;
    const refund = sep.hedges.find((h) => h.hedge.id === 'refund-guard')!;
    expect(refund.fired).toBe(false);
    expect(refund.reading?.value).toBe(18.6);
    inDoc('那时退费率最新的数值是 2026-06-30 的 18.6');
  });
});

describe('docs/scoring.md: grading', () => {
  it('uses the default bands 0.7 / 0.4', () => {
    const label = (score: number) => bandOf(score, DEFAULT_BANDS).label;
    expect([0.875, 0.55, 0.3, 0.7, 0.4].map(label)).toEqual(['理想区间', '需关注', '偏低', '理想区间', '需关注']);
    inDoc('0.88 → 理想区间；0.55 → 需关注；0.3 → 偏低；恰好 0.7 → 理想区间，恰好 0.4 → 需关注');
    const defaults = settingsSchema.parse({ company: 'x', periods: [{ id: '2026', name: '2026', start: '2026-01-01', end: '2026-12-31' }], currentPeriod: '2026' });
    expect(defaults.grading.bands.map((b) => [b.min, b.label, b.tone])).toEqual([[0.7, '理想区间', 'good'], [0.4, '需关注', 'warn'], [0, '偏低', 'bad']]);
    expect(defaults.grading.conservativeAt).toBe(1);
    expect(defaults.pace).toEqual({ atRisk: 0.8, offTrack: 0.5, staleAfterDays: 14 });
    inDoc('默认 14 天：手册要求每周更新');
  });

  it('flags a top score as conservative only at period end', () => {
    expect(isConservative(1, 1, true)).toBe(true);
    expect(isConservative(1, 1, false)).toBe(false);
    expect(isConservative(0.95, 1, true)).toBe(false);
    expect(isConservative(0.95, 0.9, true)).toBe(true);
  });
});

describe('docs/scoring.md: pace', () => {
  it('expects progress linear in time from the period start to the due date', () => {
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-07-02')).toBe(182 / 364);
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-10-31')).toBe(303 / 364);
    expect(formatScore(303 / 364)).toBe('0.83');
    expect(expectedProgress('2026-01-01', '2026-09-30', '2026-10-31')).toBe(1);
    expect(expectedProgress('2026-01-01', '2026-12-31', '2026-12-31')).toBe(1);
    inDoc('182 ÷ 364 = 0.5');
    inDoc('303 ÷ 364 = 0.83');
  });

  it('gives on track / at risk / off track from progress ÷ expected', () => {
    const status = (progress: number, expected: number) =>
      paceStatus({ progress, expected, scorable: true, hasData: true, guardrail: false, pace: { atRisk: 0.8, offTrack: 0.5 } });
    expect([status(0.45, 0.5), status(0.3, 0.5), status(0.2, 0.5)]).toEqual(['on-track', 'at-risk', 'off-track']);
    inDoc('进度 0.45 → 0.9 → 正常；进度 0.3 → 0.6 → 有风险；进度 0.2 → 0.4 → 落后');
  });

  it('matches the demo status table (asOf 2026-10-31)', () => {
    const { scores } = demo('2026-10-31');
    const rows: [string, number | null, number | null, string][] = [
      ['2026:market/o1/kr1', 0.846, 303 / 364, 'on-track'],
      ['2026:tech/o2/kr1', 0.729, 1, 'at-risk'],
      ['2026:curriculum/o2/kr2', 0.4, 303 / 364, 'off-track'],
      ['2026:market/o2/kr2', 0.75, 0.75, 'on-track'],
      ['2026:market/o1/kr2', null, null, 'no-data'],
      ['2026:sales/o2/kr2', null, null, 'unscored'],
    ];
    for (const [key, progress, expected, status] of rows) {
      const c = card(scores, key);
      expect(c.status, key).toBe(status);
      if (progress === null) expect(c.progress.value, key).toBeNull();
      else expect(c.progress.value, key).toBeCloseTo(progress, 3);
      if (expected !== null) expect(c.expected, key).toBeCloseTo(expected, 9);
    }
    expect(scores.bsc.get('2026')!.metrics.get('net-margin')!.status).toBe('off-track');
    inDoc('| `tech/o2/kr1`（`due: 2026-q3`） | 0.73 | 1 | 0.73 | 有风险 |');
    inDoc('| `market/o1/kr2`（`at-least`，没有进展） | — | — | — | 未更新 |');
  });

  it('makes a milestone late only when a step is past due and not done (market/o2/kr2)', () => {
    const sep = card(demo('2026-09-30').scores, '2026:market/o2/kr2');
    expect([sep.progress.value, sep.expected, sep.status]).toEqual([0.5, 0.75, 'on-track']);
    inDoc('| 2026-09-30 | 0.5 | 0.75（Q1–Q3 已到期） | 无：Q3 当天到期，还不算逾期 | 正常 |');
    const oct10 = card(demo('2026-10-10').scores, '2026:market/o2/kr2');
    expect([oct10.progress.value, oct10.expected, oct10.status]).toEqual([0.5, 0.75, 'off-track']);
    const late = oct10.progress.explain.notes.map((n) => n.zh).filter((n) => n.includes('已过截止日'));
    expect(late).toEqual(['「Q3《市场机会洞察报告》」已过截止日 2026-09-30 仍未完成，因此落后。']);
    inDoc(`| 2026-10-10 | 0.5 | 0.75 | Q3（截止 2026-09-30） | 落后，注明"${late[0]}" |`);
    const oct31 = card(demo('2026-10-31').scores, '2026:market/o2/kr2');
    expect([oct31.progress.value, oct31.expected, oct31.status]).toEqual([0.75, 0.75, 'on-track']);
    inDoc('| 2026-10-31 | 0.75 | 0.75 | 无：Q3 于 10-14 完成 | 正常 |');
  });

  it('does not call a one-step milestone due in December late in June', () => {
    const block = '`steps: [{ title: 上线新系统 }]`，`due: 2026-12-31`';
    inDoc(block);
    const kr = {
      ...measured({ type: 'milestone', steps: [{ title: '上线新系统' }] }), id: 'kr1', title: 'x', ownerIds: [], collaboratorIds: [], dueWritten: true,
      alignsToWritten: [], ownersWritten: false, visibility: 'public' as const, span: { start: { line: 1, col: 1 } }, src: { file: 'x', path: [] },
    };
    const e = (asOf: string) => ({ asOf, settings: settingsSchema.parse({ company: 'x', periods: [YEAR] }), period: { ...YEAR, ancestors: [], src: { file: 'settings.yaml', path: [] } } });
    const june = scoreKeyResult(kr, e('2026-06-30'));
    expect([june.progress.value, june.expected, june.status]).toEqual([0, 0, 'on-track']);
    inDoc('6 月时进度 0、应有进度 0，没有逾期的步骤 → 正常，不是落后');
  });

  it('marks 待更新 after more than 14 days without an update (market/o1/kr1)', () => {
    expect(card(demo('2026-11-14').scores, '2026:market/o1/kr1').stale).toBeUndefined();
    const nov20 = card(demo('2026-11-20').scores, '2026:market/o1/kr1');
    expect(nov20.stale).toEqual({ lastUpdate: '2026-10-31', days: 20 });
    expect(nov20.status).toBe('on-track');
    expect(scoreView(nov20).stale?.text.zh).toBe('最近更新 2026-10-31，已 20 天');
    inDoc('asOf 2026-11-14 时相隔 14 天，还不算；asOf 2026-11-20 时显示"最近更新 2026-10-31，已 20 天"，待更新');
  });

  it('dates 数据截至 by the newest data, not asOf (demo at asOf 2026-11-20)', () => {
    const { org, scores } = demo('2026-11-20');
    expect(scores.dataAsOf).toBe('2026-11-13');
    const text = dataDateView(new Lookup(org, scores)).text.zh;
    expect(text).toBe('数据截至 2026-11-13 · 按 2026-11-20 计算');
    inDoc(`"${text}"`);
    const same = demo('2026-11-13');
    expect(dataDateView(new Lookup(same.org, same.scores)).text.zh).toBe('数据截至 2026-11-13');
    inDoc('两者同一天时只写"数据截至 2026-11-13"');
  });
});

describe('docs/scoring.md: number format', () => {
  it('prints scores and raw numbers as the doc says', () => {
    expect([0.7, 0.875, 85 / 90, 1].map(formatScore)).toEqual(['0.70', '0.88', '0.94', '1.00']);
    expect([0.5, 12 * 1.15, -1 / 7].map(num)).toEqual(['0.5', '13.8', '-0.143']);
    inDoc('0.70、0.88、0.94、1.00');
    inDoc('0.5、13.8、-0.143');
  });
});
