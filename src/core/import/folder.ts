import { parseFile, type SourceFile } from '../source.ts';
import { periodFromId, type PeriodRange } from './measure/period.ts';

/**
 * What an existing content folder already holds, read loosely (the check validates it; the importer
 * only needs names to match against): people, departments, periods, BSC perspectives and metrics.
 */
export interface FolderPerson {
  id: string;
  name: string;
  aliases: string[];
}

export interface FolderBsc {
  period: string;
  path: string;
  perspectives: { id: string; name: string; nameEn?: string }[];
  /** Metrics and guards: what a KR can align to (bsc/<id>). */
  metrics: { id: string; name: string }[];
}

export interface Folder {
  /** True when the folder has a settings.yaml: the import adds to it. */
  existing: boolean;
  company?: string;
  companyEn?: string;
  periods: (PeriodRange & { parent?: string })[];
  people: FolderPerson[];
  departments: { id: string; name: string; nameEn?: string }[];
  bsc: FolderBsc[];
  paths: Set<string>;
}

const str = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const rec = (v: unknown): Record<string, unknown> => (v && typeof v === 'object' ? (v as Record<string, unknown>) : {});

function data(file: SourceFile): Record<string, unknown> {
  return rec(parseFile(file).parsed?.data);
}

export function readFolder(files: SourceFile[]): Folder {
  const folder: Folder = { existing: false, periods: [], people: [], departments: [], bsc: [], paths: new Set(files.map((f) => f.path)) };
  for (const file of files) {
    if (/^settings\.ya?ml$/.test(file.path)) {
      const d = data(file);
      folder.existing = true;
      folder.company = str(d.company);
      folder.companyEn = str(d.companyEn);
      for (const p of list(d.periods).map(rec)) {
        const id = str(p.id);
        if (!id) continue;
        const start = str(p.start) ?? periodFromId(id)?.start;
        const end = str(p.end) ?? periodFromId(id)?.end;
        if (start && end) folder.periods.push({ id, start, end, ...(str(p.parent) ? { parent: str(p.parent) } : {}) });
      }
    } else if (/^people\/[^/]+\.ya?ml$/.test(file.path)) {
      const d = data(file);
      const id = str(d.id);
      const name = str(d.name);
      if (id && name) folder.people.push({ id, name, aliases: list(d.aliases).map(str).filter((a): a is string => !!a) });
    } else if (/^departments\/[^/]+\.(?:mdx?|ya?ml)$/.test(file.path)) {
      const d = data(file);
      const id = str(d.id);
      const name = str(d.name);
      if (id && name) folder.departments.push({ id, name, ...(str(d.nameEn) ? { nameEn: str(d.nameEn) } : {}) });
    } else if (/^bsc\/[^/]+\.mdx?$/.test(file.path)) {
      const d = data(file);
      const period = str(d.period);
      if (!period) continue;
      const named = (items: unknown[]) => items.map(rec).flatMap((m) => (str(m.id) && str(m.name) ? [{ id: str(m.id)!, name: str(m.name)!, ...(str(m.nameEn) ? { nameEn: str(m.nameEn) } : {}) }] : []));
      folder.bsc.push({ period, path: file.path, perspectives: named(list(d.perspectives)), metrics: [...named(list(d.metrics)), ...named(list(d.guards))] });
    }
  }
  return folder;
}

/** The BSC a set in `period` carries: the period's own, else its parent's (a quarter uses its year's). */
export function bscFor(folder: Folder, period: string): FolderBsc | undefined {
  const own = folder.bsc.find((b) => b.period === period);
  if (own) return own;
  const parent = folder.periods.find((p) => p.id === period)?.parent ?? periodFromId(period)?.id.slice(0, 4);
  return parent && parent !== period ? folder.bsc.find((b) => b.period === parent) : undefined;
}
