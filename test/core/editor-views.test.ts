// The editor's affordances: edit links from settings.yaml `repository`, the 更新进展 check-in snippet of a
// KR (pasted into the demo file where it says, it must fail the check until filled in, then count), and
// the health page's warnings named for readers.
import { describe, expect, it } from 'vitest';
import { loadOrganisation } from '../../src/core/index.ts';
import type { SourceFile } from '../../src/core/source.ts';
import { editUrl } from '../../src/core/views/edit-links.ts';
import { guardView } from '../../src/core/views/guard-view.ts';
import { healthGroupView, healthView } from '../../src/core/views/health-view.ts';
import { metricView } from '../../src/core/views/metric-view.ts';
import { okrSetView } from '../../src/core/views/okr-set-view.ts';
import { perspectiveView } from '../../src/core/views/perspective-view.ts';
import { demoFiles, demoLookup } from './demo.ts';

const AS_OF = '2026-11-20';
const MARKET = 'okrs/2026/market.mdx';

function withSettings(extra: string): SourceFile[] {
  return demoFiles().map((f) => (f.path === 'settings.yaml' ? { path: f.path, text: `${f.text}\n${extra}\n` } : f));
}

describe('editUrl', () => {
  const repository = (r: Record<string, string>) => ({ branch: 'main', contentDir: 'content', ...r });

  it('is GitHub\'s editor at the line for a repository url', () => {
    expect(editUrl(repository({ url: 'https://github.com/acme/okrs/' }), MARKET, 11)).toBe('https://github.com/acme/okrs/edit/main/content/okrs/2026/market.mdx#L11');
    expect(editUrl({ url: 'https://github.com/acme/okrs', branch: 'trunk', contentDir: '/okr-content/' }, 'people/ma-changjiu.yaml')).toBe('https://github.com/acme/okrs/edit/trunk/okr-content/people/ma-changjiu.yaml#L1');
  });

  it('fills {path} and {line} into editUrl, for GitLab, Gitea or any host', () => {
    const gitlab = repository({ editUrl: 'https://gitlab.example.com/acme/okrs/-/edit/main/content/{path}#L{line}', url: 'https://github.com/ignored/repo' });
    expect(editUrl(gitlab, MARKET, 25)).toBe('https://gitlab.example.com/acme/okrs/-/edit/main/content/okrs/2026/market.mdx#L25');
    expect(editUrl(repository({ editUrl: 'https://git.example.com/okrs/_edit/main/{path}?line={line}' }), 'a b/c.md', 3)).toBe('https://git.example.com/okrs/_edit/main/a%20b/c.md?line=3');
  });

  it('is undefined when no repository is set: no edit links at all', () => {
    expect(editUrl(undefined, MARKET, 11)).toBeUndefined();
    expect(editUrl(repository({}), MARKET)).toBeUndefined();
  });

  it('is checked: editUrl must be a web address and name the file', () => {
    const rules = (extra: string) => loadOrganisation(withSettings(extra), { today: AS_OF, asOf: AS_OF }).diagnostics.filter((d) => d.severity === 'error').map((d) => [d.rule, d.line > 0]);
    expect(rules('repository:\n  editUrl: javascript:alert(1)//{path}')).toEqual([['unsafe-url', true]]);
    expect(rules('repository:\n  editUrl: https://git.example.com/okrs/edit/main')).toEqual([['invalid-value', true]]);
    expect(rules('repository:\n  editUrl: https://git.example.com/okrs/edit/main/{path}#L{line}')).toEqual([]);
  });
});

