import type { Diagnostic } from '../diagnostics.ts';
import { parseFile, type ParsedFile, type SourceFile } from '../source.ts';
import { checkEncoding, encodingMessage, utf8Length } from '../encoding.ts';
import { msg } from '../text.ts';
import { DEFAULT_MAX_FILE_BYTES, tooLargeMessage, unexpectedFailureMessage } from '../yaml-limits.ts';
import type { Reporter } from './reporter.ts';

export type Kind = 'settings' | 'person' | 'department' | 'bsc' | 'okr-set' | 'overview' | 'report';

const FOLDERS: { kind: Kind; pattern: RegExp }[] = [
  { kind: 'settings', pattern: /^settings\.ya?ml$/ },
  { kind: 'person', pattern: /^people\/[^/]+\.ya?ml$/ },
  { kind: 'department', pattern: /^departments\/[^/]+\.(?:ya?ml|mdx?)$/ },
  { kind: 'bsc', pattern: /^bsc\/[^/]+\.mdx?$/ },
  { kind: 'okr-set', pattern: /^okrs\/.+\.mdx?$/ },
  { kind: 'overview', pattern: /^periods\/[^/]+\.mdx?$/ },
  { kind: 'report', pattern: /^reports\/.+\.mdx?$/ },
];

/** Every content file by kind: parsed (frontmatter and YAML read), or unparsable with its errors reported. */
export interface Classified {
  parsed: Map<Kind, ParsedFile[]>;
  unparsable: { kind: Kind; file: SourceFile }[];
}

/** Files the loader reads past on purpose: notes for editors. */
export function isEditorNote(path: string): boolean {
  return /(^|\/)README\.md$/i.test(path);
}

/**
 * Phase 1: which kind of content each file is, by its folder; its bytes checked (size, UTF-8) and its
 * YAML read. settings.yaml goes first: its `limits.maxFileBytes` applies to the other files.
 */
export function classify(files: SourceFile[], rep: Reporter): Classified {
  const parsed = new Map<Kind, ParsedFile[]>(FOLDERS.map((f) => [f.kind, []]));
  const unparsable: Classified['unparsable'] = [];
  const known: { kind: Kind; file: SourceFile }[] = [];
  for (const file of [...files].sort((a, b) => a.path.localeCompare(b.path))) {
    if (isEditorNote(file.path)) continue;
    const kind = FOLDERS.find((f) => f.pattern.test(file.path))?.kind;
    if (kind) known.push({ kind, file });
    else rep.push(unknownFile(file.path));
  }
  let maxFileBytes = DEFAULT_MAX_FILE_BYTES;
  const read = ({ kind, file }: { kind: Kind; file: SourceFile }) => {
    const result = readFile(file, maxFileBytes);
    rep.push(...result.diagnostics);
    if (result.parsed) {
      rep.addFile(result.parsed);
      parsed.get(kind)!.push(result.parsed);
    } else {
      unparsable.push({ kind, file: result.file });
    }
    return result.parsed;
  };
  for (const entry of known.filter((k) => k.kind === 'settings')) maxFileBytes = fileLimit(read(entry)?.data) ?? maxFileBytes;
  for (const entry of known.filter((k) => k.kind !== 'settings')) read(entry);
  return { parsed, unparsable };
}

/** settings.yaml `limits.maxFileBytes` as written, if it is usable; the schema reports it otherwise. */
function fileLimit(data: unknown): number | undefined {
  const limit = (data as { limits?: { maxFileBytes?: unknown } } | undefined)?.limits?.maxFileBytes;
  return typeof limit === 'number' && Number.isInteger(limit) && limit > 0 ? limit : undefined;
}

/**
 * One file: too large is not read; not UTF-8 is reported and read as best it can be, so the rest of
 * it is still checked; and whatever goes wrong inside the parser becomes this file's problem alone.
 */
function readFile(source: SourceFile, maxFileBytes: number): { parsed?: ParsedFile; file: SourceFile; diagnostics: Diagnostic[] } {
  const diagnostics: Diagnostic[] = [];
  const at = { file: source.path, line: 1, col: 1, severity: 'error' as const };
  const size = source.bytes?.length ?? utf8Length(source.text);
  if (size > maxFileBytes) {
    diagnostics.push({ ...at, rule: 'yaml-limits', message: tooLargeMessage(size, maxFileBytes) });
    // Enough of it for looseFields to know what it meant to define.
    return { file: { path: source.path, text: source.text.slice(0, 4096) }, diagnostics };
  }
  let file: SourceFile = { path: source.path, text: source.text };
  const problem = source.bytes && checkEncoding(source.bytes);
  if (problem) {
    diagnostics.push({ ...at, line: problem.line, col: problem.col, rule: 'invalid-encoding', message: encodingMessage(problem) });
    file = { path: source.path, text: problem.text };
  }
  try {
    const result = parseFile(file);
    return { parsed: result.parsed, file, diagnostics: [...diagnostics, ...result.diagnostics] };
  } catch (error) {
    return { file, diagnostics: [...diagnostics, { ...at, rule: 'yaml-limits', message: unexpectedFailureMessage(error) }] };
  }
}

const EXPECTED_EXTENSION: Record<string, string> = { people: '.yaml', departments: '.md', bsc: '.mdx', okrs: '.mdx', periods: '.mdx' };

function unknownFile(path: string): Diagnostic {
  const folder = path.split('/')[0];
  const ext = EXPECTED_EXTENSION[folder];
  if (ext && path.includes('/')) {
    const renamed = path.replace(/\.[^./]+$/, '') + ext;
    return {
      file: path, line: 1, col: 1, severity: 'error', rule: 'unknown-file',
      message: msg(`${folder}/ 下的文件应为 ${ext}${ext === '.yaml' ? '' : '（以 --- 包围的 frontmatter 开头）'}，这个文件不会被读取，其中的内容不会出现在站点上。请改名为 ${renamed}。`,
        `Files in ${folder}/ are ${ext}${ext === '.yaml' ? '' : ' (starting with --- frontmatter)'}; this one is not read, so its content would be missing from the site. Rename it to ${renamed}.`),
    };
  }
  return {
    file: path, line: 1, col: 1, severity: 'warning', rule: 'unknown-file',
    message: msg(`这个文件不属于任何内容类型，因此不会出现在站点上。内容放在 settings.yaml、people/、departments/、bsc/、okrs/ 或 periods/ 之下。`,
      'This file belongs to no content type, so it will not appear on the site. Content lives in settings.yaml, people/, departments/, bsc/, okrs/ or periods/.'),
  };
}
