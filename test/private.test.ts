// Private OKRs leave no trace in the public site. A copy of the demo gets a unique marker in every
// private field (set, objective and KR titles, ids, descriptions, actions, check-in notes, risks and
// next steps, milestone steps, @mentions, the set's body and its file name), then is built twice:
// public (the default) and internal (`npm run build -- --include-private`). Every file of both sites is searched:
// HTML (with its Mermaid sources and text alternatives), JSON, and every Pagefind file decompressed.
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { replaceOnce } from './core/fixture.ts';

const ROOT = join(import.meta.dirname, '..');
const work = mkdtempSync(join(tmpdir(), 'okr-private-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

/** Every marker, each in one private field only. ASCII, so Pagefind indexes each as one word. */
const MARKERS = {
  setFile: 'xqfilezv', setTitle: 'xqsettitlezv', setObjectiveId: 'xqsetobjzv', setObjectiveTitle: 'xqsetobjtitlezv',
  setMention: 'xqsetmentionzv', setKrTitle: 'xqsetkrtitlezv', setStep: 'xqsetsteptitlezv', setActions: 'xqsetactionszv',
  setNote: 'xqsetnotezv', setRisks: 'xqsetriskszv', setNext: 'xqsetnextzv', setBody: 'xqsetbodyzv',
  objectiveId: 'xqobjidzv', objectiveTitle: 'xqobjtitlezv', objectiveDescription: 'xqobjdesczv', objectiveKrTitle: 'xqobjkrtitlezv',
  objectiveNote: 'xqobjnotezv', krId: 'xqkridzv', krTitle: 'xqkrtitlezv', krActions: 'xqkractionszv', krNote: 'xqkrnotezv',
  krMention: 'xqkrmentionzv',
} as const;
const M = MARKERS;

/** Fields the search index holds: the internal site's Pagefind files must contain them (so the scan reads them). */
const INDEXED = [M.setTitle, M.setObjectiveTitle, M.setKrTitle, M.setActions, M.setNote, M.setBody, M.objectiveTitle, M.objectiveDescription, M.objectiveKrTitle, M.krTitle, M.krActions, M.krNote];

/** Things that are no marker but would be a trace too: the private set's URL, the demo's private KR. */
const TRACES = ['2026-q4/yang-rongrong', 'AI 助教联合实验室', '1 家已签合作意向书'];

function privateContent(dir: string): void {
  cpSync(join(ROOT, 'content'), dir, { recursive: true });
  // Without the demo's reports of the last week (Friday 11-20), the newest public data (11-13) is older than the
  // private check-in of 11-18, so 数据截至 shows whether private data leaks into it.
  for (const f of readdirSync(join(dir, 'reports'), { recursive: true, encoding: 'utf8' })) if (f.endsWith('2026-11-20.md')) rmSync(join(dir, 'reports', f));
  // A whole private set, in a file named by a marker (check warns file-name: that warning is private too).
  writeFileSync(join(dir, 'okrs/2026-q4', `${M.setFile}.mdx`), `---
owner: 杨蓉蓉
period: 2026-q4
title: 筹备 ${M.setTitle} 计划
visibility: private
objectives:
  - id: ${M.setObjectiveId}
    title: 筹备 ${M.setObjectiveTitle} 伙伴计划
    description: 由 @${M.setMention} 牵头
    alignsTo: [market/o1]
    keyResults:
      - id: kr1
        title: 签约 ${M.setKrTitle} 伙伴
        owners: [杨蓉蓉]
        measure: { type: milestone, steps: [{ title: 完成 ${M.setStep} 评估, done: 2026-10-20, sample: true }] }
        due: 2026-12-31
        actions: 联系 ${M.setActions} 伙伴
        checkins:
          - { date: 2026-10-30, note: 已约见 ${M.setNote}, risks: 预算 ${M.setRisks}, next: 签约 ${M.setNext}, sample: true }
---
正文 ${M.setBody} 的说明。
`);
  const edit = (path: string, from: string, to: string) => {
    const file = join(dir, path);
    writeFileSync(file, replaceOnce(readFileSync(file, 'utf8'), from, to));
  };
  // A private objective in a public set (no due: its kr-no-due warning names the marker id).
  edit('okrs/2026/sales.mdx', '        alignsTo: [bsc/nps]\n---', `        alignsTo: [bsc/nps]
  - id: ${M.objectiveId}
    title: 【${M.objectiveTitle} 的渠道】
    description: 说明 ${M.objectiveDescription}
    visibility: private
    alignsTo: [bsc/nps]
    keyResults:
      - id: kr1
        title: 渠道 ${M.objectiveKrTitle} 覆盖
        owners: [李萍]
        measure: { type: increase, unit: 个, target: 3 }
        checkins:
          - { date: 2026-10-31, value: 1, note: 进展 ${M.objectiveNote} }
---`);
  // A private KR in a public objective, with the newest check-in of all (数据截至 must not move), off
  // track, an unknown @mention and no due date: warnings the public health page must not show.
  edit('okrs/2026/market.mdx', '  - id: o2\n', `      - id: ${M.krId}
        title: 渠道 ${M.krTitle} 达成
        owners: [涂涂]
        collaborators: [杨蓉蓉]
        visibility: private
        measure: { type: increase, unit: 个, target: 5 }
        alignsTo: [bsc/clean-revenue]
        actions: 方法 ${M.krActions}
        checkins:
          - { date: 2026-11-18, value: 1, note: 进展 ${M.krNote} @${M.krMention}, sample: true }
  - id: o2
`);
  // A public KR aligned to the private objective: its page names "1 项非公开内容", not the objective.
  edit('okrs/2026/tech.mdx', '        due: 2026-12-31\n        checkins:\n          - { date: 2026-10-31, value: 100,',
    `        due: 2026-12-31\n        alignsTo: ['sales/${M.objectiveId}']\n        checkins:\n          - { date: 2026-10-31, value: 100,`);
}

/** `npm run build`, or `npm run build -- --include-private` (scripts/build.ts sets OKR_INCLUDE_PRIVATE=1 for astro). */
function build(content: string, out: string, includePrivate: boolean) {
  const env: Record<string, string | undefined> = { ...process.env, OKR_CONTENT: content, OKR_OUT_DIR: out, OKR_AS_OF: '2026-11-20' };
  delete env.OKR_INCLUDE_PRIVATE;
  return spawnSync('npm', ['run', 'build', ...(includePrivate ? ['--', '--include-private'] : [])], { cwd: ROOT, encoding: 'utf8', env });
}

/** Pagefind writes its index, fragments, filters, metadata and wasm as gzip of `pagefind_dcd` + payload (JSON or CBOR). */
function readAny(file: string): string {
  let bytes = readFileSync(file);
  if (bytes[0] === 0x1f && bytes[1] === 0x8b) bytes = gunzipSync(bytes);
  if (bytes.subarray(0, 12).toString('latin1') === 'pagefind_dcd') bytes = bytes.subarray(12);
  // Pagefind separates segmented words with zero-width spaces in fragment text.
  return bytes.toString('utf8').replaceAll('\u200b', '');
}

interface Site { files: Map<string, string> }

function readSite(out: string): Site {
  const files = new Map<string, string>();
  for (const file of readdirSync(out, { recursive: true, encoding: 'utf8', withFileTypes: false })) {
    const path = join(out, file);
    try {
      files.set(file, readAny(path));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EISDIR') throw error;
    }
  }
  return { files };
}

/** Each needle with the files that contain it; needles found nowhere are left out. */
function find(site: Site, needles: readonly string[], only: (file: string) => boolean = () => true): Record<string, string[]> {
  const found: Record<string, string[]> = {};
  for (const needle of needles) {
    const files = [...site.files].filter(([file, text]) => only(file) && text.includes(needle)).map(([file]) => file);
    if (files.length) found[needle] = files;
  }
  return found;
}

/** What the page's diagrams say: the text of each drawn SVG (its rows joined, as a label wraps), or the Mermaid source of one not drawn. */
const mermaid = (html: string) => [
  ...[...html.matchAll(/<pre\b[^>]*class="[^"]*\bmermaid\b[^"]*"[^>]*>([\s\S]*?)<\/pre>/g)].map((m) => m[1]),
  ...[...html.matchAll(/<svg\b[\s\S]*?<\/svg>/g)].map((m) => m[0].replace(/<[^>]+>/g, '')),
].join('\n');

describe('private OKRs', () => {
  const content = join(work, 'content');
  let pub: Site;
  let internal: Site;
  beforeAll(() => {
    privateContent(content);
    const a = build(content, join(work, 'public'), false);
    expect(a.status, a.stderr + a.stdout).toBe(0);
    const b = build(content, join(work, 'internal'), true);
    expect(b.status, b.stderr + b.stdout).toBe(0);
    pub = readSite(join(work, 'public'));
    internal = readSite(join(work, 'internal'));
  });

  it('are checked like everything else: the warnings about them are reported', () => {
    const check = spawnSync(process.execPath, ['scripts/check.ts', '--content', content, '--as-of', '2026-11-20', '--today', '2026-11-20'], { cwd: ROOT, encoding: 'utf8' });
    expect(check.status, check.stdout + check.stderr).toBe(0);
    for (const text of [`${M.setFile}.mdx`, `@${M.krMention}`, `sales/${M.objectiveId}/kr1`]) expect(check.stdout).toContain(text);
  });

  it('leave no marker anywhere in the public site: HTML, JSON, Mermaid, every Pagefind file', () => {
    expect(pub.files.size).toBeGreaterThan(150); // 98 pages and the Pagefind files (no Mermaid chunks since diagrams are drawn at build time)
    expect([...pub.files.keys()].filter((f) => f.startsWith('pagefind/')).length).toBeGreaterThan(20);
    expect(find(pub, [...Object.values(MARKERS), ...TRACES])).toEqual({});
    // A label wraps over rows: a marker split between two rows of a drawing is found in its joined text.
    const diagrams = [...pub.files].filter(([f]) => f.endsWith('.html')).map(([, html]) => mermaid(html)).join('\n');
    expect(Object.values(MARKERS).filter((m) => diagrams.includes(m))).toEqual([]);
  });

  it('are all in the internal site, so the search above can fail', () => {
    const missing = [...Object.values(MARKERS), ...TRACES].filter((m) => !find(internal, [m])[m]);
    expect(missing).toEqual([]);
    const inIndex = find(internal, INDEXED, (f) => f.startsWith('pagefind/') && !f.endsWith('.js'));
    expect(INDEXED.filter((m) => !inIndex[m]), 'markers the decompressed Pagefind files should hold').toEqual([]);
    const diagrams = [...internal.files].filter(([f]) => f.endsWith('.html')).map(([, html]) => mermaid(html)).join('\n');
    for (const m of [M.krTitle, M.objectiveTitle, M.setKrTitle]) expect(diagrams, m).toContain(m);
  });

  it('leave public pages as if they did not exist, except where a score says what it leaves out', () => {
    const page = (site: Site, path: string) => site.files.get(join(path, 'index.html'))!;
    // 数据截至 is the newest public data, not the private check-in of 2026-11-18.
    expect(page(pub, '')).toContain('数据截至 2026-11-13 · 按 2026-11-20 计算');
    expect(page(internal, '')).toContain('数据截至 2026-11-18 · 按 2026-11-20 计算');
    // market/o1 lost one KR; sales lost one objective; tech/o2/kr2 aligns to one private item.
    expect(page(pub, '2026/market')).toContain('不含 1 项非公开内容');
    expect(page(pub, '2026/sales')).toContain('不含 1 项非公开内容');
    expect(page(pub, 'en/2026/sales')).toContain('excludes 1 non-public item');
    expect(page(pub, '2026/tech')).toContain('1 项非公开内容');
    expect(page(internal, '2026/market')).not.toContain('非公开内容');
    // The private set's owner has a page, with no sign of it (TRACES: no link to the set anywhere).
    expect(page(pub, 'people/yang-rongrong')).toContain('杨蓉蓉');
    expect(page(internal, 'people/yang-rongrong')).toContain('/2026-q4/yang-rongrong/');
  });
});
