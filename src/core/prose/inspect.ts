import type { Element, Nodes as HastNodes, Properties } from 'hast';
import type { Schema } from 'hast-util-sanitize';
import { find, html } from 'property-information';
import { checkUrl, IMAGE_SCHEMES, LINK_SCHEMES, showUrl, type UrlVerdict } from '../url-policy.ts';
import { msg, type Msg } from '../text.ts';
import type { ParsedBody } from './parse.ts';
import { BODY_SCHEMA } from './schema.ts';
import { firstDifference, sanitizeBody } from './sanitize.ts';

/**
 * Everything in a body the portal will not publish, each with its place and a fix: code (MDX ESM,
 * expressions, expression attributes), HTML the schema does not allow (elements, attributes, event
 * handlers), and addresses the URL policy refuses. It reports exactly what the sanitiser would remove:
 * a body with no problems comes out of sanitizeBody unchanged, and a difference the rules below did
 * not name is still reported (as body-html, at the first changed node), so nothing is dropped silently.
 */

export type BodyRule = 'body-code' | 'body-html' | 'unsafe-url';

export interface BodyProblem {
  rule: BodyRule;
  /** 1-based line and column in the body. */
  line: number;
  column: number;
  message: Msg;
}

interface Point { line: number; column: number; offset?: number }
/** Positions as parsers leave them: text the HTML parser made may lack a start. */
type At = { start?: Point } | undefined;
interface AnyNode {
  type: string;
  value?: unknown;
  url?: string;
  identifier?: string;
  label?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start?: Point } }[];
  children?: AnyNode[];
  data?: { estree?: { body: unknown[] } };
  position?: { start?: Point };
}

const TAGS = new Set(BODY_SCHEMA.tagNames);
const STRIP = new Set(BODY_SCHEMA.strip);
const PROTOCOLS = BODY_SCHEMA.protocols as Record<string, string[]>;

