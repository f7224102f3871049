import type { Bsc, Department, Located, OkrSet } from '../model.ts';
import { findMentions, personPrefix, resolveMention, type MentionToken } from '../mentions.ts';
import { BodySyntaxError, deepNestingMessage, findDeepNesting, inspectBody, isMdxPath, isPlainProse, isSimpleMarkdown, mentionTexts, parseBody, TOO_COMPLEX_MESSAGE, type BodyProblem, type ParsedBody } from '../prose/index.ts';
import type { FieldPath, ParsedFile } from '../source.ts';
import { didYouMean, join, msg, type Msg } from '../text.ts';
import { personLabel, type Directory } from './directory.ts';
import type { Reporter } from './reporter.ts';

type Where = 'body' | 'field';

/**
 * Parse a Markdown/MDX body the way pages read it (prose/parse.ts): report MDX syntax errors with
 * their place; code, HTML and addresses the portal does not publish (prose/inspect.ts); and every
 * @提及, at the line and column of its @, in exactly the text the page links.
 */
export function checkBody(file: ParsedFile, rep: Reporter, dir: Directory): void {
  const mdx = isMdxPath(file.path);
  if (!file.body.trim() || isPlainProse(file.body, { mdx })) return;
  const at = (line: number, col: number) => ({ file: file.path, line: line + file.bodyLine - 1, col });
  const deep = findDeepNesting(file.body, { mdx });
  if (deep) {
    rep.push({ ...at(deep.line, deep.column), severity: 'error', rule: 'body-limits', message: deepNestingMessage(deep) });
    return;
  }
  // Headings, bullets and text with mentions (every weekly report): nothing to parse for, mentions where they are written.
  if (isSimpleMarkdown(file.body, { mdx })) {
    for (const m of findMentions(file.body)) reportBodyMention(file, m, m.index, rep, dir);
    return;
  }
  let body: ParsedBody;
  let problems: BodyProblem[];
  try {
    body = parseBody(file.body, { mdx });
    problems = inspectBody(body);
  } catch (error) {
    if (error instanceof BodySyntaxError) {
      rep.push({
        ...at(error.line, error.column), severity: 'error', rule: 'mdx-syntax',
        message: msg(`正文无法按 MDX 解析：${error.reason}。在 MDX 中，< 和 { 有特殊含义；正文里需要字面字符时请写成 \\< 或 \\{。`,
          `The body cannot be parsed as MDX: ${error.reason}. In MDX, < and { start markup; escape them as \\< and \\{ in prose.`),
      });
      return;
    }
    // Out of stack on a shape the nesting scan does not measure: refuse the body, never crash the check.
    if (!(error instanceof RangeError)) throw error;
    rep.push({ ...at(1, 1), severity: 'error', rule: 'body-limits', message: TOO_COMPLEX_MESSAGE });
    return;
  }
  for (const p of problems) rep.push({ ...at(p.line, p.column), severity: 'error', rule: p.rule, message: p.message });
  checkBodyMentions(file, body, rep, dir);
}

function checkBodyMentions(file: ParsedFile, body: ParsedBody, rep: Reporter, dir: Directory): void {
  for (const { mention, offset } of parsedBodyMentions(file.body, body)) reportBodyMention(file, mention, offset, rep, dir);
}

/** Each @提及 of a parsed body's text (not in code), with its offset in the body's source. */
export function parsedBodyMentions(source: string, body: ParsedBody): { mention: MentionToken; offset: number }[] {
  const out: { mention: MentionToken; offset: number }[] = [];
  let previousEnd = 0;
  for (const node of mentionTexts(body.hast)) {
    const pos = node.position;
    // Text the parser made (a task item's text after its checkbox) may have no start; its mentions
    // are in the source all the same, so search from the end of the previous node.
    if (!pos?.start && !pos?.end) continue;
    let from = pos.start?.offset ?? previousEnd;
    for (const m of findMentions(node.value)) {
      // The node's value has escapes resolved; find the mention in the source to get its exact column.
      const at = source.indexOf(m.text, from);
      const offset = at >= 0 && (pos.end?.offset === undefined || at < pos.end.offset) ? at : from;
      from = offset + m.text.length;
      out.push({ mention: m, offset });
    }
    previousEnd = pos.end?.offset ?? from;
  }
  return out;
}

function reportBodyMention(file: ParsedFile, m: MentionToken, offset: number, rep: Reporter, dir: Directory): void {
  const before = file.body.slice(0, offset);
  const nl = before.lastIndexOf('\n');
  const line = (before.match(/\n/g)?.length ?? 0) + file.bodyLine;
  reportMention(m, { file: file.path, line, col: offset - nl }, 'body', rep, dir);
}