describe('更新进展 on every KR of the demo (asOf 2026-11-20)', () => {
  const look = demoLookup(AS_OF);
  const market = okrSetView(look, look.sets.get('2026:market')!);
  const [kr1, kr2] = market.objectives[0].keyResults;
  const lines = demoFiles().find((f) => f.path === MARKET)!.text.split('\n');

  it('points at the KR\'s own line of its file, with no editor link while no repository is set', () => {
    expect(kr1.update).toMatchObject({ file: MARKET, line: 11 });
    expect(lines[kr1.update.line - 1].trim()).toBe('- id: kr1');
    expect(lines[kr2.update.line - 1].trim()).toBe('- id: kr2');
    expect(kr1.update.editHref).toBeUndefined();
  });

  it('links to the web editor at that line once the repository is set', () => {
    const configured = demoLookup(AS_OF, withSettings('repository:\n  url: https://github.com/acme/okrs'));
    const view = okrSetView(configured, configured.sets.get('2026:market')!);
    expect(view.objectives.flatMap((o) => o.keyResults.map((k) => k.update.editHref))).toEqual([
      `https://github.com/acme/okrs/edit/main/content/${MARKET}#L11`,
      `https://github.com/acme/okrs/edit/main/content/${MARKET}#L25`,
      `https://github.com/acme/okrs/edit/main/content/${MARKET}#L36`,
      `https://github.com/acme/okrs/edit/main/content/${MARKET}#L41`,
    ]);
  });

  it('offers a check-in dated asOf with value, note, risks and next, in both languages', () => {
    expect(kr1.update.snippet.zh).toBe([
      '        # 加在这个 KR 的 checkins 列表末尾',
      '          - date: 2026-11-20',
      '            value:      # 当前值，只写数字（元/百万元）',
      '            note:       # 关键进展：达成了什么（不是做了哪些事）',
      '            risks:      # 挑战与风险、需要的支持；没有就删掉这一行',
      '            next:       # 下周计划',
    ].join('\n'));
    expect(kr2.update.snippet.en.split('\n')[0]).toBe('        checkins:');
    expect(kr2.update.snippet.en).toContain('value:      # current value, a number only (%)');
  });

  // The snippet's indentation is for the KR's place in the file: pasted at the end of kr1's check-ins it
  // is kr1's newest check-in, and left unfilled it fails the check rather than publishing empty fields.
  const pasted = (fill: (snippet: string) => string) => {
    const at = look.nodes.get('2026:market/o1/kr1')!;
    if (at.kind !== 'kr') throw new Error('no KR');
    const before = at.item.span.end!.line - 1;
    const text = [...lines.slice(0, before), fill(kr1.update.snippet.zh), ...lines.slice(before)].join('\n');
    return demoFiles().map((f) => (f.path === MARKET ? { path: f.path, text } : f));
  };

  it('fails the check when pasted as it is', () => {
    const { diagnostics } = loadOrganisation(pasted((s) => s), { today: AS_OF, asOf: AS_OF });
    const errors = diagnostics.filter((d) => d.severity === 'error');
    expect(errors.length).toBeGreaterThan(0);
    expect(errors.every((d) => d.file === MARKET && d.line >= 11 && d.line < 25 + 6)).toBe(true);
  });

  it('becomes the KR\'s latest check-in once filled in', () => {
    const files = pasted((s) => s.replace(/value: .*/, 'value: 1180').replace(/note: .*/, 'note: 投诉 TOP10 复盘').replace(/\n *risks: .*/, '').replace(/next: .*/, 'next: 复盘 Q4 渠道'));
    const filled = demoLookup(AS_OF, files);
    expect(filled.card('2026:market/o1/kr1')!.reading).toMatchObject({ value: 1180, date: AS_OF });
  });
});

describe('the health page names what the check\'s warnings are about', () => {
  const look = demoLookup(AS_OF);
  /** Every warning the health pages list: each department's on its page (the demo's fit on page 1), the rest on the summary. */
  const allWarnings = (l: typeof look) => {
    const summary = healthView(l, '2026');
    return [...summary.warnings, ...summary.groups[0].rows.flatMap((r) => healthGroupView(l, '2026', r.group.id).warnings?.items ?? [])];
  };
  const warnings = allWarnings(look);
  const text = (lang: 'zh' | 'en') => warnings.map((w) => w.message[lang].map((s) => s.text).join(''));

  it('by name and linked, never by id', () => {
    const placeholder = warnings.find((w) => w.rule === 'placeholder-target')!;
    expect(placeholder.message.zh.find((s) => s.href)).toEqual({ text: expect.stringMatching(/^销售与转化部 O2·KR2 将首购用户/), href: '/2026/sales/#o2-kr2' });
    const count = warnings.find((w) => w.rule === 'objective-count')!;
    expect(count.message.zh[0]).toEqual({ text: '教研与产品部', href: '/departments/curriculum/' });
    expect(count.message.en.find((s) => s.href)).toEqual({ text: 'Curriculum & Product', href: '/departments/curriculum/' });
    for (const lang of ['zh', 'en'] as const) {
      for (const t of text(lang)) expect(t).not.toMatch(/\b(?:curriculum|market|sales|service|tech)\b|\/o\d|\/kr\d/);
    }
    expect(text('zh').some((t) => t.includes('lint.objectivesPerOwner'))).toBe(true);
  });

  it('links the file and line to the set page, or to the editor when a repository is set', () => {
    expect(warnings.find((w) => w.rule === 'placeholder-target')).toMatchObject({ file: 'okrs/2026/sales.mdx', line: 48, href: '/2026/sales/' });
    const configured = demoLookup(AS_OF, withSettings('repository:\n  url: https://github.com/acme/okrs'));
    expect(allWarnings(configured).find((w) => w.rule === 'placeholder-target')!.href).toBe('https://github.com/acme/okrs/edit/main/content/okrs/2026/sales.mdx#L48');
  });
});

describe('编辑此页 on BSC pages', () => {
  const look = demoLookup(AS_OF);
  const bsc = demoFiles().find((f) => f.path === 'bsc/2026.mdx')!.text.split('\n');
  // The line of the list item `- id: <id>` (or `- { id: <id>, … }`) in the BSC file.
  const itemLine = (id: string) => bsc.findIndex((l) => new RegExp(`^\\s*- (\\{ )?id: ${id}\\b`).test(l)) + 1;

  it('opens the BSC file at the metric, guard or perspective the page shows, not at line 1', () => {
    const lines = [metricView(look, '2026', 'clean-revenue').line, guardView(look, '2026', 'refund-rate').line, perspectiveView(look, '2026', 'finance').line];
    expect(lines).toEqual([itemLine('clean-revenue'), itemLine('refund-rate'), itemLine('finance')]);
    expect(lines.every((l) => l > 1)).toBe(true);
  });
});