export function inspectBody(body: ParsedBody): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const push = (rule: BodyRule, at: At, message: Msg) =>
    problems.push({ rule, line: at?.start?.line ?? 1, column: at?.start?.column ?? 1, message });
  const markdownUrls = inspectMarkdown(body.mdast as unknown as AnyNode, push);
  inspectHtml(body.hast, markdownUrls, push);
  if (problems.length === 0) {
    const changed = firstDifference(body.hast, sanitizeBody(body.hast));
    if (changed) push('body-html', changed.position, msg(
      '这里的内容不在正文允许的 Markdown 与 HTML 之列，发布时会被去掉。请改用 docs/content-format.md 第 16 节列出的写法。',
      'This part of the body is not among the Markdown and HTML a body may use, and would be removed when published. Use what docs/content-format.md §16 lists.'));
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

type PropertyDefinition = NonNullable<Schema['attributes']>[string][number];
type Push = (rule: BodyRule, at: At, message: Msg) => void;

// ── Markdown and MDX: code, and the addresses of links, images and definitions ──────────────────

/** Reports code and Markdown addresses; returns the offsets of the links and images it checked. */
function inspectMarkdown(tree: AnyNode, push: Push): Set<number> {
  const checked = new Set<number>();
  const definitions: AnyNode[] = [];
  const imageRefs = new Set<string>();
  const visit = (node: AnyNode) => {
    const offset = node.position?.start?.offset;
    switch (node.type) {
      case 'mdxjsEsm':
        push('body-code', node.position, esmMessage(String(node.value ?? '')));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if ((node.data?.estree?.body.length ?? 0) > 0) push('body-code', node.position, expressionMessage(String(node.value ?? '')));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const a of node.attributes ?? []) {
          if (a.type === 'mdxJsxExpressionAttribute') push('body-code', a.position ?? node.position, attributeCodeMessage(node.name ?? '', `{${String(a.value)}}`));
          else if (a.value && typeof a.value === 'object') push('body-code', a.position ?? node.position, attributeCodeMessage(node.name ?? '', `${a.name}={${String((a.value as { value?: unknown }).value)}}`));
        }
        break;
      case 'link':
      case 'image': {
        const image = node.type === 'image';
        const verdict = checkUrl(node.url ?? '', image ? IMAGE_SCHEMES : LINK_SCHEMES);
        if (!verdict.ok) push('unsafe-url', node.position, urlMessage(image ? 'image' : 'link', node.url ?? '', verdict));
        if (offset !== undefined) checked.add(offset);
        break;
      }
      case 'linkReference':
      case 'imageReference':
        // The address is the definition's, reported there once.
        if (offset !== undefined) checked.add(offset);
        if (node.type === 'imageReference' && node.identifier) imageRefs.add(node.identifier);
        break;
      case 'definition':
        definitions.push(node);
        break;
      default:
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  for (const d of definitions) {
    const image = imageRefs.has(d.identifier ?? '');
    const verdict = checkUrl(d.url ?? '', image ? IMAGE_SCHEMES : LINK_SCHEMES);
    if (!verdict.ok) push('unsafe-url', d.position, urlMessage(image ? 'image' : 'link', d.url ?? '', verdict, d.label ?? d.identifier));
  }
  return checked;
}

// ── HTML (raw HTML in .md, JSX in .mdx, and what Markdown made): elements, attributes, addresses ─

function inspectHtml(node: HastNodes, markdownUrls: Set<number>, push: Push): void {
  if (node.type === 'element') {
    if (!TAGS.has(node.tagName)) {
      push('body-html', node.position, elementMessage(node.tagName));
      if (STRIP.has(node.tagName)) return;
    } else {
      inspectProperties(node, markdownUrls.has(node.position?.start?.offset ?? -1), push);
    }
  }
  if ('children' in node) for (const child of node.children) inspectHtml(child, markdownUrls, push);
}

function inspectProperties(node: Element, urlChecked: boolean, push: Push): void {
  const tag = node.tagName;
  if (tag === 'input') {
    if (!Object.entries(node.properties).every(([k, v]) => v === undefined || v === null || propertyAllowed(tag, k, v))
      || node.properties.type !== 'checkbox' || node.properties.disabled !== true) {
      push('body-html', node.position, msg(
        '<input> 只能是 Markdown 任务列表生成的只读勾选框。请写成列表项 "- [ ] 待办" 或 "- [x] 已完成"。',
        '<input> is only the read-only checkbox of a Markdown task list. Write a list item "- [ ] to do" or "- [x] done".'));
    }
    return;
  }
  for (const [key, value] of Object.entries(node.properties as Properties)) {
    if (value === undefined || value === null) continue;
    const attribute = find(html, key).attribute;
    if (!propertyAllowed(tag, key, value)) {
      push('body-html', node.position, /^on/i.test(attribute) ? eventHandlerMessage(tag, attribute) : attributeMessage(tag, attribute, value));
      continue;
    }
    const schemes = PROTOCOLS[key];
    if (schemes && !urlChecked && typeof value === 'string') {
      const verdict = checkUrl(value, schemes);
      if (!verdict.ok) push('unsafe-url', node.position, urlMessage({ tag, attribute }, value, verdict));
    }
  }
}

function definitionOf(tag: string, key: string): PropertyDefinition | undefined {
  return (BODY_SCHEMA.attributes?.[tag] ?? []).find((d) => (typeof d === 'string' ? d : d[0]) === key);
}

function propertyAllowed(tag: string, key: string, value: Properties[string]): boolean {
  const definition = definitionOf(tag, key);
  return definition !== undefined && valueAllowed(definition, value);
}

function valueAllowed(definition: PropertyDefinition, value: Properties[string]): boolean {
  if (typeof definition === 'string' || definition.length < 2) return true;
  const options = definition.slice(1);
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => options.some((o: unknown) => (o instanceof RegExp ? o.test(String(v)) : o === v)));
}

// ── Messages ────────────────────────────────────────────────────────────────────────────────────

const CONTENT_NOT_CODE = msg('正文是内容，不是程序，门户不会运行其中的代码', 'bodies are content, not code, and the portal never runs code from them');

function quote(text: string, max = 40): string {
  const line = text.trim().split('\n')[0];
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

function esmMessage(value: string): Msg {
  const what = /^\s*export\b/.test(value) ? 'export' : 'import';
  return msg(
    `正文里不能写 ${what}（这里是 "${quote(value)}"）：${CONTENT_NOT_CODE.zh}。请删除这一行；要指向别的页面，请写 Markdown 链接，例如 [市场部 OKR](/2026/market/)。`,
    `A body cannot ${what} ("${quote(value)}" here): ${CONTENT_NOT_CODE.en}. Delete the line; to point at another page, write a Markdown link such as [Marketing OKRs](/2026/market/).`);
}

function expressionMessage(value: string): Msg {
  const shown = `{${quote(value)}}`;
  return msg(
    `${shown} 是一段 JavaScript 表达式：${CONTENT_NOT_CODE.zh}。要写花括号本身，请在前面加反斜杠：\\${shown}；给编辑看的备注请写成 {/* … */}。`,
    `${shown} is a JavaScript expression: ${CONTENT_NOT_CODE.en}. For a literal brace put a backslash before it: \\${shown}; for a note to editors write {/* … */}.`);
}

function attributeCodeMessage(tag: string, written: string): Msg {
  return msg(
    `<${tag}> 的属性 ${quote(written)} 是 JavaScript 表达式：${CONTENT_NOT_CODE.zh}。正文里的 HTML 属性只能写成 名字="文字"（如 title="说明"）；请删除它或改成文字值。`,
    `The attribute ${quote(written)} of <${tag}> is a JavaScript expression: ${CONTENT_NOT_CODE.en}. HTML attributes in a body are plain text, name="text" (such as title="note"); delete it or give it a text value.`);
}

const WHY_NOT: { tags: string[]; why: Msg }[] = [
  { tags: ['script', 'noscript'], why: msg('它会在读者的浏览器里运行代码', "it would run code in every reader's browser") },
  { tags: ['style', 'link'], why: msg('它会改变整个页面的样式或加载别的文件', 'it would restyle the whole page or load other files') },
  { tags: ['iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'portal', 'svg', 'math', 'video', 'audio', 'canvas'],
    why: msg('它会把别的页面、插件或可以运行脚本的内容嵌进来', 'it would embed another page, a plug-in or content that can run scripts') },
  { tags: ['form', 'button', 'textarea', 'select', 'option', 'label', 'fieldset'], why: msg('表单会把读者输入的内容发到别处', 'a form would send what readers type elsewhere') },
  { tags: ['meta', 'base', 'head', 'title', 'html', 'body'], why: msg('它会改变页面的加载方式或去向', 'it would change how the page loads or where it goes') },
];

function elementMessage(tag: string): Msg {
  const component = /[A-Z.:]/.test(tag);
  const why = WHY_NOT.find((w) => w.tags.includes(tag))?.why
    ?? (component ? msg('门户不提供正文组件', 'the portal has no body components') : msg('它不在正文允许的 HTML 之列', 'it is not among the HTML a body may use'));
  const lower = tag.toLowerCase();
  const fix = component && TAGS.has(lower)
    ? msg(`HTML 标签请用小写：<${lower}>。`, `Write HTML tags in lowercase: <${lower}>.`)
    : msg('请删除它，或改用 Markdown。', 'Delete it, or use Markdown instead.');
  return msg(
    `正文里不能写 <${tag}>：${why.zh}。正文可用的 HTML 见 docs/content-format.md 第 16 节（details、summary、kbd、sub、sup、mark、abbr 等）。${fix.zh}`,
    `A body cannot contain <${tag}>: ${why.en}. The HTML a body may use is listed in docs/content-format.md §16 (details, summary, kbd, sub, sup, mark, abbr, …). ${fix.en}`);
}

function eventHandlerMessage(tag: string, attribute: string): Msg {
  return msg(
    `<${tag}> 的 ${attribute} 是事件处理属性：它会在读者的浏览器里运行代码。正文里的 HTML 不能带 on… 属性；请删除 ${attribute}="…"。`,
    `${attribute} on <${tag}> is an event handler: it would run code in every reader's browser. HTML in a body cannot carry on… attributes; delete ${attribute}="…".`);
}

/** Attributes only Markdown writes (footnotes, task lists, code languages): not offered to editors. */
const GENERATED_ONLY = /^(?:id|className|data[A-Z]|aria[A-Z])/;

/** The attributes an editor may write on `tag`, as messages list them: `align（left、center、right）`. */
function editorAttributes(tag: string): Msg[] {
  return (BODY_SCHEMA.attributes?.[tag] ?? []).flatMap((d) => {
    const key = typeof d === 'string' ? d : d[0];
    if (GENERATED_ONLY.test(key)) return [];
    const name = find(html, key).attribute;
    const values = typeof d === 'string' ? [] : d.slice(1).filter((v): v is string => typeof v === 'string');
    return [values.length ? msg(`${name}（${values.join('、')}）`, `${name} (${values.join(', ')})`) : msg(name, name)];
  });
}

function attributeMessage(tag: string, attribute: string, value: Properties[string]): Msg {
  const kept = editorAttributes(tag);
  const shown = typeof value === 'boolean' ? attribute : `${attribute}="${quote(Array.isArray(value) ? value.join(' ') : String(value), 30)}"`;
  const keeps = kept.length > 0
    ? msg(`正文里的 <${tag}> 只能带 ${kept.map((k) => k.zh).join('、')}`, `a <${tag}> in a body may carry only ${kept.map((k) => k.en).join(', ')}`)
    : msg(`正文里的 <${tag}> 不带任何属性`, `a <${tag}> in a body carries no attributes`);
  return msg(
    `<${tag}> 的属性 ${shown} 不允许：${keeps.zh}（不能写 id、class、style 等，页面的样式和锚点由门户决定）。请删除它。`,
    `The attribute ${shown} of <${tag}> is not allowed: ${keeps.en} (no id, class, style and the like: the portal owns the page's styles and anchors). Delete it.`);
}

type UrlPlace = 'link' | 'image' | { tag: string; attribute: string };

function urlMessage(place: UrlPlace, url: string, verdict: Exclude<UrlVerdict, { ok: true }>, definition?: string): Msg {
  const shown = `"${showUrl(url)}"`;
  const subject = definition !== undefined
    ? msg(`链接定义 [${definition}] 的地址 ${shown}`, `The address ${shown} of the link definition [${definition}]`)
    : place === 'link' ? msg(`链接地址 ${shown}`, `The link address ${shown}`)
      : place === 'image' ? msg(`图片地址 ${shown}`, `The image address ${shown}`)
        : msg(`<${place.tag}> 的 ${place.attribute} ${shown}`, `The ${place.attribute} ${shown} of <${place.tag}>`);
  const image = place === 'image' || (typeof place === 'object' && place.attribute === 'src');
  const rule = image
    ? msg('正文里的图片只能用 http:、https: 或相对地址', 'images in a body load only from http:, https: or relative addresses')
    : msg('正文里的链接只能用 http:、https:、mailto: 或相对地址（如 /2026/market/）', 'links in a body use only http:, https:, mailto: or relative addresses (such as /2026/market/)');
  return urlProblemMessage(subject, verdict, rule);
}

/** What is wrong with an address, and what to write instead: shared by bodies and settings.yaml. */
export function urlProblemMessage(subject: Msg, verdict: Exclude<UrlVerdict, { ok: true }>, rule: Msg,
  fix = msg('请改为网页地址或相对地址，或删除它。', 'Use a web or relative address instead, or delete it.')): Msg {
  const hidden = verdict.hidden
    ? msg('（其中夹着浏览器会忽略的空白或控制字符）', ' (with whitespace or control characters in it that browsers ignore)')
    : msg('', '');
  const what: Record<typeof verdict.problem, Msg> = {
    script: msg(`用的是 ${verdict.scheme}:${hidden.zh}，会在读者的浏览器里运行代码`, `uses ${verdict.scheme}:${hidden.en}, which runs code in the reader's browser`),
    data: msg(`用的是 data:${hidden.zh}，把内容直接装在地址里，可以藏进脚本或伪装成别的页面`, `uses data:${hidden.en}, which carries the content in the address itself and can hide a script or pose as another page`),
    scheme: msg(`用的是 ${verdict.scheme}:${hidden.zh}，门户不链接这类地址`, `uses ${verdict.scheme}:${hidden.en}, which the portal does not link to`),
    spelling: msg(`的协议没有写成 ${verdict.scheme}:${hidden.zh}`, `does not write its scheme as ${verdict.scheme}:${hidden.en}`),
    relative: msg('不是完整的网址', 'is not a full web address'),
  };
  const todo = verdict.problem === 'spelling'
    ? msg(`请改写为小写、中间没有空白的 ${verdict.scheme}:。`, `Write ${verdict.scheme}: in lowercase, with nothing inside it.`)
    : fix;
  return msg(`${subject.zh} ${what[verdict.problem].zh}：${rule.zh}。${todo.zh}`, `${subject.en} ${what[verdict.problem].en}: ${rule.en}. ${todo.en}`);
}
