import type { Span } from '../model.ts';
import type { FieldPath, ParsedFile } from '../source.ts';

/**
 * Where the YAML at `path` is written: from its first character to the first character of whatever
 * follows it (the next list item, the next field, or the next field of an enclosing object); the
 * closing `---` ends the last item of a Markdown file's frontmatter. Positions, not lines, so items
 * written on one line (`[{ id: kr1 }, { id: kr2 }]`) still get spans of their own.
 */
/**
 * The span of `path`, found when first read: finding it takes the file's positions, which the quick
 * reader (quick-yaml.ts) leaves for later, so a check that reports nothing about a file never reads them.
 */
export function spanWhenRead(file: () => ParsedFile | undefined, path: FieldPath): Span {
  let span: Span | undefined;
  const found = () => {
    if (span) return span;
    const parsed = file();
    return (span = parsed ? spanOf(parsed, path) : { start: { line: 1, col: 1 } });
  };
  return {
    get start() { return found().start; },
    get end() { return found().end; },
  };
}

function spanOf(file: ParsedFile, path: FieldPath): Span {
  const start = file.locate(path);
  const end = nextAfter(file, path) ?? (file.bodyLine > 1 ? { line: file.bodyLine - 1, col: 1 } : undefined);
  return end ? { start, end } : { start };
}

function nextAfter(file: ParsedFile, path: FieldPath): Span['end'] {
  for (let depth = path.length - 1; depth >= 0; depth--) {
    const parent = path.slice(0, depth);
    const step = path[depth];
    const container = dataAt(file.data, parent);
    if (Array.isArray(container) && typeof step === 'number') {
      if (step + 1 < container.length) return file.locate([...parent, step + 1]);
    } else if (container && typeof container === 'object') {
      const keys = Object.keys(container);
      const i = keys.indexOf(String(step));
      if (i >= 0 && i + 1 < keys.length) return file.locate([...parent, keys[i + 1]], 'key');
    }
  }
  return undefined;
}

function dataAt(data: unknown, path: FieldPath): unknown {
  let node = data;
  for (const step of path) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string | number, unknown>)[step];
  }
  return node;
}
