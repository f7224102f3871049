// Addresses outside bodies' HTML: settings.yaml repository.url (the "edit this page" link on every
// page), Markdown links and titles, and addresses that only look dangerous.
import { base, DEPT, errorAt, ownDepartment, q, SETTINGS, withBody, type HostileCase } from '../case.ts';

const family = 'urls';
const REPO = '  url: https://example.com/acme/okrs';

function repo(name: string, url: string, errors: string[]): HostileCase {
  const files = { [SETTINGS]: base(SETTINGS).replace(REPO, `  url: ${q(url)}`) };
  return { name: `urls-repository-${name}`, family, files, expect: errorAt(files, SETTINGS, '  url:', errors) };
}
function link(name: string, body: string, errors: string[]): HostileCase {
  const files = { [DEPT]: withBody(DEPT, body) };
  return { name: `urls-link-${name}`, family, files, expect: errorAt(files, DEPT, body.split('\n')[0], errors) };
}
function linkOk(name: string, body: string, text: string): HostileCase {
  const d = ownDepartment(`u-${name}`, body);
  return { name: `urls-link-${name}`, family, files: d.files, expect: { ok: true }, site: { page: d.page, text } };
}

export const cases: HostileCase[] = [
  repo('javascript', 'javascript:alert(1)', ['unsafe-url']),
  repo('javascript-comment', 'javascript://example.com/%0aalert(1)', ['unsafe-url']),
  repo('data', 'data:text/html,<script>alert(1)</script>', ['unsafe-url']),
  repo('vbscript', 'vbscript:msgbox(1)', ['unsafe-url']),
  repo('tab-split', 'java\tscript:alert(1)', ['unsafe-url']),
  repo('leading-space', ' javascript:alert(1)', ['unsafe-url']),
  repo('upper-case', 'HTTPS://example.com/acme', ['unsafe-url']),
  // Not an address at all to the schema: refused as a value, with the address quoted.
  repo('relative', '/acme/okrs', ['invalid-value']),
  repo('protocol-relative', '//evil.example/acme', ['invalid-value']),
  repo('no-scheme', 'example.com/acme', ['invalid-value']),
  repo('mailto', 'mailto:a@example.com', ['unsafe-url']),
  repo('ftp', 'ftp://example.com/acme', ['unsafe-url']),
  repo('file', 'file:///etc/passwd', ['unsafe-url']),
  {
    // https with a quote and markup: a valid address; the page escapes it in the attribute.
    name: 'urls-repository-quote-markup', family,
    files: { [SETTINGS]: base(SETTINGS).replace(REPO, `  url: ${q('https://example.com/a"><img src=x onerror=alert(1)>')}`) },
    expect: { ok: true },
  },
  link('tab-entity', '[看板](java&#9;script:alert(1))', ['unsafe-url']),
  link('newline-entity', '[看板](java&#x0A;script:alert(1))', ['unsafe-url']),
  link('nul-entity', '[看板](java&#0;script:alert(1))', ['unsafe-url']),
  link('data-uppercase', '[看板](DATA:text/html,hi)', ['unsafe-url']),
  link('image-javascript', '![图](javascript:alert(1))', ['unsafe-url']),
  link('image-mailto', '![图](mailto:a@example.com)', ['unsafe-url']),
  linkOk('fragment-javascript', '[xq-frag 看板](#javascript:alert(1))', 'xq-frag 看板'),
  linkOk('query-javascript', '[xq-query 看板](/?next=javascript:alert(1))', 'xq-query 看板'),
  linkOk('fullwidth-colon', '[xq-fw 看板](javascript：alert(1))', 'xq-fw 看板'),
  linkOk('traversal', '[xq-trav 文件](../../../etc/passwd)', 'xq-trav 文件'),
  linkOk('title-breakout', '[xq-title 看板](/2026/ "t\\" onmouseover=\\"alert(1)")', 'xq-title 看板'),
  linkOk('mailto', '[xq-mail 写信](mailto:a@example.com?subject=<script>)', 'xq-mail 写信'),
];
