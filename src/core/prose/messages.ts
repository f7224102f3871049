import type { Properties } from 'hast';
import { find, html } from 'property-information';
import { msg, type Msg } from '../text.ts';
import { showUrl, type UrlVerdict } from '../url-policy.ts';
import type { DeepNesting } from './limits.ts';
import { BODY_SCHEMA } from './schema.ts';

/** The words of the body checks (inspect.ts): what happened, why, and what to write instead. */

export const INPUT_MESSAGE = msg(
  '<input> 只能是 Markdown 任务列表生成的只读勾选框。请写成列表项 "- [ ] 待办" 或 "- [x] 已完成"。',
  '<input> is only the read-only checkbox of a Markdown task list. Write a list item "- [ ] to do" or "- [x] done".');

/** The backstop: something the sanitiser would change that no rule named (none is known). */
export const REMOVED_MESSAGE = msg(
  '这里的内容不在正文允许的 Markdown 与 HTML 之列，发布时会被去掉。请改用 docs/content-format.md 第 16 节列出的写法。',
  'This part of the body is not among the Markdown and HTML a body may use, and would be removed when published. Use what docs/content-format.md §16 lists.');

const CONTENT_NOT_CODE = msg('正文是内容，不是程序，门户不会运行其中的代码', 'bodies are content, not code, and the portal never runs code from them');

function quote(text: string, max = 40): string {
  const line = text.trim().split('\n')[0];
  const chars = [...line];
  return chars.length > max ? `${chars.slice(0, max - 1).join('')}…` : line;
}

export function esmMessage(value: string): Msg {
  const what = /^\s*export\b/.test(value) ? 'export' : 'import';
  return msg(
    `正文里不能写 ${what}（这里是 "${quote(value)}"）：${CONTENT_NOT_CODE.zh}。请删除这一行；要指向别的页面，请写 Markdown 链接，例如 [市场部 OKR](/2026/market/)。`,
    `A body cannot ${what} ("${quote(value)}" here): ${CONTENT_NOT_CODE.en}. Delete the line; to point at another page, write a Markdown link such as [Marketing OKRs](/2026/market/).`);
}

export function expressionMessage(value: string): Msg {
  const shown = `{${quote(value)}}`;
  return msg(
    `${shown} 是一段 JavaScript 表达式：${CONTENT_NOT_CODE.zh}。要写花括号本身，请在前面加反斜杠：\\${shown}；给编辑看的备注请写成 {/* … */}。`,
    `${shown} is a JavaScript expression: ${CONTENT_NOT_CODE.en}. For a literal brace put a backslash before it: \\${shown}; for a note to editors write {/* … */}.`);
}

