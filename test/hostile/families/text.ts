// Text fields: titles, names, notes written as markup, template syntax or Mermaid. They are text,
// shown as written (escaped in HTML, encoded in diagram labels): accepted, and rendered in the
// hostile site, where a browser proves nothing runs and the words are still there.
import { BSC, edit, ownDepartment, ownSet, q, SETTINGS, base, type HostileCase, type SetParts } from '../case.ts';

const family = 'text';

function inSet(name: string, parts: SetParts, text: string, where: 'set' | 'person' = 'set'): HostileCase {
  const s = ownSet(`t-${name}`, parts);
  return { name: `text-${name}`, family, files: s.files, expect: { ok: true }, site: { page: where === 'set' ? s.page : `/people/h-t-${name}/`, text } };
}

const SCRIPT = '<script>alert("xq-s")</script>';
const IMG = '"><img src=x onerror=alert("xq-i")>';

export const cases: HostileCase[] = [
  inSet('objective-script', { objective: `目标 ${SCRIPT}` }, SCRIPT),
  inSet('objective-img-breakout', { objective: `目标 ${IMG}` }, IMG),
  inSet('kr-svg', { kr: 'KR <svg onload=alert("xq-svg")>' }, '<svg onload=alert("xq-svg")>'),
  inSet('note-iframe', { note: '<iframe src="javascript:alert(`xq-if`)">' }, '<iframe src="javascript:alert(`xq-if`)">'),
  inSet('step-script', { step: `步骤 ${SCRIPT}` }, `步骤 ${SCRIPT}`),
  inSet('actions-img', { actions: `行动 ${IMG}` }, `行动 ${IMG}`),
  inSet('description-style', { description: '<style>body{display:none}</style>xq-style' }, '<style>body{display:none}</style>xq-style'),
  inSet('set-title-script', { title: `集 ${SCRIPT}` }, `集 ${SCRIPT}`),
  inSet('mustache', { objective: "{{constructor.constructor('alert(`xq-m`)')()}}" }, "{{constructor.constructor('alert(`xq-m`)')()}}"),
  inSet('template-literal', { objective: '${alert("xq-tl")} 目标' }, '${alert("xq-tl")} 目标'),
  inSet('astro-expression', { kr: '{alert("xq-astro")} 与 <Fragment set:html="<img src=x onerror=alert(1)>" />' }, '{alert("xq-astro")}'),
  inSet('mermaid-breakout', { objective: 'xq-mb"]-->evil["被注入的节点' }, 'xq-mb"]-->evil["被注入的节点'),
  inSet('mermaid-init', { objective: '%%{init: {"securityLevel": "loose"}}%% xq-init' }, '%%{init: {"securityLevel": "loose"}}%% xq-init'),
  inSet('mermaid-click', { objective: 'xq-click\nclick n0 call alert(1)' }, 'click n0 call alert(1)'),
  inSet('mermaid-click-href', { kr: 'xq-ch"]\nclick n1 href "javascript:alert(1)"' }, 'click n1 href "javascript:alert(1)"'),
  inSet('mermaid-entity', { objective: 'xq-ent #quot; #lt;script#gt; &lt;b&gt;' }, 'xq-ent #quot; #lt;script#gt; &lt;b&gt;'),
  inSet('mermaid-markdown-string', { objective: '`**xq-md**` 目标' }, '`**xq-md**` 目标'),
  inSet('backticks', { kr: '```js\nalert("xq-bt")\n```' }, 'alert("xq-bt")'),
  inSet('markdown-in-frontmatter', { objective: '**粗** [xq-link](javascript:alert(1)) ![x](x)' }, '**粗** [xq-link](javascript:alert(1)) ![x](x)'),
  inSet('html-entities-literal', { objective: '&lt;script&gt;xq-lit&lt;/script&gt;' }, '&lt;script&gt;xq-lit&lt;/script&gt;'),
  inSet('person-name-script', { name: '<script>alert("xq-pn")</script>' }, '<script>alert("xq-pn")</script>', 'person'),
  inSet('person-name-img', { name: '"><img src=x onerror=alert("xq-pi")>' }, '"><img src=x onerror=alert("xq-pi")>', 'person'),
  (() => {
    const d = ownDepartment('t-dept-name', '部门说明 xq-dn。\n', { name: '<b onmouseover=alert("xq-dn")>部</b>', mission: '<script>alert("xq-dm")</script>' });
    return { name: 'text-department-name-mission', family, files: d.files, expect: { ok: true }, site: { page: d.page, text: '<script>alert("xq-dm")</script>' } } satisfies HostileCase;
  })(),
  {
    name: 'text-bsc-fields-markup', family,
    files: { [BSC]: edit(BSC, 'definition: 扣除退款后的收入', `definition: ${q('<img src=x onerror=alert(1)> {{x}} %%{init:{}}%%')}`) },
    expect: { ok: true },
  },
  {
    name: 'text-company-name-markup', family,
    files: { [SETTINGS]: base(SETTINGS).replace('company: 示例公司', `company: ${q('</title><script>alert(1)</script>')}`) },
    expect: { ok: true },
  },
];
