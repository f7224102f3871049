import { CST, Composer, LineCounter, Parser, isMap, isScalar, isSeq, visit, type Document, type Node as YamlNode } from 'yaml';
import type { Diagnostic, Position } from './diagnostics.ts';
import { msg, type Msg } from './text.ts';
import { quickYamlData } from './quick-yaml.ts';
import { explainYamlError, unclosedMessage, undefinedAliasMessage } from './yaml-errors.ts';
import { aliasBombMessage, firstAlias, isAliasBomb, MAX_ALIAS_COUNT, secondDocumentAt, secondDocumentMessage, tooDeepAt, tooDeepMessage } from './yaml-limits.ts';

/** A content file as read from disk: path relative to the content folder, text as UTF-8. */
export interface SourceFile {
  path: string;
  /** The bytes read as UTF-8 (a malformed sequence reads as U+FFFD). */
  text: string;
  /**
   * The bytes as read, when they may not be UTF-8 (the reader attaches them then): the loader reports
   * where and why (encoding.ts). A copy with edited text must leave them out.
   */
  bytes?: Uint8Array;
}

export type FieldPath = readonly (string | number)[];

/** A content file split into its data (YAML or frontmatter) and its Markdown body, with positions. */
export interface ParsedFile {
  path: string;
  data: unknown;
  /** Markdown body after the frontmatter; empty for YAML files. */
  body: string;
  /** 1-based line in the file where the body starts. */
  bodyLine: number;
  /** Where a field lives in the file: its value, or its key. Falls back to the nearest existing parent. */
  locate(path: FieldPath, part?: 'key' | 'value'): Position;
  /** The YAML as parsed: the whole file, or a Markdown file's frontmatter (BOM removed, line ends \n). */
  yaml: string;
  /** The place in the file of an offset into `yaml`. */
  positionAt(offset: number): Position;
  /** Where the value at `path` is written, as offsets into `yaml` (end exclusive); undefined when it is not written. */
  valueRange(path: FieldPath): [number, number] | undefined;
}

export function isMarkdownPath(path: string): boolean {
  return /\.mdx?$/.test(path);
}

/** `quick: false` reads positions at once, with the full parser only (the tests compare the two ways). */
export function parseFile(file: SourceFile, { quick = true } = {}): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const text = file.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  const split = isMarkdownPath(file.path) ? splitFrontmatter(file.path, text) : { ok: true as const, yaml: text, lineOffset: 0, body: '', bodyLine: 1 };
  if (!split.ok) return { diagnostics: [split.diagnostic] };
  const data = quick ? quickYamlData(split.yaml) : undefined;
  return data === undefined ? parseWithPositions(file.path, split) : { parsed: positionsOnDemand(file.path, split, data), diagnostics: [] };
}

interface Split { yaml: string; lineOffset: number; body: string; bodyLine: number }

/**
 * A file the quick reader took: its data now, its positions (the full parse) only when something asks
 * where a field is, which is when there is something to report about it or a page links to a line.
 */
function positionsOnDemand(path: string, split: Split, data: unknown): ParsedFile {
  let full: ParsedFile | undefined;
  const positions = (): ParsedFile => {
    full ??= parseWithPositions(path, split).parsed;
    if (!full) throw new Error(`${path}: the quick YAML reader accepted a file the full parser rejects (src/core/quick-yaml.ts)`);
    return full;
  };
  return {
    path, data, body: split.body, bodyLine: split.bodyLine, yaml: split.yaml,
    locate: (at, part) => positions().locate(at, part),
    positionAt: (offset) => positions().positionAt(offset),
    valueRange: (at) => positions().valueRange(at),
  };
}

function parseWithPositions(path: string, split: Split): { parsed?: ParsedFile; diagnostics: Diagnostic[] } {
  const lineCounter = new LineCounter();
  const at = (offset: number): Position => {
    const { line, col } = lineCounter.linePos(offset);
    return { line: line + split.lineOffset, col };
  };
  const limit = (offset: number, message: Msg): Diagnostic => ({ file: path, ...at(offset), severity: 'error', rule: 'yaml-limits', message });

  // Tokens first (the parser keeps its own stack), so nesting too deep for the recursive steps after
  // it is refused before they run.
  const tokens = [...new Parser(lineCounter.addNewLine).parse(split.yaml)];
  const deep = tooDeepAt(tokens);
  if (deep !== undefined) return { diagnostics: [limit(deep, tooDeepMessage(at(deep).line))] };

  const [doc] = new Composer().compose(tokens, true, split.yaml.length);
  // The first error explains the rest: YAML errors after it are mostly its echoes.
  const diagnostics = [...doc.errors.slice(0, 1), ...doc.warnings].map((e): Diagnostic => {
    const reason = e.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
    const error = doc.errors.includes(e as never);
    // The parser notices a quote or bracket left open where the file ends or the next field starts; the
    // editor needs the line that opened it.
    const open = error ? unclosedAt(tokens, e.pos[0]) : undefined;
    return {
      file: path,
      ...at(open?.offset ?? e.pos[0]),
      severity: error ? 'error' : 'warning',
      rule: 'yaml-syntax',
      message: open
        ? unclosedMessage(open.opener)
        : error
          ? explainYamlError(e.code, reason)
          : msg(`YAML 提示：${reason}。内容仍可读取，但请检查这里的写法。`, `YAML notice: ${reason}. The file can still be read, but check this spot.`),
    };
  });
  if (doc.errors.length > 0) return { diagnostics };
  const second = secondDocumentAt(tokens);
  if (second) {
    const message = secondDocumentMessage(at(second.offset).line, second.marker);
    return { diagnostics: [...diagnostics, { file: path, ...at(second.offset), severity: 'error', rule: 'yaml-syntax', message }] };
  }

  keepSignedTargets(doc);
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: MAX_ALIAS_COUNT }) ?? {};
  } catch (error) {
    const undefinedAlias = error instanceof ReferenceError && /^Unresolved alias/.test(error.message);
    if (!isAliasBomb(error) && !undefinedAlias) throw error;
    const alias = firstAlias(doc) ?? { offset: 0, name: '' };
    if (undefinedAlias) {
      const missing = /: (\S+)$/.exec(error.message)?.[1] ?? alias.name;
      const where = firstAlias(doc, missing) ?? alias;
      return { diagnostics: [...diagnostics, { file: path, ...at(where.offset), severity: 'error', rule: 'yaml-syntax', message: undefinedAliasMessage(missing) }] };
    }
    return { diagnostics: [...diagnostics, limit(alias.offset, aliasBombMessage(alias.name))] };
  }
  const locate = (field: FieldPath, part: 'key' | 'value' = 'value'): Position => at(findOffset(doc, field, part));
  return {
    parsed: {
      path, data, body: split.body, bodyLine: split.bodyLine, locate,
      yaml: split.yaml, positionAt: at, valueRange: (field) => findValueRange(doc, field),
    },
    diagnostics,
  };
}

