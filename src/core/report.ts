import { countBySeverity, type Diagnostic } from './diagnostics.ts';
import type { Lang } from './text.ts';

export type ReportFormat = 'text' | 'json' | 'github';

/** Render diagnostics for people (text), tools (json) or GitHub Actions annotations (github). */
export function formatReport(diagnostics: Diagnostic[], options: { format: ReportFormat; lang: Lang; root?: string }): string {
  const { format, lang } = options;
  const root = options.root ? `${options.root.replace(/\/$/, '')}/` : '';
  switch (format) {
    case 'json':
      return JSON.stringify(
        diagnostics.map((d) => ({ file: root + d.file, line: d.line, column: d.col, severity: d.severity, rule: d.rule, message: d.message[lang], messages: d.message })),
        null,
        2,
      );
    case 'github':
      return diagnostics
        .map((d) => `::${d.severity} file=${prop(root + d.file)},line=${d.line},col=${d.col},title=${prop(d.rule)}::${data(d.message[lang])}`)
        .join('\n');
    case 'text':
      return [...diagnostics.map((d) => `${root}${d.file}:${d.line}:${d.col}  ${d.severity}  ${d.rule}  ${d.message[lang]}`), summary(diagnostics, lang)].join('\n');
  }
}

export function summary(diagnostics: Diagnostic[], lang: Lang): string {
  const { error, warning } = countBySeverity(diagnostics);
  return lang === 'zh' ? `${error} 个错误，${warning} 个警告` : `${error} error(s), ${warning} warning(s)`;
}

// GitHub workflow commands: data escapes %, CR and LF; properties also escape : and ,.
const data = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
const prop = (s: string) => data(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
