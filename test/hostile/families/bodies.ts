// Bodies: MDX code, HTML the portal does not publish, addresses that run code. A refused body is an
// error at its line; an accepted one is shown as written, escaped (the hostile site proves it).
import { DEPT, errorAt, ownDepartment, ownSet, SALES, withBody, type HostileCase } from '../case.ts';

const family = 'bodies';

/** A refused body: `body` replaces the body of `file`; the first of `errors` is on the line of `needle`. */
function refused(name: string, file: string, body: string, errors: string[], needle: string): HostileCase {
  const files = { [file]: withBody(file, body) };
  return { name, family, files, expect: errorAt(files, file, needle, errors) };
}
const md = (name: string, body: string, errors: string[], needle = body.trim().split('\n')[0]) => refused(`body-md-${name}`, DEPT, body, errors, needle);
const mdx = (name: string, body: string, errors: string[], needle = body.trim().split('\n')[0]) => refused(`body-mdx-${name}`, SALES, body, errors, needle);

/** An accepted .md body in a department of its own; `text` is what the reader sees. */
function mdOk(name: string, body: string, text: string): HostileCase {
  const d = ownDepartment(`b-${name}`, body);
  return { name: `body-md-${name}`, family, files: d.files, expect: { ok: true }, site: { page: d.page, text } };
}
/** An accepted .mdx body in an OKR set of its own. */
function mdxOk(name: string, body: string, text: string): HostileCase {
  const s = ownSet(`b-${name}`, { body });
  return { name: `body-mdx-${name}`, family, files: s.files, expect: { ok: true }, site: { page: s.page, text } };
}

