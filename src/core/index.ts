export { loadOrganisation, type LoadOptions, type LoadResult } from './load/index.ts';
export { scoreOrganisation, type Scores } from './scoring/index.ts';
export { formatReport, summary, type ReportFormat } from './report.ts';
export { countBySeverity, type Diagnostic, type Severity } from './diagnostics.ts';
export { LINT_RULES } from './lint/index.ts';
export type { SourceFile } from './source.ts';
export type * from './model.ts';
