import type { Checkin } from './schemas/checkin.ts';
import type { CauseData, HedgeData } from './schemas/bsc.ts';
import type { Measure } from './schemas/measure.ts';
import type { SelfAssessment, Visibility } from './schemas/okr-set.ts';
import type { Settings } from './schemas/settings.ts';
import type { Position } from './diagnostics.ts';
import type { FieldPath } from './source.ts';
import type { Relations } from './relations.ts';

/** Where something was written: a file and the field path inside its data. */
export interface Located {
  file: string;
  path: FieldPath;
}

/**
 * The stretch of a file an item's YAML takes: from its first character up to where the next item (or
 * field after it) begins; no `end` means to the end of the frontmatter. The public view uses it to tell
 * which diagnostics are about a private item.
 */
export interface Span {
  start: Position;
  end?: Position;
}

/**
 * What a public view left out below or beside an item (absent in the full organisation): `items`, the
 * private objectives and KRs of a set or objective; `alignsTo`, the private items it aligns to.
 */
export interface Withheld {
  items: number;
  alignsTo: number;
}

export interface Period {
  id: string;
  name: string;
  nameEn?: string;
  start: string;
  end: string;
  parentId?: string;
  /** Enclosing periods, nearest first (a quarter's year). */
  ancestors: string[];
  src: Located;
}

export interface Person {
  id: string;
  name: string;
  aliases: string[];
  departmentId?: string;
  title?: string;
  managerId?: string;
  email?: string;
  src: Located;
}

export interface Department {
  id: string;
  name: string;
  nameEn?: string;
  /** Resolved leads; empty when none are written (or none resolved). */
  leadIds: string[];
  /** Whether `leads` names anyone at all (some may not have resolved). */
  leadsWritten: boolean;
  mission?: string;
  /** Markdown body after the frontmatter (shown on the department page); empty when there is none. */
  body: string;
  src: Located;
}

/** Who an OKR set belongs to: the company itself (id `company`), a department or a person. */
export type OwnerKind = 'company' | 'department' | 'person';

/** What a measured thing (KR, metric, guard) carries for scoring. */
export interface Measured {
  /** Canonical ref key, e.g. `2026:market/o1/kr1` or `2026:bsc/nps`. */
  key: string;
  period: string;
  measure?: Measure;
  /** As written, except `by`, which holds the resolved person id. */
  checkins: Checkin[];
  /** The effective due date (YYYY-MM-DD). */
  due: string;
}

export interface KeyResult extends Measured {
  id: string;
  title: string;
  ownerIds: string[];
  collaboratorIds: string[];
  /** Whether `due` was written, or fell back to the period end. */
  dueWritten: boolean;
  /** A due written as a placeholder (`X月底`); `due` is then the period end. */
  duePlaceholder?: string;
  /** The refs as written; resolved links live in `Organisation.relations`. */
  alignsToWritten: string[];
  /** Whether owners were written at all (some may not have resolved). */
  ownersWritten: boolean;
  weight?: number;
  actions?: string;
  /** `quarters`: the value comes from the quarter KRs aligned to it (scoring/value-from.ts). */
  valueFrom?: 'quarters';
  selfAssessment?: SelfAssessment;
  /** As it applies: private when written so, or when its objective or set is private. */
  visibility: Visibility;
  span: Span;
  withheld?: Withheld;
  src: Located;
}

export interface Objective {
  key: string;
  id: string;
  title: string;
  weight?: number;
  description?: string;
  keyResults: KeyResult[];
  alignsToWritten: string[];
  /** Some of its KRs failed validation and are left out. */
  partial: boolean;
  /** As it applies: private when written so, or when its set is private. */
  visibility: Visibility;
  span: Span;
  withheld?: Withheld;
  src: Located;
}

export interface OkrSet {
  /** `2026:market`. */
  key: string;
  period: string;
  owner: { kind: OwnerKind; id: string };
  title?: string;
  perspectiveIds: string[];
  objectives: Objective[];
  /** Markdown body (the department's 行动 and 协同机制 prose). */
  body: string;
  /** Some objectives or KRs failed validation and are left out. */
  partial: boolean;
  /** The whole set is illustrative sample data. */
  sample: boolean;
  visibility: Visibility;
  /** In a public view: the private objectives, and the private KRs of public objectives, left out. */
  withheld?: Withheld;
  src: Located;
}

export interface Metric extends Measured {
  id: string;
  name: string;
  nameEn?: string;
  perspectiveId: string;
  weight: number;
  definition: string;
  formula: string;
  ownerIds: string[];
  measure: Measure;
  rationale?: string;
  change?: { kind: 'new' | 'replaced' | 'kept'; replaces?: string; previousWeight?: number };
  /** The line its entry starts on in the BSC file: its page's 编辑此页 opens there. */
  line: number;
  src: Located;
}

export interface Perspective {
  key: string;
  id: string;
  name: string;
  nameEn?: string;
  weight: number;
  description?: string;
  /** The line its entry starts on in the BSC file: its page's 编辑此页 opens there. */
  line: number;
  src: Located;
}

export interface Guard extends Measured {
  id: string;
  name: string;
  nameEn?: string;
  definition?: string;
  unit: string;
  ownerIds: string[];
  /** The line its entry starts on in the BSC file: its page's 编辑此页 opens there. */
  line: number;
  src: Located;
}

export interface Bsc {
  period: string;
  title: string;
  principle?: string;
  perspectives: Perspective[];
  metrics: Metric[];
  guards: Guard[];
  causes: CauseData[];
  hedges: HedgeData[];
  body: string;
  src: Located;
}

/** The title, introduction and cross-department prose of a period's OKRs. */
export interface PeriodOverview {
  period: string;
  title: string;
  summary?: string;
  body: string;
  src: Located;
}

/** The three sections of a weekly report's body (003 周报模板), as Markdown; absent when not written. */
export interface ReportSections {
  /** 本周进展. */
  progress?: string;
  /** 风险同步和资源支持. */
  risks?: string;
  /** 下周计划. */
  next?: string;
}

/**
 * A weekly report (003 OKR 周报), one owner's week: `reports/<period>/<owner>/<date>.md`. Its values are
 * also check-ins of the KRs and metrics they name (with `report` set to this file), so scores and
 * history read them like any check-in.
 */
export interface WeeklyReport {
  /** `2026:market@2026-03-06`. */
  key: string;
  period: string;
  owner: { kind: OwnerKind; id: string };
  /** The date in its file name, YYYY-MM-DD. */
  date: string;
  /** Monday of its ISO week, YYYY-MM-DD: the week it reports on. */
  week: string;
  authorId?: string;
  /** The KRs' and metrics' model keys, each with the check-in the report gave it, in the order written. */
  values: { key: string; checkin: Checkin }[];
  body: string;
  sections: ReportSections;
  /** People @mentioned under 风险同步和资源支持: whom the report asks for support. */
  asks: string[];
  sample: boolean;
  src: Located;
}

export interface Organisation {
  settings: Settings;
  /** The date every score is computed for. */
  asOf: string;
  periods: Period[];
  people: Person[];
  departments: Department[];
  bscs: Bsc[];
  sets: OkrSet[];
  overviews: PeriodOverview[];
  /** Weekly reports, by owner then date. */
  reports: WeeklyReport[];
  relations: Relations;
}
