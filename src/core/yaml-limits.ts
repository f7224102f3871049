import { isAlias, visit, type CST, type Document } from 'yaml';
import { msg, type Msg } from './text.ts';

/**
 * What the check reads safely. Content is untrusted (anyone can open a pull request), so a file that
 * would make the parser expand, recurse or read without bound is reported (`yaml-limits`), not read.
 */

/** Nesting of lists and maps; a real OKR file needs about 8 (objectives → KRs → measure → steps). */
export const MAX_DEPTH = 64;

/** The yaml library's limit on expanded aliases (its default), passed explicitly so it is ours. */
export const MAX_ALIAS_COUNT = 100;

/** settings.yaml `limits.maxFileBytes` when it does not say: 2 MB. */
export const DEFAULT_MAX_FILE_BYTES = 2_097_152;

/**
 * Where the YAML first nests deeper than `max` lists and maps, as an offset into its text. Walks the
 * parser's token tree with a stack of its own: the document's nodes are only built (recursively)
 * once this says the nesting is shallow enough.
 */
export function tooDeepAt(tokens: readonly CST.Token[], max = MAX_DEPTH): number | undefined {
  const stack: [CST.Token, number][] = tokens.map((t) => [t, 0]);
  let first: number | undefined;
  while (stack.length > 0) {
    const [token, depth] = stack.pop()!;
    if (token.type === 'document') {
      if (token.value) stack.push([token.value, depth]);
    } else if (token.type === 'block-map' || token.type === 'block-seq' || token.type === 'flow-collection') {
      if (depth + 1 > max) {
        first = Math.min(first ?? token.offset, token.offset);
        continue;
      }
      for (const item of token.items) {
        if (item.key) stack.push([item.key, depth + 1]);
        if (item.value) stack.push([item.value, depth + 1]);
      }
    }
  }
  return first;
}

/** The yaml library refuses to expand aliases past `maxAliasCount` by throwing this. */
export function isAliasBomb(error: unknown): boolean {
  return error instanceof ReferenceError && /alias count/i.test(error.message);
}

/** The offset and name of the document's first alias (`*a`), or its first alias of `name`. */
export function firstAlias(doc: Document, name?: string): { offset: number; name: string } | undefined {
  let found: { offset: number; name: string } | undefined;
  visit(doc, {
    Alias(_, node) {
      if (!isAlias(node) || (name !== undefined && node.source !== name)) return undefined;
      found = { offset: node.range?.[0] ?? 0, name: node.source };
      return visit.BREAK;
    },
  });
  return found;
}

export function aliasBombMessage(alias: string): Msg {
  return msg(
    `这个文件的 YAML 别名（*${alias}）展开后过大（别名炸弹）：检查器不会展开它，整个文件没有被读取。请不要用 & 和 * 复制内容，把要重复的内容直接写出来。`,
    `The YAML aliases of this file (*${alias}) expand to too much (an alias bomb): the check does not expand them, and the file is not read. Do not copy content with & and *; write out what repeats.`,
  );
}

export function tooDeepMessage(line: number): Msg {
  return msg(
    `YAML 从第 ${line} 行起嵌套超过 ${MAX_DEPTH} 层（列表和字段一层套一层）：检查器不会读这么深的内容，整个文件没有被读取。内容文件只需要几层；请检查这里是否多写了 [ 或 {，或缩进一直在增加。`,
    `From line ${line} the YAML nests more than ${MAX_DEPTH} levels of lists and fields: the check does not read that deep, and the file is not read. A content file needs a few levels; check for stray [ or {, or indentation that keeps growing.`,
  );
}

/** `2 MB`, `3.1 MB`, `1.5 KB`, `900 字节`. */
export function formatBytes(bytes: number): Msg {
  const unit = (n: number, size: number) => `${Number((n / size).toFixed(1))}`;
  if (bytes >= 1024 * 1024) return msg(`${unit(bytes, 1024 * 1024)} MB`, `${unit(bytes, 1024 * 1024)} MB`);
  if (bytes >= 1024) return msg(`${unit(bytes, 1024)} KB`, `${unit(bytes, 1024)} KB`);
  return msg(`${bytes} 字节`, `${bytes} bytes`);
}

export function tooLargeMessage(bytes: number, limit: number): Msg {
  const size = formatBytes(bytes);
  const max = formatBytes(limit);
  return msg(
    `文件有 ${size.zh}，超过上限 ${max.zh}（settings.yaml limits.maxFileBytes）：它没有被读取。请把内容拆成几个文件（例如每个负责方一份 OKR），或删去粘贴进来的大段文字；确实需要时可在 settings.yaml 调高 limits.maxFileBytes。`,
    `The file is ${size.en}, over the limit of ${max.en} (settings.yaml limits.maxFileBytes): it is not read. Split it into several files (one OKR set per owner, for instance) or remove large pasted text; raise limits.maxFileBytes in settings.yaml if you really need to.`,
  );
}

export function unexpectedFailureMessage(error: unknown): Msg {
  const reason = error instanceof Error ? error.message.split('\n')[0] : String(error);
  return msg(
    `检查器读取这个文件时出了意外的错误（${reason}）：整个文件没有被读取，其他文件照常检查。请检查这个文件是否有异常的写法，并把它报告给门户的维护者。`,
    `The check failed unexpectedly while reading this file (${reason}): the file is not read; the other files are checked as usual. Look for anything unusual in it, and report it to the portal's maintainers.`,
  );
}

export function secondDocumentMessage(line: number, marker: string): Msg {
  return msg(
    `这个文件从第 ${line} 行起是第二个 YAML 文档，而一个内容文件只能有一个。请删除第 ${line} 行的 ${marker}，或把其后的内容移到单独的文件。`,
    `This file holds a second YAML document from line ${line}; a content file holds one. Remove the ${marker} on line ${line} or move the rest into its own file.`,
  );
}

/**
 * Where a second document with content starts: the `---` that opens it, or the `...` that ended the
 * first. An empty one (a stray `---` at the end) loses nothing and is not reported.
 */
export function secondDocumentAt(tokens: readonly CST.Token[]): { offset: number; marker: string } | undefined {
  let index = -1;
  let lastEnd: CST.Token | undefined;
  for (const token of tokens) {
    if (token.type === 'doc-end') lastEnd = token;
    if (token.type !== 'document') continue;
    index++;
    if (index === 0 || !token.value) continue;
    const start = token.start.find((t) => t.type === 'doc-start');
    if (start) return { offset: start.offset, marker: '---' };
    if (lastEnd) return { offset: lastEnd.offset, marker: '...' };
    return { offset: token.offset, marker: '---' };
  }
  return undefined;
}
