import { describeCodePoint, findInvisible, findMixedScript, INVISIBLE, scriptName, type InvisibleFound } from '../characters.ts';
import type { Position, Severity } from '../diagnostics.ts';
import { describePath } from '../friendly-errors.ts';
import type { FieldPath, ParsedFile } from '../source.ts';
import { msg, type Msg } from '../text.ts';
import type { Classified, Kind } from './classify.ts';
import type { Reporter } from './reporter.ts';

/**
 * Phase 1b: characters one cannot see, in every parsed file (valid or not) and its body; and names of
 * people and departments that mix lookalike alphabets. A file with no invisible character (nor a YAML
 * escape that could write one) costs one regular-expression test; only the others are walked.
 */
export function checkCharacters(content: Classified, rep: Reporter): void {
  for (const [kind, files] of content.parsed) {
    for (const file of files) {
      if (INVISIBLE.test(file.yaml) || YAML_ESCAPE.test(file.yaml)) checkFields(kind, file, rep);
      if (file.body && INVISIBLE.test(file.body)) checkBody(file, rep);
      if (kind === 'person' || kind === 'department') checkNames(kind, file, rep);
    }
  }
}

/** Double-quoted YAML escapes that write a control or invisible character: "\0", "\e", "\u200B", "\N"… */
const YAML_ESCAPE = /\\[0abefvxuUNLP_]/;

/** Fields that hold ids (any file), besides the names of people and departments: there, an invisible character is an error. */
const ID_FIELDS = new Set(['id', 'period', 'parent', 'perspective', 'perspectives', 'currentPeriod', 'department', 'from', 'to', 'ref', 'scale', 'set']);
const NAME_FIELDS = new Set(['name', 'nameEn', 'aliases']);

function isIdentity(kind: Kind, path: FieldPath): boolean {
  const key = [...path].reverse().find((s) => typeof s === 'string');
  if (key !== undefined && ID_FIELDS.has(key)) return true;
  return (kind === 'person' || kind === 'department') && NAME_FIELDS.has(String(path[0]));
}

function checkFields(kind: Kind, file: ParsedFile, rep: Reporter): void {
  const before = rep.diagnostics.length;
  walkFields(kind, file, rep);
  if (rep.diagnostics.length > before) return;
  // In no value: a comment, or between the fields. It shows nowhere, but hides in the diff a reviewer reads.
  const found = findInvisible(file.yaml);
  if (!found) return;
  const at = file.positionAt(found.index);
  rep.push({ file: file.path, ...at, severity: 'warning', rule: 'invisible-character', message: invisibleMessage(msg('YAML 的注释或字段之间', 'The YAML, in a comment or between fields,'), at, found, 'warning') });
}

function walkFields(kind: Kind, file: ParsedFile, rep: Reporter): void {
  const seen = new Set<object>();
  // A stack, not recursion; `seen` because YAML aliases may share (or even nest) a value.
  const stack: { value: unknown; path: FieldPath }[] = [{ value: file.data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = findInvisible(value);
      if (found) report(kind, file, path, 'value', found, rep);
      continue;
    }
    if (value === null || typeof value !== 'object' || seen.has(value)) continue;
    seen.add(value);
    const entries: [string | number, unknown][] = Array.isArray(value) ? value.map((v, i) => [i, v]) : Object.entries(value);
    for (const [key, child] of entries.reverse()) {
      const found = typeof key === 'string' ? findInvisible(key) : undefined;
      if (found) report(kind, file, [...path, key], 'key', found, rep);
      stack.push({ value: child, path: [...path, key] });
    }
  }
}

function report(kind: Kind, file: ParsedFile, path: FieldPath, part: 'key' | 'value', found: InvisibleFound, rep: Reporter): void {
  const severity: Severity = part === 'value' && isIdentity(kind, path) ? 'error' : 'warning';
  const pos = part === 'value' ? exactPosition(file, path) : undefined;
  const at = pos ?? file.locate(path, part);
  const field = part === 'key'
    ? msg(`字段名 "${path.at(-1)}"`, `The field name "${path.at(-1)}"`)
    : msg(describePath(path, file.data) || '值', describePath(path, file.data) || 'The value');
  rep.push({ file: file.path, ...at, severity, rule: 'invisible-character', message: invisibleMessage(field, at, found, severity) });
}