export function attributeCodeMessage(tag: string, written: string): Msg {
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

export function elementMessage(tag: string): Msg {
  const component = /[A-Z.:]/.test(tag);
  const why = WHY_NOT.find((w) => w.tags.includes(tag))?.why
    ?? (component ? msg('门户不提供正文组件', 'the portal has no body components') : msg('它不在正文允许的 HTML 之列', 'it is not among the HTML a body may use'));
  const lower = tag.toLowerCase();
  const fix = component && BODY_SCHEMA.tagNames!.includes(lower)
    ? msg(`HTML 标签请用小写：<${lower}>。`, `Write HTML tags in lowercase: <${lower}>.`)
    : msg('请删除它，或改用 Markdown。', 'Delete it, or use Markdown instead.');
  return msg(
    `正文里不能写 <${tag}>：${why.zh}。正文可用的 HTML 见 docs/content-format.md 第 16 节（details、summary、kbd、sub、sup、mark、abbr 等）。${fix.zh}`,
    `A body cannot contain <${tag}>: ${why.en}. The HTML a body may use is listed in docs/content-format.md §16 (details, summary, kbd, sub, sup, mark, abbr, …). ${fix.en}`);
}

export function eventHandlerMessage(tag: string, attribute: string): Msg {
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

export function attributeMessage(tag: string, attribute: string, value: Properties[string]): Msg {
  const kept = editorAttributes(tag);
  const shown = typeof value === 'boolean' ? attribute : `${attribute}="${quote(Array.isArray(value) ? value.join(' ') : String(value), 30)}"`;
  const keeps = kept.length > 0
    ? msg(`正文里的 <${tag}> 只能带 ${kept.map((k) => k.zh).join('、')}`, `a <${tag}> in a body may carry only ${kept.map((k) => k.en).join(', ')}`)
    : msg(`正文里的 <${tag}> 不带任何属性`, `a <${tag}> in a body carries no attributes`);
  return msg(
    `<${tag}> 的属性 ${shown} 不允许：${keeps.zh}（不能写 id、class、style 等，页面的样式和锚点由门户决定）。请删除它。`,
    `The attribute ${shown} of <${tag}> is not allowed: ${keeps.en} (no id, class, style and the like: the portal owns the page's styles and anchors). Delete it.`);
}

export type UrlPlace = 'link' | 'image' | { tag: string; attribute: string };

export function urlMessage(place: UrlPlace, url: string, verdict: Exclude<UrlVerdict, { ok: true }>, definition?: string): Msg {
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

export function deepNestingMessage(found: DeepNesting): Msg {
  const notRead = msg('所以正文没有被读取', 'so the body was not read');
  switch (found.kind) {
    case 'container':
      return msg(`正文在这里嵌套了 ${found.depth} 层列表或引用，超过上限 ${found.limit} 层：这样深的嵌套没有读者能读懂，还会让检查和构建慢到停不下来，${notRead.zh}。请减少缩进层级，把内容拆成几个平级的列表，或改用小标题。`,
        `The body nests ${found.depth} lists or quotes deep here, more than the limit of ${found.limit}: no reader can follow that, and it would make the check and the build run for ever, ${notRead.en}. Indent fewer levels: split it into lists side by side, or use headings.`);
    case 'tag':
      return msg(`正文在这里嵌套了 ${found.depth} 层 HTML 元素，超过上限 ${found.limit} 层：这样深的嵌套会让检查和构建崩溃，${notRead.zh}。请删去多余的嵌套标签，并检查每个标签是否都有结束标签。`,
        `The body nests ${found.depth} HTML elements deep here, more than the limit of ${found.limit}: that would crash the check and the build, ${notRead.en}. Remove the extra nested tags, and check that every tag is closed.`);
    case 'bracket-depth':
      return msg(`正文在这里嵌套了 ${found.depth} 层方括号 [ ]，超过上限 ${found.limit} 层：链接和图片套得这样深会让检查和构建慢到停不下来，${notRead.zh}。请删去多余的 [，或写成 \\[ 表示方括号本身。`,
        `The body nests ${found.depth} square brackets [ ] deep here, more than the limit of ${found.limit}: links and images nested that deep make the check and the build run for ever, ${notRead.en}. Remove the extra [, or write \\[ for a literal bracket.`);
    case 'brackets':
      return msg(`正文的这一段有超过 ${found.limit} 个方括号 [：一段里的链接太多会让检查和构建慢到停不下来，${notRead.zh}。请用空行把它分成几段，或改成列表（每项一行）。`,
        `This paragraph of the body has more than ${found.limit} square brackets [: that many links in one paragraph make the check and the build run for ever, ${notRead.en}. Split it into paragraphs with blank lines, or make it a list (one item per line).`);
  }
}

/** The parser ran out of stack on a shape the nesting scan does not measure. */
export const TOO_COMPLEX_MESSAGE = msg(
  '正文的结构太复杂（嵌套过深），无法读取。请减少列表、引用、链接或 HTML 标签的嵌套层级。',
  'The body is too complex to read (it nests too deep). Nest fewer lists, quotes, links or HTML tags.');
