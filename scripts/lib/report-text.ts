// A weekly report's file text (content/reports/<period>/<owner>/<date>.md, src/core/schemas/report.ts), as the
// demo generator (scripts/demo-reports.ts) and the bench (scripts/lib/bench-org.ts) write it.

export interface ReportLine {
  value?: number;
  progress?: number;
  confidence?: number;
  note?: string;
}

export interface ReportText {
  author: string;
  /** By ref (`market/o1/kr1`, `bsc/nps`), in the order written. */
  values: [string, ReportLine][];
  progress: string[];
  risks: string[];
  next: string[];
}

export function reportText(r: ReportText): string {
  const values = r.values.map(([ref, line]) => `  ${ref}: ${flowMap(line)}\n`).join('');
  const list = (items: string[]) => items.map((s) => `- ${s}\n`).join('');
  return `---\nauthor: ${r.author}\nsample: true\n${values ? `values:\n${values}` : ''}---\n`
    + `## 本周进展\n\n${list(r.progress)}\n## 风险同步和资源支持\n\n${list(r.risks)}\n## 下周计划\n\n${list(r.next)}`;
}

function flowMap(line: ReportLine): string {
  const fields: string[] = [];
  if (line.value !== undefined) fields.push(`value: ${line.value}`);
  if (line.progress !== undefined) fields.push(`progress: ${line.progress}`);
  if (line.confidence !== undefined) fields.push(`confidence: ${line.confidence}`);
  if (line.note) fields.push(`note: ${plain(line.note)}`);
  return `{ ${fields.join(', ')} }`;
}

// A note as a plain YAML scalar inside a flow map when it can be one (the Chinese text usually can), else quoted.
function plain(text: string): string {
  return /^[^\s\-?:,[\]{}#&*!|>'"%@`]([^,[\]{}:#]|:(?! ))*$/.test(text) && !/\s$/.test(text) ? text : JSON.stringify(text);
}
