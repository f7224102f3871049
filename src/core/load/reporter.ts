import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { Located } from '../model.ts';
import type { FieldPath, ParsedFile } from '../source.ts';
import type { Msg } from '../text.ts';

/** Collects diagnostics and pins each one to the place its field was written. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  readonly #files = new Map<string, ParsedFile>();

  addFile(file: ParsedFile): void {
    this.#files.set(file.path, file);
  }

  file(path: string): ParsedFile | undefined {
    return this.#files.get(path);
  }

  push(...diagnostics: Diagnostic[]): void {
    this.diagnostics.push(...diagnostics);
  }

  report(severity: Severity, rule: string, src: Located, sub: FieldPath, message: Msg, part: 'key' | 'value' = 'value'): void {
    const file = this.#files.get(src.file);
    const pos = file?.locate([...src.path, ...sub], part) ?? { line: 1, col: 1 };
    this.diagnostics.push({ file: src.file, ...pos, severity, rule, message });
  }

  error(rule: string, src: Located, sub: FieldPath, message: Msg): void {
    this.report('error', rule, src, sub, message);
  }

  warn(rule: string, src: Located, sub: FieldPath, message: Msg): void {
    this.report('warning', rule, src, sub, message);
  }

  get errorCount(): number {
    return this.diagnostics.filter((d) => d.severity === 'error').length;
  }
}
