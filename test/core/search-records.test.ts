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
import { OWNED_BY, SEARCH_FILTERS, searchRecords } from '../../src/core/views/search-records.ts';
import { checkinText, SEARCH_CHECKINS } from '../../src/core/views/search-record-parts.ts';
import { urls } from '../../src/core/views/urls.ts';
import { scoreView } from '../../src/core/views/score-view.ts';
import { personKeys, pinyinTerms } from '../../src/core/views/search-pinyin.ts';
import { krShare, metricShare, ownedRank } from '../../src/core/views/search-owned.ts';
import type { KeyResult, Objective, OkrSet, Person } from '../../src/core/model.ts';
import { readContentFiles } from '../../src/content-files.ts';
import { writeIndex } from '../../src/integrations/search-index.ts';

const CONTENT = fileURLToPath(new URL('../../content/', import.meta.url));
const { org, diagnostics } = loadOrganisation(readContentFiles(CONTENT), { today: '2026-11-22', asOf: '2026-11-20' });
if (!org) throw new Error(`demo content does not load: ${diagnostics.map((d) => d.message).join('\n')}`);
const look = new Lookup(org, scoreOrganisation(org));
const records = searchRecords(look);
const ofType = (type: string) => records.filter((r) => r.meta.type === type);
const byUrl = new Map(records.map((r) => [r.url, r]));
const bsc2026 = () => org.bscs.find((b) => b.period === '2026')!;