/** Mentions inside a frontmatter text field (titles, actions, notes) are checked the same way, at the field. */
export function checkTextMentions(text: string | undefined, src: Located, field: FieldPath, rep: Reporter, dir: Directory): void {
  if (!text) return;
  const mentions = findMentions(text);
  if (mentions.length === 0) return;
  const pos = rep.file(src.file)?.locate([...src.path, ...field]) ?? { line: 1, col: 1 };
  for (const m of mentions) reportMention(m, { file: src.file, ...pos }, 'field', rep, dir);
}

/** Every frontmatter text field a page shows with its mentions linked. */
export function checkFieldMentions(content: { sets: OkrSet[]; bscs: Bsc[]; departments: Department[] }, rep: Reporter, dir: Directory): void {
  const check = (text: string | undefined, src: Located, field: FieldPath) => checkTextMentions(text, src, field, rep, dir);
  const checkins = (list: { note?: string; risks?: string; next?: string }[], src: Located) => list.forEach((c, i) => {
    for (const f of ['note', 'risks', 'next'] as const) check(c[f], src, ['checkins', i, f]);
  });
  for (const d of content.departments) check(d.mission, d.src, ['mission']);
  for (const bsc of content.bscs) {
    for (const m of bsc.metrics) {
      check(m.definition, m.src, ['definition']);
      check(m.rationale, m.src, ['rationale']);
      checkins(m.checkins, m.src);
    }
  }
  for (const set of content.sets) {
    for (const o of set.objectives) {
      check(o.title, o.src, ['title']);
      check(o.description, o.src, ['description']);
      for (const kr of o.keyResults) {
        check(kr.title, kr.src, ['title']);
        check(kr.actions, kr.src, ['actions']);
        if (kr.measure?.type === 'milestone') kr.measure.steps.forEach((s, i) => check(s.title, kr.src, ['measure', 'steps', i, 'title']));
        checkins(kr.checkins, kr.src);
        check(kr.selfAssessment?.note, kr.src, ['selfAssessment', 'note']);
      }
    }
  }
}

function reportMention(m: MentionToken, at: { file: string; line: number; col: number }, where: Where, rep: Reporter, dir: Directory): void {
  const match = resolveMention(m.name, dir.lookup);
  if (match.kind === 'person') return;
  if (match.kind === 'ambiguous') {
    const who = match.ids.map((id) => personLabel(dir.people.get(id)!));
    rep.push({ ...at, severity: 'error', rule: 'ambiguous-person', message: msg(
      `${m.text} 可能指 ${who.join('、')}。请改写为 @${match.ids[0]} 这样的 id。`,
      `${m.text} could mean ${who.join(' or ')}. Write the id instead, e.g. @${match.ids[0]}.`) });
    return;
  }
  // A person whose file failed validation is reported there; the mention would only echo it.
  if (dir.isBroken(m.name)) return;
  rep.push({ ...at, severity: 'warning', rule: 'unknown-mention', message: unknownMentionMessage(m, where, dir) });
}

function unknownMentionMessage(m: MentionToken, where: Where, dir: Directory): Msg {
  const prefix = personPrefix(m.name, dir.lookup);
  const rest = prefix ? m.name.slice(prefix.name.length) : '';
  const hint = prefix
    ? msg(`若指的是 ${personLabel(dir.people.get(prefix.id)!)}，请在名字后加空格或标点：@${prefix.name} ${rest}。`,
      `If you meant ${personLabel(dir.people.get(prefix.id)!)}, end the name with a space or punctuation: @${prefix.name} ${rest}.`)
    : didYouMean(dir.suggestPeople(m.name));
  return join(
    msg(`提及 ${m.text} 不是任何人的 id、姓名或别名（@提及 按完整的名字匹配），页面上显示为"未找到此人"的标记文字。`,
      `The mention ${m.text} is no one's id, name or alias (a mention matches a whole name), so the page marks it as "no such person".`),
    hint,
    // A name run into the next word is a slip, not a role: the hint above is the whole fix.
    prefix ? msg('', '') : where === 'body'
      ? msg('若写的是职务或角色（如 @产品主管），可以保留；若不是提及，请放进反引号：`@…`。', 'A role (like @产品主管) may stay as it is; if it is not a mention, put it in backticks: `@…`.')
      : msg('若写的是职务或角色（如 @产品主管），可以保留。', 'A role (like @产品主管) may stay as it is.'),
  );
}
