import remarkGfm from 'remark-gfm';
import remarkMdx from 'remark-mdx';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import type { Located } from '../model.ts';
import { findMentionTokens, matchMention } from '../mentions.ts';
import type { ParsedFile } from '../source.ts';
import { didYouMean, join, msg } from '../text.ts';
import { personLabel, type Directory } from './directory.ts';
import type { Reporter } from './reporter.ts';

interface MdNode {
  type: string;
  value?: string;
  children?: MdNode[];
  position?: { start: { line: number; column: number } };
}

const SKIP = new Set(['code', 'inlineCode', 'html', 'mdxFlowExpression', 'mdxTextExpression', 'mdxjsEsm']);

/**
 * Parse a Markdown/MDX body the way editors wrote it: report MDX syntax errors with their place, and
 * check that every @提及 in the prose resolves to exactly one person.
 */
export function checkBody(file: ParsedFile, rep: Reporter, dir: Directory): void {
  if (!file.body.trim()) return;
  const processor = unified().use(remarkParse).use(remarkGfm);
  if (file.path.endsWith('.mdx')) processor.use(remarkMdx);
  let tree: MdNode;
  try {
    tree = processor.parse(file.body) as MdNode;
  } catch (error) {
    const e = error as { reason?: string; message: string; line?: number; column?: number };
    rep.push({
      file: file.path, line: (e.line ?? 1) + file.bodyLine - 1, col: e.column ?? 1, severity: 'error', rule: 'mdx-syntax',
      message: msg(`正文无法按 MDX 解析：${e.reason ?? e.message}。在 MDX 中，< 和 { 有特殊含义；正文里需要字面字符时请写成 \\< 或 \\{。`,
        `The body cannot be parsed as MDX: ${e.reason ?? e.message}. In MDX, < and { start markup; escape them as \\< and \\{ in prose.`),
    });
    return;
  }
  walk(tree, (node) => {
    const start = node.position?.start;
    if (!start || !node.value) return;
    for (const { index, token } of findMentionTokens(node.value)) {
      const before = node.value.slice(0, index);
      const nl = before.lastIndexOf('\n');
      const line = start.line + (before.match(/\n/g)?.length ?? 0) + file.bodyLine - 1;
      const col = nl < 0 ? start.column + index : index - nl;
      reportMention(token, { file: file.path, line, col }, rep, dir);
    }
  });
}

/** Mentions inside a frontmatter text field (actions, notes) are checked the same way. */
export function checkTextMentions(text: string | undefined, src: Located, field: (string | number)[], rep: Reporter, dir: Directory): void {
  if (!text) return;
  const file = rep.file(src.file);
  const pos = file?.locate([...src.path, ...field]) ?? { line: 1, col: 1 };
  for (const { token } of findMentionTokens(text)) reportMention(token, { file: src.file, ...pos }, rep, dir);
}

function reportMention(token: string, at: { file: string; line: number; col: number }, rep: Reporter, dir: Directory): void {
  const match = matchMention(token, dir.lookup);
  if (match.kind === 'person') return;
  if (match.kind === 'unknown' && [...token].some((_, i) => dir.isBroken([...token].slice(0, i + 1).join('')))) return;
  if (match.kind === 'ambiguous') {
    const who = match.ids.map((id) => personLabel(dir.people.get(id)!));
    rep.push({ ...at, severity: 'error', rule: 'ambiguous-person', message: msg(
      `@${token.slice(0, match.length)} 可能指 ${who.join('、')}。请改写为 @${match.ids[0]} 这样的 id。`,
      `@${token.slice(0, match.length)} could mean ${who.join(' or ')}. Write the id instead, e.g. @${match.ids[0]}.`) });
    return;
  }
  rep.push({ ...at, severity: 'error', rule: 'unknown-person', message: join(
    msg(`提及 @${token} 找不到对应的人员。`, `The mention @${token} matches no person.`),
    didYouMean(dir.suggestPeople(token)),
    msg('若不是提及，请把它放进反引号：`@…`。', 'If it is not a mention, put it in backticks: `@…`.'),
  ) });
}

function walk(node: MdNode, visit: (node: MdNode) => void): void {
  if (SKIP.has(node.type)) return;
  if (node.type === 'text') visit(node);
  for (const child of node.children ?? []) walk(child, visit);
}