describe('search records of the demo content', () => {
  it('has one record for every KR, objective, OKR set, BSC metric, guard, perspective, hedge rule, person and department', () => {
    const krs = org.sets.flatMap((s) => s.objectives.flatMap((o) => o.keyResults));
    const counts = {
      kr: krs.length, objective: org.sets.flatMap((s) => s.objectives).length, set: org.sets.length,
      metric: org.bscs.flatMap((b) => b.metrics).length, guard: org.bscs.flatMap((b) => b.guards).length,
      perspective: org.bscs.flatMap((b) => b.perspectives).length, hedge: org.bscs.flatMap((b) => b.hedges).length,
      person: org.people.length, department: org.departments.length,
    };
    for (const [type, n] of Object.entries(counts)) expect(ofType(type), type).toHaveLength(n);
    expect(records).toHaveLength(Object.values(counts).reduce((a, b) => a + b, 0));
    expect(krs.length).toBeGreaterThan(20);
    expect([counts.guard, counts.perspective, counts.hedge]).toEqual([1, 4, 2]);
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
    // Content only: none of the labels a page puts around it (a hedge rule's own words may say 得分).
    for (const r of records) {
      for (const label of ['负责人：', '协作人：', '状态：', '进展记录', '最新进展', '截止：', 'Owners', 'Score']) expect(r.content, r.url).not.toContain(label);
      if (r.meta.type !== 'guard' && r.meta.type !== 'hedge') expect(r.content, r.url).not.toContain('得分');
    }
  });

  it('fills the filters: type, department, owner, status and period', () => {
    const values = (key: string) => new Set(records.flatMap((r) => (r.filters as Record<string, string[]>)[key] ?? []));
    expect([...values('type')].sort()).toEqual(['department', 'guard', 'hedge', 'kr', 'metric', 'objective', 'person', 'perspective', 'set']);
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
    for (const r of records) expect(Object.keys(r.filters).every((k) => [...SEARCH_FILTERS, OWNED_BY].includes(k)), r.url).toBe(true);
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

describe('people are found by name, alias and pinyin', () => {
  const person = (id: string) => byUrl.get(urls.person(id))!;

  it('indexes the pinyin of the name: full, initials, syllables and the given name', () => {
    const ma = person('ma-changjiu');
    for (const word of ['machangjiu', 'mcj', 'ma', 'chang', 'jiu', 'changjiu']) expect(ma.content.split(/[\s·]+/)).toContain(word);
    expect(person('du-kangjie').content).toContain('dukangjie dkj');
    expect(person('du-kangjie').meta.keys!.split('|')).toEqual(['杜康杰', 'dukangjie', 'dkj']);
  });

  it('matches a person by their name, each alias and the pinyin of the Chinese ones', () => {
    expect(person('ma-changjiu').meta.keys!.split('|')).toEqual(['马长久', 'machangjiu', 'mcj']);
    expect(person('yao-huan').meta.keys!.split('|')).toEqual(['姚涣', 'yaohuan', 'yh', 'aaron姚涣', 'aaron']);
    expect(person('yao-huan').meta.personId).toBe('yao-huan');
  });

  it('reads a surname as a surname (pinyin-pro surname mode): 单 shan, 曾 zeng, 解 xie', () => {
    const p = (name: string): Person => ({ id: 'x', name, aliases: [], src: { file: 'x', path: [] } });
    expect(personKeys(p('单雄信'))).toEqual(['单雄信', 'shanxiongxin', 'sxx']);
    expect(personKeys(p('曾国藩'))).toContain('zengguofan');
    expect(personKeys(p('解晓东'))).toContain('xiexiaodong');
    expect(pinyinTerms('Aaron')).toEqual([]);
  });

  it("shows a person's title, department and the departments they lead", () => {
    expect(person('yao-huan').meta).toMatchObject({ title: '姚涣', role: '产研与数据部负责人', department: '产研与数据部', leads: '产研与数据部' });
    const ma = person('ma-changjiu').meta;
    expect(ma.role).toBeUndefined();
    expect(ma.leads!.split('、').sort()).toEqual(['市场与增长部', '教研与产品部', '服务与交付部', '销售与转化部'].sort());
  });
});

describe('the BSC beyond its metrics: guards, perspectives and hedge rules', () => {
  const bsc = org.bscs.find((b) => b.period === '2026')!;

  it('gives the 退费率 guard a record at its page, with the hedge rule that reads it', () => {
    const guard = byUrl.get(urls.guard('2026', 'refund-rate'))!;
    expect(guard.meta).toMatchObject({ title: '退费率', type: 'guard', typeLabel: '底线指标', set: 'BSC · 2026 年度' });
    expect(guard.content).toContain('若年退费率 > 20%，财务维度得分乘以 0.5 系数。');
    expect(guard.filters.type).toEqual(['guard']);
  });

  it('gives every perspective a record at its page, with its score and its metrics', () => {
    for (const p of bsc.perspectives) {
      const r = byUrl.get(urls.perspective('2026', p.id))!;
      expect(r.meta.title).toBe(p.name);
      expect(r.meta.type).toBe('perspective');
      expect(r.meta.score).toBe(scoreView(look.scores.bsc.get('2026')!.perspectives.get(p.id)!).text);
      for (const m of bsc.metrics.filter((m) => m.perspectiveId === p.id)) expect(r.content).toContain(m.name);
    }
  });

  it("finds a hedge rule by its note and links it to the page of the indicator it reads", () => {
    const hedges = ofType('hedge');
    const refund = hedges.find((r) => r.content.includes('若年退费率 > 20%'))!;
    expect(refund.url).toBe(`${urls.guard('2026', 'refund-rate')}#hedge-refund-guard`);
    expect(refund.meta.title).toBe('退费率 > 20% → 财务 × 0.5');
    const blacklist = hedges.find((r) => r.content.includes('拦不住大黑'))!;
    expect(blacklist.url).toBe(`${urls.metric('2026', 'blacklist-interception')}#hedge-blacklist-guard`);
    expect(blacklist.meta.owners).toBe('杜康杰');
  });
});

describe("a person's things, ranked by weight", () => {
  const owned = (id: string) => records.filter((r) => r.filters.ownedBy?.includes(id)).sort((a, b) => a.sort.owned!.localeCompare(b.sort.owned!));

  it('are what they own (not what they collaborate on), each with a fixed-width rank', () => {
    for (const r of records.filter((x) => x.filters.ownedBy)) expect(r.sort.owned, r.url).toMatch(/^\d{11}$/);
    for (const r of records.filter((x) => !x.filters.ownedBy)) expect(r.sort.owned, r.url).toBeUndefined();
    for (const { set, o, kr } of org.sets.flatMap((set) => set.objectives.flatMap((o) => o.keyResults.map((kr) => ({ set, o, kr }))))) {
      expect(byUrl.get(`${urls.set(set.period, set.owner.id)}#${o.id}-${kr.id}`)!.filters.ownedBy ?? []).toEqual(kr.ownerIds);
    }
  });

  it('list BSC metrics by weight, then sets, then KRs by their share of the set', () => {
    const ma = owned('ma-changjiu');
    const types = ma.map((r) => r.meta.type);
    expect(types.slice(0, 3)).toEqual(['metric', 'metric', 'metric']);
    expect(ma.slice(0, 3).map((r) => r.meta.title)).toEqual(['净营收', '净利润率', '服务满意度 (NPS)']);
    expect(types.lastIndexOf('set')).toBeLessThan(types.indexOf('kr'));
    expect(types.filter((t) => t === 'set')).toHaveLength(4);
    expect(types.filter((t) => t === 'kr').length).toBeGreaterThanOrEqual(16);
    const du = owned('du-kangjie').map((r) => r.meta.title);
    expect(du.slice(0, 3)).toEqual(['百万元投诉率', '大黑用户拦截率', '杜康杰 2026 Q4 个人 OKR（示例）']);
  });

  it('rank by share: a metric of weight 15 before one of 10; a KR of weight 3 in an objective before its sibling of 1', () => {
    expect(metricShare(bsc2026(), bsc2026().metrics.find((m) => m.id === 'clean-revenue')!)).toBe(0.15);
    expect(ownedRank('metric', 0.15, 9) < ownedRank('metric', 0.1, 1)).toBe(true);
    expect(ownedRank('metric', 0, 9) < ownedRank('guard', 1, 1)).toBe(true);
    expect(ownedRank('set', 0, 9) < ownedRank('kr', 1, 1)).toBe(true);
    const kr = (id: string, weight?: number) => ({ id, weight }) as KeyResult;
    const o1 = { id: 'o1', weight: 2, keyResults: [kr('kr1', 3), kr('kr2')] } as unknown as Objective;
    const o2 = { id: 'o2', keyResults: [kr('kr1')] } as unknown as Objective;
    const set = { objectives: [o1, o2] } as unknown as OkrSet;
    expect(krShare(set, o1, o1.keyResults[0])).toBeCloseTo((2 / 3) * (3 / 4));
    expect(krShare(set, o1, o1.keyResults[1])).toBeCloseTo((2 / 3) * (1 / 4));
    expect(krShare(set, o2, o2.keyResults[0])).toBeCloseTo(1 / 3);
  });
});

describe('titles name things as readers know them', () => {
  it('never show an id or a ref', () => {
    const ids = new Set([
      ...org.people.map((p) => p.id), ...org.departments.map((d) => d.id),
      ...org.bscs.flatMap((b) => [...b.metrics, ...b.guards, ...b.perspectives, ...b.hedges].map((x) => x.id)),
    ]);
    for (const r of records) {
      // market/o1/kr2, refund-guard, 2026:bsc — not 0-1 or 大健康/兴趣类.
      expect(r.meta.title, r.url).not.toMatch(/\b[a-z][a-z0-9]*(?:[-/:][a-z0-9]+)+\b|\d{4}:/);
      for (const id of ids) if (id.length > 3) expect(r.meta.title, r.url).not.toContain(id);
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
    // The reader's filters, and ownedBy, which lists a person's things.
    expect(readdirSync(join(out, 'filter')).length).toBe(SEARCH_FILTERS.length + 1);
  });

  it('fails (rather than hanging) when the index cannot be written', async () => {
    // Under a file: Pagefind's service would panic and never answer.
    await writeIndex(records.slice(0, 1), join(work, 'first'));
    await expect(writeIndex(records.slice(0, 1), join(work, 'first', 'pagefind-entry.json', 'pagefind'))).rejects.toThrow(/ENOTDIR|Pagefind/);
  });
});

describe('check-in text in search records', () => {
  it(`carries the latest ${SEARCH_CHECKINS} check-ins up to asOf, not the whole year`, () => {
    const look = { org: { asOf: '2026-06-30' } } as unknown as Lookup;
    const checkins = ['01', '02', '03', '04', '05', '06', '07'].map((m) => ({ date: `2026-${m}-15`, note: `第${m}月` }));
    expect(checkinText(look, [...checkins].reverse())).toBe('第03月 · 第04月 · 第05月 · 第06月');
  });
});
