// The search index's records, built from the demo content: one per thing a reader looks for, each with a
// permalink that exists, the words that find it (names and aliases included) and the filters it answers to.
import { mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadOrganisation, scoreOrganisation } from '../../src/core/index.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { SEARCH_FILTERS, searchRecords } from '../../src/core/views/search-records.ts';
import { urls } from '../../src/core/views/urls.ts';
import { readContentFiles } from '../../src/content-files.ts';
import { writeIndex } from '../../src/integrations/search-index.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const { org, diagnostics } = loadOrganisation(readContentFiles(CONTENT), { today: '2026-11-22', asOf: '2026-11-20' });
if (!org) throw new Error(`demo content does not load: ${diagnostics.map((d) => d.message).join('\n')}`);
const look = new Lookup(org, scoreOrganisation(org));
const records = searchRecords(look);
const ofType = (type: string) => records.filter((r) => r.meta.type === type);
const byUrl = new Map(records.map((r) => [r.url, r]));

describe('search records of the demo content', () => {
  it('has one record for every KR, objective, OKR set, BSC metric, person and department', () => {
    const krs = org.sets.flatMap((s) => s.objectives.flatMap((o) => o.keyResults));
    expect(ofType('kr')).toHaveLength(krs.length);
    expect(ofType('objective')).toHaveLength(org.sets.flatMap((s) => s.objectives).length);
    expect(ofType('set')).toHaveLength(org.sets.length);
    expect(ofType('metric')).toHaveLength(org.bscs.flatMap((b) => b.metrics).length);
    expect(ofType('person')).toHaveLength(org.people.length);
    expect(ofType('department')).toHaveLength(org.departments.length);
    expect(records).toHaveLength(krs.length + ofType('objective').length + org.sets.length + ofType('metric').length + org.people.length + org.departments.length);
    expect(krs.length).toBeGreaterThan(20);
  });

  it('gives every record its own url, Chinese content and a title', () => {
    expect(byUrl.size).toBe(records.length);
    for (const r of records) {
      expect(r.language).toBe('zh-cn');
      expect(r.url).toMatch(/^\/[^\s]*\/(#[\w-]+)?$/);
      expect(r.meta.title.length).toBeGreaterThan(0);
      expect(r.content).toContain(r.meta.type === 'kr' || r.meta.type === 'objective' ? r.meta.title.replace(/^O\d+(·KR\d+)? /i, '') : r.meta.type === 'set' ? '' : r.meta.title);
      for (const value of Object.values(r.meta)) expect(typeof value).toBe('string');
      for (const values of Object.values(r.filters)) expect(values!.length).toBeGreaterThan(0);
    }
  });

  it('links KRs and objectives to their permalinks: the set page plus an anchor the page has', () => {
    const permalinks = new Set(org.sets.flatMap((s) => okrSetView(look, s).objectives.flatMap((o) => [o.permalink, ...o.keyResults.map((k) => k.permalink)])));
    for (const r of [...ofType('kr'), ...ofType('objective')]) {
      expect(permalinks, r.url).toContain(r.url);
    }
    expect(byUrl.get('/2026/service/#o1-kr1')?.meta.title).toBe('O1·KR1 启动并跑通“结业后3个月轻陪伴计划”，将结业学员3个月内活跃留存率提升至40%。');
    expect(byUrl.get('/2026/service/#o2')?.meta.type).toBe('objective');
  });

  it('links metrics, people and departments to their pages', () => {
    for (const b of org.bscs) for (const m of b.metrics) expect(byUrl.get(urls.metric(b.period, m.id))?.meta.title).toBe(m.name);
    for (const p of org.people) expect(byUrl.get(urls.person(p.id))?.meta.title).toBe(p.name);
    for (const d of org.departments) expect(byUrl.get(urls.department(d.id))?.meta.title).toBe(d.name);
    expect(byUrl.get('/2026/bsc/complaint-rate/')?.meta.title).toBe('百万元投诉率');
  });

  it("indexes owners' names and aliases, so Aaron finds 姚涣's KRs", () => {
    const yao = records.filter((r) => r.filters.owner?.includes('姚涣'));
    expect(yao.filter((r) => r.meta.type === 'kr').length).toBeGreaterThan(0);
    for (const r of yao.filter((r) => r.meta.type !== 'department' || r.meta.owners === '姚涣')) {
      expect(r.content, r.url).toContain('Aaron');
      expect(r.content, r.url).toContain('姚涣');
    }
    expect(byUrl.get('/people/yao-huan/')?.content).toContain('Aaron姚涣');
  });

  it("puts the owners' names in every KR's content, meta and owner filter", () => {
    for (const { kr, set } of org.sets.flatMap((set) => set.objectives.flatMap((o) => o.keyResults.map((kr) => ({ kr, set, o }))))) {
      const r = records.find((x) => x.meta.type === 'kr' && x.url.startsWith(urls.set(set.period, set.owner.id)) && x.url.endsWith(`-${kr.id}`) && x.meta.title.includes(kr.title))!;
      expect(r).toBeDefined();
      for (const id of kr.ownerIds) {
        const name = look.people.get(id)!.name;
        expect(r.content).toContain(name);
        expect(r.meta.owners).toContain(name);
        expect(r.filters.owner).toContain(name);
      }
      for (const id of kr.collaboratorIds) expect(r.filters.owner).toContain(look.people.get(id)!.name);
    }
    const ma = ofType('kr').filter((r) => r.filters.owner?.includes('马长久'));
    expect(ma.length).toBeGreaterThan(10);
  });

  it('indexes the measure, actions and check-ins up to the as-of date, and no UI words', () => {
    const kr = byUrl.get('/2026/market/#o1-kr1')!;
    expect(kr.content).toContain('百万元投诉率');
    expect(kr.content).toContain('建立投放素材-销售承诺-课程交付的三方对齐审核机制');
    expect(kr.content).toContain('Q3 投诉 TOP10 复盘完成');
    expect(kr.content).toContain('市场与增长部');
    // Content only: none of the labels a page puts around it.
    for (const r of records) {
      for (const label of ['负责人：', '协作人：', '得分', '状态：', '进展记录', '最新进展', '截止：', 'Owners', 'Score']) expect(r.content, r.url).not.toContain(label);
    }
  });

  it('fills the filters: type, department, owner, status and period', () => {
    const values = (key: string) => new Set(records.flatMap((r) => (r.filters as Record<string, string[]>)[key] ?? []));
    expect([...values('type')].sort()).toEqual(['department', 'kr', 'metric', 'objective', 'person', 'set']);
    expect(values('department')).toEqual(new Set(org.departments.map((d) => d.name)));
    expect(values('owner')).toContain('马长久');
    expect(values('owner')).toContain('姚涣');
    expect([...values('status')].sort()).toEqual(['at-risk', 'done', 'no-data', 'off-track', 'on-track', 'stale', 'unscored']);
    expect(values('period')).toContain('2026 年度');
    for (const r of [...ofType('kr'), ...ofType('objective'), ...ofType('metric')]) {
      expect(Object.keys(r.filters).sort(), r.url).toEqual(expect.arrayContaining(['owner', 'period', 'status', 'type']));
      expect(r.meta.status).toBe(r.filters.status![0]);
      expect(r.meta.statusLabel).toBeTruthy();
      expect(r.meta.statusLabelEn).toBeTruthy();
      expect(r.meta.score).toMatch(/^(\d(\.\d+)?|—)$/);
      expect(r.meta.set).toContain(r.meta.period!);
    }
    expect(byUrl.get('/2026/service/#o1-kr1')?.filters.department).toEqual(['服务与交付部']);
    expect(Object.keys(records[0].filters).every((k) => (SEARCH_FILTERS as readonly string[]).includes(k))).toBe(true);
  });

  it('adds 待更新 (stale) as an extra status value on stale records, with its date in the meta', () => {
    const stale = byUrl.get('/2026/market/#o1-kr1')!;
    expect(stale.filters.status).toEqual(['on-track', 'stale']);
    expect(stale.meta.status).toBe('on-track');
    expect(stale.meta.stale).toBe('最近更新 2026-10-31，已 20 天');
    expect(stale.meta.staleEn).toBe('last update 2026-10-31, 20 days ago');
    const fresh = byUrl.get('/2026-q4/wang-jun/#o1-kr1')!;
    expect(fresh.filters.status).toEqual(['at-risk']);
    expect(fresh.meta.stale).toBeUndefined();
  });

  it('shows a KR without data as 未更新 with no score, and its objective by the KRs that have data', () => {
    const kr = byUrl.get('/2026/market/#o1-kr2')!;
    expect(kr.filters.status).toEqual(['no-data']);
    expect([kr.meta.statusLabel, kr.meta.score]).toEqual(['未更新', '—']);
    const set = byUrl.get('/2026/market/')!;
    expect([set.meta.status, set.meta.score]).toEqual(['on-track', '0.80']);
  });

  it("files a personal set's records under the person's department", () => {
    for (const set of org.sets.filter((s) => s.owner.kind === 'person')) {
      const dept = look.people.get(set.owner.id)?.departmentId;
      const expected = dept ? [look.departments.get(dept)!.name] : undefined;
      for (const r of records.filter((x) => x.url.startsWith(urls.set(set.period, set.owner.id)))) expect(r.filters.department).toEqual(expected);
    }
  });
});

describe('the Pagefind index written from the records', () => {
  const work = mkdtempSync(join(tmpdir(), 'okr-search-'));
  afterAll(() => rmSync(work, { recursive: true, force: true }));

  it('holds every record in one Chinese index, with the filters', async () => {
    const out = join(work, 'pagefind');
    const { words, written } = await writeIndex(records, out);
    expect(written).toBe(out);
    expect(words).toBeGreaterThan(1000);
    const entry = JSON.parse(readFileSync(join(out, 'pagefind-entry.json'), 'utf8'));
    expect(Object.keys(entry.languages)).toEqual(['zh-cn']);
    expect(entry.languages['zh-cn'].page_count).toBe(records.length);
    expect(readdirSync(out)).toContain('pagefind.js');
    expect(readdirSync(out)).toContain('pagefind-worker.js');
    expect(readdirSync(out)).not.toContain('pagefind-ui.js');
    expect(readdirSync(join(out, 'fragment'))).toHaveLength(records.length);
    expect(readdirSync(join(out, 'filter')).length).toBe(SEARCH_FILTERS.length);
  });

  it('fails (rather than hanging) when the index cannot be written', async () => {
    // Under a file: Pagefind's service would panic and never answer.
    await writeIndex(records.slice(0, 1), join(work, 'first'));
    await expect(writeIndex(records.slice(0, 1), join(work, 'first', 'pagefind-entry.json', 'pagefind'))).rejects.toThrow(/ENOTDIR|Pagefind/);
  });
});