export const cases: HostileCase[] = [
  // ── .md: raw HTML through the browser's parser ──
  md('script', '说明\n\n<script>alert(1)</script>\n', ['body-html'], '<script>'),
  md('comment-then-script', '<!-- --><script>alert(1)</script> -->\n', ['body-html']),
  md('comment-breakout', '<!-- a --!><img src=x onerror=alert(1)> -->\n', ['body-html']),
  md('iframe-srcdoc', '<iframe srcdoc="<script>alert(1)</script>"></iframe>\n', ['body-html']),
  md('object', '<object data="https://example.com/x.swf"></object>\n', ['body-html']),
  md('embed', '<embed src="https://example.com/x.swf">\n', ['body-html']),
  md('style-element', '<style>body { display: none }</style>\n', ['body-html']),
  md('style-attribute', '<p style="position:fixed;inset:0">盖住整页</p>\n', ['body-html']),
  md('img-onerror', '<img src="x" onerror="alert(1)">\n', ['body-html']),
  md('svg-onload', '<svg onload="alert(1)"></svg>\n', ['body-html']),
  md('svg-script', '<svg><script>alert(1)</script></svg>\n', ['body-html']),
  md('svg-foreignobject', '<svg><foreignObject><iframe src="javascript:alert(1)"></iframe></foreignObject></svg>\n', ['body-html']),
  md('math-mglyph-mxss', '<math><mtext><table><mglyph><style><img src=x onerror=alert(1)></style></mglyph></table></mtext></math>\n', ['body-html']),
  md('noscript-mxss', '<noscript><p title="</noscript><img src=x onerror=alert(1)>"></noscript>\n', ['body-html']),
  md('template', '<template><script>alert(1)</script></template>\n', ['body-html']),
  md('textarea', '<textarea><script>alert(1)</script></textarea>\n', ['body-html']),
  md('base-href', '<base href="https://evil.example/">\n', ['body-html']),
  md('meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:alert(1)">\n', ['body-html']),
  md('link-stylesheet', '<link rel="stylesheet" href="//evil.example/x.css">\n', ['body-html']),
  md('form-action', '<form action="javascript:alert(1)"><button>提交</button></form>\n', ['body-html']),
  md('details-ontoggle', '<details open ontoggle="alert(1)"><summary>更多</summary>内容</details>\n', ['body-html']),
  md('a-target-blank', '<a href="/2026/" target="_blank">年度</a>\n', ['body-html']),
  md('img-srcset', '<img src="/a.png" srcset="https://evil.example/a.png 2x">\n', ['body-html']),
  md('id-clobber', '<a id="location" href="/x">x</a>\n', ['body-html']),
  md('div-class', '<div class="sr-only">隐藏的话</div>\n', ['body-html']),
  md('table-cell-onerror', '| 渠道 | 说明 |\n| --- | --- |\n| 抖音 | <img src=x onerror=alert(1)> |\n', ['body-html'], '| 抖音'),
  md('nested-details-script', '<details><summary>外</summary>\n\n<details><summary>内</summary>\n\n<script>alert(1)</script>\n\n</details>\n</details>\n', ['body-html'], '<script>'),
  // ── .md: addresses ──
  md('a-entity-colon', '<a href="javascript&#58;alert(1)">看板</a>\n', ['unsafe-url']),
  md('a-entity-colon-hex', '<a href="javascript&#x3A;alert(1)">看板</a>\n', ['unsafe-url']),
  md('a-tab-split', '<a href="java&#x09;script:alert(1)">看板</a>\n', ['unsafe-url']),
  md('a-newline-split', '<a href="java&#10;script:alert(1)">看板</a>\n', ['unsafe-url']),
  md('a-leading-space', '<a href=" javascript:alert(1)">看板</a>\n', ['unsafe-url']),
  md('a-mixed-case', '<a href="JaVaScRiPt:alert(1)">看板</a>\n', ['unsafe-url']),
  md('a-vbscript', '<a href="vbscript:msgbox(1)">看板</a>\n', ['unsafe-url']),
  md('img-data-svg', '<img src="data:image/svg+xml;base64,PHN2ZyBvbmxvYWQ9YWxlcnQoMSk+">\n', ['unsafe-url']),
  md('link-javascript', '[看板](javascript:alert(document.cookie))\n', ['unsafe-url']),
  md('link-entity-colon', '[看板](javascript&#58;alert(1))\n', ['unsafe-url']),
  md('link-data-html', '[看板](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)\n', ['unsafe-url']),
  md('image-data', '![图](data:image/png;base64,iVBORw0KGgo=)\n', ['unsafe-url']),
  md('link-vbscript', '[看板](vbscript:msgbox(1))\n', ['unsafe-url']),
  md('link-upper-https', '[看板](HTTPS://example.com/)\n', ['unsafe-url']),
  md('link-file', '[看板](file:///etc/passwd)\n', ['unsafe-url']),
  md('autolink-javascript', '见 <javascript:alert(1)>\n', ['unsafe-url']),
  md('reference-javascript', '见[看板][a]。\n\n[a]: javascript:alert(1)\n', ['unsafe-url'], '[a]: javascript'),
  md('reference-image-data', '![图][i]\n\n[i]: data:image/png;base64,iVBORw0KGgo=\n', ['unsafe-url'], '[i]: data'),
  md('reference-angle-entity', '[看板][b]\n\n[b]: <java&#x09;script:alert(1)>\n', ['unsafe-url'], '[b]:'),
  // ── .md: accepted, shown as written ──
  mdOk('escaped-script', '提醒：&lt;script&gt;alert("xq-esc")&lt;/script&gt; 只是文字。\n', '<script>alert("xq-esc")</script>'),
  mdOk('code-span-script', '写法 `<img src=x onerror=alert("xq-code")>` 只是代码。\n', '<img src=x onerror=alert("xq-code")>'),
  mdOk('fenced-html', '```html\n<script>alert("xq-fence")</script>\n```\n', '<script>alert("xq-fence")</script>'),
  mdOk('percent-colon', '[xq-pct 看板](javascript%3Aalert(1))\n', 'xq-pct 看板'),
  mdOk('protocol-relative', '[xq-rel 外部](//evil.example/path)\n', 'xq-rel 外部'),
  mdOk('autolink-https', '见 <https://example.com/xq-auto>\n', 'https://example.com/xq-auto'),
  mdOk('nested-details', '<details><summary>xq-outer</summary>\n\n<details><summary>xq-inner</summary>\n\n内层 xq-deep\n\n</details>\n</details>\n', 'xq-outer'),
  // Not raw HTML to Markdown (the `//` before `>`): text, escaped.
  mdOk('img-not-html', '文字 <img src=x onerror=alert("xq-nothtml")//> 文字\n', '<img src=x onerror=alert("xq-nothtml")//>'),
  mdOk('text-javascript-colon', 'javascript:alert("xq-plain") 只是文字\n', 'javascript:alert("xq-plain") 只是文字'),
  // ── .mdx: code and JSX ──
  mdx('import', "import fs from 'node:fs'\n\n正文\n", ['body-code']),
  mdx('export', 'export const x = process.exit(1)\n\n正文\n', ['body-code']),
  mdx('expression', '本季度目标 {alert(1)}\n', ['body-code']),
  mdx('expression-require', "{require('node:child_process').execSync('id')}\n", ['body-code']),
  mdx('template-literal', '{`${globalThis.process}`}\n', ['body-code']),
  mdx('attribute-handler', '<b onClick={() => alert(1)}>点我</b>\n', ['body-code']),
  mdx('attribute-spread', '<b {...props}>点我</b>\n', ['body-code']),
  mdx('attribute-style-object', "<b style={{ color: 'red' }}>红</b>\n", ['body-code']),
  mdx('dangerously-set', "<div dangerouslySetInnerHTML={{ __html: '<img src=x onerror=alert(1)>' }} />\n", ['body-code', 'body-html']),
  mdx('component', '<Chart data="x" />\n', ['body-html']),
  mdx('member-component', '<motion.div>动</motion.div>\n', ['body-html']),
  mdx('script', '<script>alert(1)</script>\n', ['body-html']),
  mdx('iframe', '<iframe src="https://example.com/" />\n', ['body-html']),
  mdx('svg', '<svg><circle r="1" /></svg>\n', ['body-html']),
  mdx('string-onclick', '<b onclick="alert(1)">点我</b>\n', ['body-html']),
  mdx('a-javascript', '<a href="javascript:alert(1)">看板</a>\n', ['unsafe-url']),
  mdx('img-data', '<img src="data:image/png;base64,iVBORw0KGgo=" />\n', ['unsafe-url']),
  mdx('unclosed-details', '<details>\n\n正文\n', ['mdx-syntax'], '<details>'),
  mdxOk('comment', '正文 xq-mdxc{/* 编辑备注：不出现在页面上 */} 结束\n', 'xq-mdxc 结束'),
  mdxOk('escaped-brace', '字面的 \\{alert("xq-brace")\\} 花括号\n', '{alert("xq-brace")}'),
  mdxOk('escaped-lt', '字面的 \\<script\\>xq-lt 尖括号\n', '<script>xq-lt 尖括号'),
  // ── nesting: container depth the parser is super-linear on (body-limits, being added on main) ──
  refused('body-deep-list-400', SALES, `${Array.from({ length: 400 }, (_, i) => `${'  '.repeat(i)}- x`).join('\n')}\n`, ['body-limits'], `${'  '.repeat(32)}- x`),
  refused('body-deep-blockquote-5000', DEPT, `${'>'.repeat(5000)} x\n`, ['body-limits'], '>>>'),
  refused('body-deep-html-nesting', DEPT, `${'<details>'.repeat(3000)}x${'</details>'.repeat(3000)}\n`, ['body-limits'], '<details>'),
];