function splitFrontmatter(path: string, text: string) {
  const lines = text.split('\n');
  if (lines[0].trim() !== '---') {
    return {
      ok: false as const,
      diagnostic: fileError(path, 1, msg(
        '缺少 frontmatter：Markdown 内容文件必须以一行 --- 开头，随后是 YAML 字段，再以一行 --- 结束。',
        'Missing frontmatter: a Markdown content file must start with a line "---", then the YAML fields, then a closing "---".',
      )),
    };
  }
  const close = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (close < 0) {
    return {
      ok: false as const,
      diagnostic: fileError(path, 1, msg(
        'frontmatter 没有结束：第 1 行的 --- 之后找不到作为结束的 --- 行。请在字段后加一行 ---。',
        'The frontmatter is never closed: no "---" line follows the one on line 1. Add a "---" line after the fields.',
      )),
    };
  }
  return {
    ok: true as const,
    yaml: lines.slice(1, close).join('\n'),
    lineOffset: 1,
    body: lines.slice(close + 1).join('\n'),
    bodyLine: close + 2,
  };
}

function fileError(file: string, line: number, message: Diagnostic['message']): Diagnostic {
  return { file, line, col: 1, severity: 'error', rule: 'frontmatter', message };
}

function findOffset(doc: Document, path: FieldPath, part: 'key' | 'value'): number {
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  let best = node?.range?.[0] ?? 0;
  for (let i = 0; i < path.length; i++) {
    const step = path[i];
    const last = i === path.length - 1;
    if (isMap(node)) {
      const pair = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step));
      if (!pair) return best;
      const key = pair.key as YamlNode;
      const value = pair.value as YamlNode | null;
      if (last && part === 'key') return key.range?.[0] ?? best;
      best = (value?.range?.[0] ?? key.range?.[0]) ?? best;
      if (!value) return key.range?.[0] ?? best;
      node = value;
    } else if (isSeq(node) && typeof step === 'number') {
      const item = node.items[step] as YamlNode | undefined;
      if (!item) return best;
      best = item.range?.[0] ?? best;
      node = item;
    } else {
      return best;
    }
  }
  return best;
}

function findValueRange(doc: Document, path: FieldPath): [number, number] | undefined {
  let node: YamlNode | null | undefined = doc.contents as YamlNode | null;
  for (const step of path) {
    if (isMap(node)) node = node.items.find((p) => isScalar(p.key) && String(p.key.value) === String(step))?.value as YamlNode | null | undefined;
    else if (isSeq(node) && typeof step === 'number') node = node.items[step] as YamlNode | undefined;
    else return undefined;
  }
  return node?.range ? [node.range[0], node.range[1]] : undefined;
}

/**
 * `target: +5` and `target: -3` mean a change relative to the baseline, but YAML reads them as the
 * plain numbers 5 and -3. Keep the sign as written, so the target schema sees "+5" and "-3".
 */
function keepSignedTargets(doc: Document): void {
  visit(doc, {
    Pair(_, pair) {
      const value = pair.value;
      if (isScalar(pair.key) && pair.key.value === 'target' && isScalar(value) && typeof value.value === 'number' && /^[+-]/.test(value.source ?? '')) {
        value.value = value.source;
      }
    },
  });
}

const CLOSERS: Record<string, string> = { '"': '"', "'": "'", '[': ']', '{': '}' };

/** The first quoted value or flow collection (`[`, `{`) before `before` that is never closed. */
function unclosedAt(tokens: readonly CST.Token[], before: number): { offset: number; opener: string } | undefined {
  let found: { offset: number; opener: string } | undefined;
  const check = (token: CST.Token | undefined) => {
    if (!token || found || token.offset >= before) return;
    if (token.type === 'double-quoted-scalar' || token.type === 'single-quoted-scalar') {
      const quote = token.source[0];
      const body = token.source.slice(1).replace(quote === "'" ? /''/g : /\\./g, '');
      if (!body.includes(quote)) found = { offset: token.offset, opener: quote };
    } else if (token.type === 'flow-collection') {
      const opener = token.start.source;
      if (!token.end.some((t) => t.source === CLOSERS[opener])) found = { offset: token.offset, opener };
    }
  };
  for (const token of tokens) {
    if (token.type !== 'document') continue;
    check(token.value);
    CST.visit(token, ({ key, value }) => {
      check(key ?? undefined);
      check(value ?? undefined);
      return found ? CST.visit.BREAK : undefined;
    });
  }
  return found;
}