/** The place of the character itself, found in the value's own source (a "\u200B" escape has none: the value's start then). */
function exactPosition(file: ParsedFile, path: FieldPath): Position | undefined {
  const range = file.valueRange(path);
  if (!range) return undefined;
  const found = findInvisible(file.yaml.slice(range[0], range[1]));
  return found ? file.positionAt(range[0] + found.index) : undefined;
}

function checkBody(file: ParsedFile, rep: Reporter): void {
  const found = findInvisible(file.body);
  if (!found) return;
  const before = file.body.slice(0, found.index);
  const line = file.bodyLine + (before.match(/\n/g)?.length ?? 0);
  const at = { line, col: found.index - before.lastIndexOf('\n') };
  rep.push({ file: file.path, ...at, severity: 'warning', rule: 'invisible-character', message: invisibleMessage(msg('正文', 'The body'), at, found, 'warning') });
}

function invisibleMessage(field: Msg, at: Position, found: InvisibleFound, severity: Severity): Msg {
  const name = describeCodePoint(found.codePoint);
  const more = found.count > 1 ? msg(`，共 ${found.count} 个`, `, ${found.count} in all`) : msg('', '');
  const why = severity === 'error'
    ? msg('id 和人员、部门的名称里不能有它：', ' Ids and the names of people and departments may not have one:')
    : msg('', '');
  return msg(
    `${field.zh}${/[\x21-\x7e]$/.test(field.zh) ? ' ' : ''}在第 ${at.line} 行第 ${at.col} 列有不可见字符 ${name.zh}${more.zh}。${why.zh}删除它；它不可见，却能改变文字的显示顺序或让两个名字看起来相同。`,
    `${field.en} has an invisible character ${name.en} on line ${at.line}, column ${at.col}${more.en}.${why.en} delete it; it cannot be seen, yet it can change the order text is shown in or make two names look the same.`,
  );
}

const NAME_LABELS: Record<string, Msg> = {
  name: msg('姓名', 'The name'), nameEn: msg('英文名', 'The English name'), aliases: msg('别名', 'The alias'),
};

function checkNames(kind: Kind, file: ParsedFile, rep: Reporter): void {
  const data = (file.data ?? {}) as Record<string, unknown>;
  const names: [FieldPath, unknown][] = [[['name'], data.name], [['nameEn'], data.nameEn]];
  if (Array.isArray(data.aliases)) data.aliases.forEach((a, i) => names.push([['aliases', i], a]));
  for (const [path, value] of names) {
    if (typeof value !== 'string') continue;
    const mixed = findMixedScript(value);
    if (!mixed) continue;
    const label = kind === 'department' && path[0] === 'name' ? msg('部门名称', "The department's name") : NAME_LABELS[String(path[0])];
    const base = scriptName(mixed.base);
    const other = scriptName(mixed.other);
    const hex = `U+${mixed.char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;
    rep.push({
      file: file.path, ...namePosition(file, path, value, mixed.index), severity: 'warning', rule: 'mixed-script',
      message: msg(
        `${label.zh} "${value}" 的一个单词里混用了${base.zh}和${other.zh}（第 ${mixed.position} 个字符 ${mixed.char} 是${other.zh} ${hex}），看起来像另一个名字。请只用一种文字书写。`,
        `${label.en} "${value}" mixes ${base.en} and ${other.en} letters in one word (character ${mixed.position}, ${mixed.char}, is ${other.en} ${hex}), so it looks like another name. Write it in one script.`,
      ),
    });
  }
}

/** The letter's own column when the name is written on one line as it reads (plain or quoted without escapes). */
function namePosition(file: ParsedFile, path: FieldPath, value: string, index: number): Position {
  const range = file.valueRange(path);
  if (range) {
    const source = file.yaml.slice(range[0], range[1]);
    const start = source.indexOf(value);
    if (start >= 0) return file.positionAt(range[0] + start + index);
  }
  return file.locate(path);
}
