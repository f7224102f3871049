import type { Diagnostic, Severity } from '../diagnostics.ts';
import type { Located } from '../model.ts';
import { RULES, type RuleId, type RuleInfo } from '../rules.ts';
import type { SeveritySetting } from '../schemas/settings.ts';
import type { FieldPath, ParsedFile } from '../source.ts';
import type { Msg } from '../text.ts';

/** Collects diagnostics and pins each one to the place its field was written. */
export class Reporter {
  readonly diagnostics: Diagnostic[] = [];
  readonly #files = new Map<string, ParsedFile>();
  #overrides = new Map<RuleId, SeveritySetting>();

  addFile(file: ParsedFile): void {
    this.#files.set(file.path, file);
  }

  file(path: string): ParsedFile | undefined {
    return this.#files.get(path);
  }

  /** settings.yaml `lint` severities, for the rules the catalogue marks configurable. */
  configure(overrides: Map<RuleId, SeveritySetting>): void {
    this.#overrides = new Map([...overrides].filter(([id]) => (RULES[id] as RuleInfo).configurable));
  }

  /** The severity a rule is reported with here: its own, or what settings.yaml set (`off` drops it). */
  severityOf(rule: RuleId, severity: Severity = RULES[rule].severity): SeveritySetting {
    return this.#overrides.get(rule) ?? severity;
  }

  /** Diagnostics already pinned to a place; configured severities apply to them as to every other. */
  push(...diagnostics: Diagnostic[]): void {
    for (const d of diagnostics) {
      const severity = this.severityOf(d.rule, d.severity);
      if (severity !== 'off') this.diagnostics.push({ ...d, severity });
    }
  }

  report(severity: Severity, rule: RuleId, src: Located, sub: FieldPath, message: Msg, part: 'key' | 'value' = 'value'): void {
    const file = this.#files.get(src.file);
    const pos = file?.locate([...src.path, ...sub], part) ?? { line: 1, col: 1 };
    this.push({ file: src.file, ...pos, severity, rule, message });
  }

  error(rule: RuleId, src: Located, sub: FieldPath, message: Msg): void {
    this.report('error', rule, src, sub, message);
  }

  warn(rule: RuleId, src: Located, sub: FieldPath, message: Msg): void {
    this.report('warning', rule, src, sub, message);
  }
}
