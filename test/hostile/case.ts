// The shape of a hostile case and the helpers the families write them with. A case is laid over the
// base fixture content (test/fixtures/_base/content, see test/core/fixture.ts): its files replace or
// add to the base files, `delete` removes some. `expect` is what a user relies on.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { BASE_DIR, replaceOnce } from '../core/fixture.ts';

export const FAMILIES = ['yaml', 'refs', 'ids', 'urls', 'bodies', 'sizes', 'encodings', 'text', 'numbers', 'structure'] as const;
export type Family = (typeof FAMILIES)[number];

/** Where the first expected error must be reported: the file, and its exact line (`'any'`: ≥ 1, for the few where no one line is right). */
export interface At {
  file: string;
  line: number | 'any';
}

export type Expect =
  /** Exactly these rule ids are reported as errors (warnings may come along); the first one at `at`. */
  | { errors: string[]; at: At }
  /** Legitimate content: nothing at all is reported. */
  | { ok: true }
  /** Accepted with exactly these warning rule ids, no error. */
  | { warnings: string[] };

export interface HostileCase {
  name: string;
  family: Family;
  files: Record<string, string | Uint8Array>;
  delete?: string[];
  expect: Expect;
  /**
   * An accepted case the hostile site also renders (test/hostile/build-site.ts): `text` must be
   * visible, as text, on `page` (escaped, not dropped). Only cases that add files of their own, so
   * every site case can share one content folder.
   */
  site?: { page: string; text: string };
}

/** A base content file's text (paths relative to the content folder). */
export function base(path: string): string {
  return readFileSync(join(BASE_DIR, path), 'utf8');
}

/** A base file with one unique substring replaced (fails loudly when the base drifts). */
export function edit(path: string, from: string, to: string): string {
  return replaceOnce(base(path), from, to);
}

/** The 1-based line of the first occurrence of `needle` in `text`; throws when absent, so a case never points nowhere. */
export function lineOf(text: string, needle: string, from = 0): number {
  const at = text.indexOf(needle, from);
  if (at < 0) throw new Error(`lineOf: "${needle.slice(0, 40)}" not in the text`);
  return text.slice(0, at).split('\n').length;
}

/** A Markdown file of the base with its body replaced. */
export function withBody(path: string, body: string): string {
  const text = base(path);
  const close = text.indexOf('\n---\n', 4);
  return `${text.slice(0, close + 5)}${body}`;
}

export const SALES = 'okrs/2026/sales.mdx';
export const LISI = 'okrs/2026-q1/li-si.mdx';
export const DEPT = 'departments/sales.md';
export const BSC = 'bsc/2026.mdx';
export const OVERVIEW = 'periods/2026.mdx';
export const SETTINGS = 'settings.yaml';
export const ZHANG = 'people/zhang-san.yaml';

/** An error case whose first error is on the line of `needle` in `files[file]`. */
export function errorAt(files: Record<string, string | Uint8Array>, file: string, needle: string, errors: string[]): Expect {
  const text = files[file];
  if (typeof text !== 'string') throw new Error(`errorAt: ${file} is not a text file of the case`);
  return { errors, at: { file, line: lineOf(text, needle) } };
}

/** YAML double-quoted string of any text (JSON strings are YAML). */
export const q = (text: string) => JSON.stringify(text);

export interface SetParts {
  /** Objective title, KR title, check-in note, milestone step, actions: each defaults to plain words. */
  objective?: string;
  kr?: string;
  note?: string;
  step?: string;
  actions?: string;
  description?: string;
  /** The set's title (frontmatter `title`). */
  title?: string;
  /** The body after the frontmatter (.mdx unless `md`). */
  body?: string;
  /** The owner's name (defaults to 测试<slug>). */
  name?: string;
}

/**
 * A person of their own and a lint-clean personal OKR set for 2026 (3 objectives × 2 KRs, aligned,
 * due, measured): hostile text goes into one of its fields. Everything is named by `slug`, so the
 * files of every such case can sit together in the hostile site.
 */
export function ownSet(slug: string, parts: SetParts = {}): { files: Record<string, string>; page: string; set: string; person: string } {
  const id = `h-${slug}`;
  const person = `people/${id}.yaml`;
  const set = `okrs/2026/${id}.mdx`;
  const name = parts.name ?? `测试${slug}`;
  const objective = (n: number, title: string, extra = '') => `  - id: o${n}
    title: ${q(title)}
    alignsTo: [sales/o${n}]${extra}
    keyResults:
      - { id: kr1, title: 客户回访 ${n * 10} 次, measure: { type: increase, unit: 次, target: ${n * 10} }, due: 2026-12-31 }
      - { id: kr2, title: 满意度 ${80 + n} 分, measure: { type: at-least, unit: 分, target: ${80 + n} }, due: 2026-12-31 }
`;
  const first = `  - id: o1
    title: ${q(parts.objective ?? '把客户服务做扎实')}${parts.description === undefined ? '' : `\n    description: ${q(parts.description)}`}
    alignsTo: [sales/o1]
    keyResults:
      - id: kr1
        title: ${q(parts.kr ?? '回访覆盖 90% 客户')}
        measure: { type: milestone, steps: [{ title: ${q(parts.step ?? '回访方案定稿')}, due: 2026-06-30, done: 2026-06-01 }] }
        due: 2026-12-31${parts.actions === undefined ? '' : `\n        actions: ${q(parts.actions)}`}
      - id: kr2
        title: 投诉下降到 3 件
        measure: { type: decrease, unit: 件, baseline: 9, target: 3 }
        due: 2026-12-31
        checkins:
          - { date: 2026-06-15, value: 6, note: ${q(parts.note ?? '回访中')} }
`;
  const text = `---
owner: ${id}
period: '2026'${parts.title === undefined ? '' : `\ntitle: ${q(parts.title)}`}
objectives:
${first}${objective(2, '让新人更快上手')}${objective(3, '沉淀可复用的话术')}---
${parts.body ?? ''}`;
  return {
    files: { [person]: `id: ${id}\nname: ${q(name)}\ndepartment: sales\nmanager: zhang-san\n`, [set]: text },
    page: `/2026/${id}/`,
    set,
    person,
  };
}

/** A department of its own (lead, mission, a Markdown body), for .md bodies in the hostile site. */
export function ownDepartment(slug: string, body: string, parts: { name?: string; mission?: string } = {}): { files: Record<string, string>; page: string; file: string } {
  const id = `h-${slug}`;
  const file = `departments/${id}.md`;
  return {
    files: { [file]: `---\nid: ${id}\nname: ${q(parts.name ?? `测试部${slug}`)}\nleads: [张三]\nmission: ${q(parts.mission ?? '把事情做好。')}\n---\n${body}` },
    page: `/departments/${id}/`,
    file,
  };
}
