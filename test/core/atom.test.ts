// Atom feeds of weekly reports: well-formed Atom 1.0 (read back with a small XML check), hostile names,
// titles and bodies escaped, the content the sanitised HTML, bounded by FEED_SIZE and newest first.
import { describe, expect, it } from 'vitest';
import { atomFeed, escapeXml, type AtomFeed } from '../../src/core/views/atom.ts';
import { Lookup } from '../../src/core/views/lookup.ts';
import { FEED_SIZE, SET_FEED_SIZE, periodReportsFeed, setReportsFeed, type FeedContext } from '../../src/core/views/report-feed.ts';
import { report } from './hand-reports.ts';
import { personId, smallLookup } from './small-org.ts';
import { parseXml } from './xml-check.ts';

const text = (els: ReturnType<typeof parseXml>, path: string) => els.filter((e) => e.path === path).map((e) => e.text);

describe('the xml check', () => {
  it('rejects what a parser would', () => {
    expect(() => parseXml('<a><b></a>')).toThrow();
    expect(() => parseXml('<a>x & y</a>')).toThrow();
    expect(() => parseXml('<a>x < y</a>')).toThrow();
    expect(() => parseXml('<a x=1></a>')).toThrow();
    expect(() => parseXml('<a></a><b></b>')).toThrow();
    expect(text(parseXml('<a>x &amp; &lt;y&gt;</a>'), 'a')).toEqual(['x & <y>']);
  });
});

describe('atomFeed', () => {
  const hostile = '</title><script>alert(1)</script> & "R&D" ]]>';
  const feed: AtomFeed = {
    id: 'tag:okr-portal,2026:/2026/reports/feed.xml', title: `A & B <部门>`, href: '/2026/week/', self: '/2026/reports/feed.xml',
    lang: 'zh-CN', authorName: 'R&D <公司>', updated: '2026-06-30',
    entries: [
      { id: 'tag:okr-portal,2026:/x/', title: hostile, updated: '2026-06-29', authorName: '张三 <& 李四>', href: '/x/?a=1&b=2', html: '<p>本周 <a href="/people/a/">@张三</a> &amp; 5 < 6</p>' },
      { id: 'tag:okr-portal,2026:/y/', title: 'y', updated: '2026-06-22', authorName: 'y', href: '/y/', html: hostile },
    ],
  };
  const xml = atomFeed(feed);
  const els = parseXml(xml);

  it('is well-formed Atom with the elements a reader needs', () => {
    const root = els.find((e) => e.path === 'feed')!;
    expect(root.attrs).toMatchObject({ xmlns: 'http://www.w3.org/2005/Atom', 'xml:lang': 'zh-CN' });
    expect(text(els, 'feed/id')).toEqual([feed.id]);
    expect(text(els, 'feed/updated')).toEqual(['2026-06-29T00:00:00Z']);
    expect(text(els, 'feed/author/name')).toEqual(['R&D <公司>']);
    expect(els.filter((e) => e.path === 'feed/link').map((e) => [e.attrs.rel, e.attrs.href])).toEqual([['alternate', '/2026/week/'], ['self', '/2026/reports/feed.xml']]);
    expect(text(els, 'feed/entry/id')).toEqual(['tag:okr-portal,2026:/x/', 'tag:okr-portal,2026:/y/']);
    expect(text(els, 'feed/entry/updated')).toEqual(['2026-06-29T00:00:00Z', '2026-06-22T00:00:00Z']);
    expect(els.filter((e) => e.path === 'feed/entry/link').map((e) => e.attrs.href)).toEqual(['/x/?a=1&b=2', '/y/']);
    expect(els.filter((e) => e.path === 'feed/entry/content').map((e) => e.attrs.type)).toEqual(['html', 'html']);
  });

  it('escapes titles, names and bodies: what comes back is the text as written', () => {
    expect(text(els, 'feed/title')).toEqual(['A & B <部门>']);
    expect(text(els, 'feed/entry/title')[0]).toBe(hostile);
    expect(text(els, 'feed/entry/author/name')[0]).toBe('张三 <& 李四>');
    expect(text(els, 'feed/entry/content')).toEqual([feed.entries[0].html, hostile]);
    expect(xml).not.toContain('<script>');
    expect(xml).not.toContain('</title><script>');
  });

  it('drops characters XML cannot carry', () => {
    expect(escapeXml('a\u0000b\u0007c\ud800d')).toBe('abcd');
    expect(() => parseXml(atomFeed({ ...feed, title: 'x\u0001y' }))).not.toThrow();
  });
});

describe('report feeds', () => {
  const look0 = smallLookup({ departments: [{ id: 'alpha', name: '甲&部 <一>', members: 2 }] });
  const a1 = personId('alpha', 0);
  const dates = Array.from({ length: FEED_SIZE + 10 }, (_, i) => new Date(Date.UTC(2026, 0, 1 + 3 * i)).toISOString().slice(0, 10));
  const reports = dates.map((d, i) => report(i % 2 ? a1 : 'alpha', d, { risks: '需要 <b>支持</b>', asks: i % 2 ? [personId('alpha', 1)] : [] }));
  const look = new Lookup({ ...look0.org, reports }, look0.scores);
  const ctx: FeedContext = { lang: 'zh', localize: (h) => h, html: (r, k) => `<p>${k} of ${r.date} &amp; sanitised</p>` };

  it("holds a set's latest reports, newest first, bounded", () => {
    const f = setReportsFeed(look, '2026', 'alpha', ctx);
    expect(dates.filter((_, i) => i % 2 === 0).length).toBeGreaterThan(SET_FEED_SIZE);
    expect(f.entries).toHaveLength(SET_FEED_SIZE);
    expect(f.entries[0].updated).toBe(dates.filter((_, i) => i % 2 === 0).at(-1));
    expect(f.title).toBe('甲&部 <一> · 2026 年度 周报');
    expect(f.entries[0].href).toBe(`/2026/alpha/reports/#${f.entries[0].updated}`);
    const els = parseXml(atomFeed(f));
    expect(text(els, 'feed/title')).toEqual(['甲&部 <一> · 2026 年度 周报']);
  });

  it("holds the organisation's latest FEED_SIZE, with the sections' safe HTML and the asks", () => {
    const f = periodReportsFeed(look, '2026', { ...ctx, lang: 'en', localize: (h) => `/en${h}` });
    expect(f.entries).toHaveLength(FEED_SIZE);
    expect(f.entries.map((e) => e.updated)).toEqual([...dates].reverse().slice(0, FEED_SIZE));
    const withAsk = f.entries.find((e) => e.html.includes('Asks for support'))!;
    expect(withAsk.html).toContain('<h2>Progress this week</h2><p>progress of');
    expect(withAsk.html).toContain(`href="/en/people/${personId('alpha', 1)}/"`);
    expect(withAsk.authorName).toBe(look.people.get(a1)!.name);
    expect(f.href).toBe('/en/2026/week/');
    const els = parseXml(atomFeed(f));
    expect(text(els, 'feed/entry/content')[0]).toBe(f.entries[0].html);
  });
});
