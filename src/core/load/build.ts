import type { Bsc, OkrSet, PeriodOverview, WeeklyReport } from '../model.ts';
import { scorecardKey, setKey } from '../refs.ts';
import { msg } from '../text.ts';
import { looseFields } from './broken.ts';
import { buildBsc } from './bsc.ts';
import type { Classified } from './classify.ts';
import type { Directory } from './directory.ts';
import { buildOkrSet } from './okr-sets.ts';
import { buildReports } from './reports.ts';
import type { Reporter } from './reporter.ts';
import { salvageOkrSet } from './salvage.ts';
import { addUnique } from './unique.ts';
import type { Validated } from './validate.ts';

export interface Built {
  bscs: Bsc[];
  sets: OkrSet[];
  overviews: PeriodOverview[];
  reports: WeeklyReport[];
}

interface Ctx {
  rep: Reporter;
  dir: Directory;
  today: string;
}

/** Phase 4: the BSCs, OKR sets (with what could be salvaged of invalid ones) and period overviews. */
export function buildContent(content: Classified, valid: Validated, ctx: Ctx): Built {
  const bscs = buildBscs(valid, ctx);
  const sets = buildSets(content, valid, bscs, ctx);
  const reports = buildReports(valid.reports, { sets, bscs, broken: valid.broken }, ctx);
  return { bscs: [...bscs.values()], sets: [...sets.values()], overviews: buildOverviews(valid, ctx), reports };
}

function buildBscs(valid: Validated, { rep, dir, today }: Ctx): Map<string, Bsc> {
  const bscs = new Map<string, Bsc>();
  for (const { file, data } of valid.bscs) {
    const bsc = buildBsc(data, file.body, file.path, { rep, dir, today });
    if (!bsc) continue;
    addUnique(bscs, bsc.period, bsc, rep, ['period'], (first) => msg(`周期 ${bsc.period} 已有 BSC（${first.src.file}）；每个周期只能有一份。`,
      `The period ${bsc.period} already has a BSC (${first.src.file}); each period has one.`));
  }
  return bscs;
}

function buildSets(content: Classified, valid: Validated, bscs: Map<string, Bsc>, { rep, dir, today }: Ctx): Map<string, OkrSet> {
  const { broken } = valid;
  const perspectivesFor = (period: string) => {
    for (const p of [period, ...(dir.periods.get(period)?.ancestors ?? [])]) {
      const bsc = bscs.get(p);
      if (bsc) return bsc.perspectives.map((x) => x.id);
      if (broken.coversKey(scorecardKey(p))) return 'broken' as const;
    }
    return undefined;
  };
  const sets = new Map<string, OkrSet>();
  const add = (set: OkrSet) => addUnique(sets, set.key, set, rep, ['owner'], (first) => msg(
    `${set.owner.id} 在周期 ${set.period} 已有 OKR 集（${first.src.file}）；每个负责方每个周期只有一份。请合并两个文件。`,
    `${set.owner.id} already has an OKR set for ${set.period} (${first.src.file}); each owner has one per period. Merge the two files.`));
  // A set that could not be built: references into it are not reported again as unknown.
  const markBroken = (period: unknown, owner: unknown) => {
    for (const id of new Set([String(owner ?? ''), ...dir.ownerIds(String(owner ?? ''))])) broken.addKey(setKey(String(period), id));
  };
  const setCtx = { rep, dir, today, perspectivesFor };
  for (const { file, data } of valid.sets) {
    const set = buildOkrSet(data, file.body, file.path, setCtx);
    if (set) add(set);
    else markBroken(data.period, data.owner);
  }
  for (const { kind, file } of content.unparsable) {
    const loose = looseFields(file.text);
    if (kind === 'okr-set') markBroken(loose.period, loose.owner);
  }
  for (const { kind, file } of valid.invalid) {
    if (kind !== 'okr-set') continue;
    const salvaged = salvageOkrSet(file.data);
    const set = salvaged && buildOkrSet(salvaged.data, file.body, file.path, setCtx, salvaged.indexes);
    const raw = (file.data ?? {}) as Record<string, unknown>;
    if (!set) {
      markBroken(raw.period, raw.owner);
      continue;
    }
    for (const id of salvaged.dropped) broken.addKey(`${set.key}/${id}`);
    add(set);
  }
  return sets;
}

function buildOverviews(valid: Validated, { rep, dir }: Ctx): PeriodOverview[] {
  const overviews = new Map<string, PeriodOverview>();
  for (const { file, data } of valid.overviews) {
    const src = { file: file.path, path: [] };
    if (!dir.resolvePeriod(data.period, src, ['period'])) continue;
    const overview = { period: data.period, title: data.title, summary: data.summary, body: file.body, src };
    addUnique(overviews, data.period, overview, rep, ['period'], (first) => msg(`周期 ${data.period} 已有说明（${first.src.file}）；每个周期只能有一份。`,
      `The period ${data.period} already has an overview (${first.src.file}); each period has one.`));
  }
  return [...overviews.values()];
}

