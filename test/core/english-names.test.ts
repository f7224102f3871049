// English names where the content gives them (nameEn, companyEn): links, set cards and set pages carry
// them beside the Chinese ones, so /en/ pages can show them; items without one keep their Chinese name.
import { describe, expect, it } from 'vitest';
import { setSummary } from '../../src/core/views/dashboard.ts';
import { nodeLink } from '../../src/core/views/links.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { demoFiles, demoLookup } from './demo.ts';

const look = demoLookup('2026-11-20');

describe('links to BSC items and OKRs', () => {
  it('carry the metric’s and perspective’s English names', () => {
    expect(nodeLink(look, '2026:bsc/clean-revenue')).toMatchObject({ label: '净营收', labelEn: 'Clean Revenue' });
    expect(nodeLink(look, '2026:bsc/finance')).toMatchObject({ label: '财务', labelEn: 'Financial' });
  });

  it('name an objective’s owner in English where the department has an English name', () => {
    expect(nodeLink(look, '2026:market/o1')).toMatchObject({ context: '市场与增长部', contextEn: 'Marketing & Growth' });
  });

  it('leave a person’s name as it is: people have no English name field', () => {
    const link = nodeLink(look, '2026-q4:du-kangjie/o1')!;
    expect([link.context, link.contextEn]).toEqual(['杜康杰', undefined]);
  });
});

describe('set cards and set pages', () => {
  it('give the owner’s English name, and keep a written title as written', () => {
    const card = setSummary(look, look.sets.get('2026:market')!);
    expect([card.ownerName, card.ownerNameEn, card.title, card.titleEn]).toEqual(['市场与增长部', 'Marketing & Growth', '市场与增长部 2026 OKR', undefined]);
    const view = okrSetView(look, look.sets.get('2026:market')!);
    expect([view.owner.nameEn, view.titleEn]).toEqual(['Marketing & Growth', undefined]);
    expect(view.perspectives.map((p) => [p.name, p.nameEn, p.href])).toEqual([['客户', 'Customer', '/2026/perspectives/customer/'], ['财务', 'Financial', '/2026/perspectives/finance/']]);
  });

  it('title an untitled set in English from the owner’s English name', () => {
    const files = demoFiles().map((f) => (f.path.endsWith('okrs/2026/market.mdx') ? { ...f, text: f.text.replace(/^title: .*\n/m, '') } : f));
    const untitled = demoLookup('2026-11-20', files);
    const view = okrSetView(untitled, untitled.sets.get('2026:market')!);
    expect([view.title, view.titleEn]).toEqual(['市场与增长部 2026 年度 OKR', 'Marketing & Growth FY 2026 OKR']);
    expect(setSummary(untitled, untitled.sets.get('2026:market')!).titleEn).toBe('Marketing & Growth');
  });
});

describe('periods', () => {
  it('carry their English name from settings to every page that names them', async () => {
    const { periodRef } = await import('../../src/core/views/dashboard.ts');
    const { periodLinks } = await import('../../src/core/views/nav.ts');
    expect(periodRef(look.periods.get('2026')!)).toMatchObject({ name: '2026 年度', nameEn: 'FY 2026' });
    expect(periodLinks(look, '2026').map((p) => [p.name, p.nameEn])).toContainEqual(['2026 Q4', undefined]);
    expect(periodLinks(look, '2026').find((p) => p.id === '2026')).toMatchObject({ nameEn: 'FY 2026' });
  });
});
