import type { KeyResult, Located, Objective, OkrSet, Period } from '../model.ts';
import { refKey, setKey } from '../refs.ts';
import type { KeyResultData, OkrSetData, Visibility } from '../schemas/okr-set.ts';
import { isDatePlaceholder } from '../placeholder.ts';
import { didYouMean, join, msg, nearest, type Msg } from '../text.ts';
import { checkCheckins } from './checkins.ts';
import type { Directory } from './directory.ts';
import type { SourceIndexes } from './salvage.ts';
import type { Reporter } from './reporter.ts';
import { spanWhenRead } from './spans.ts';
import { addUnique } from './unique.ts';

interface Ctx {
  rep: Reporter;
  dir: Directory;
  today: string;
  /** Perspective ids of the BSC that applies to a period (its own or an enclosing one's). */
  perspectivesFor(period: string): string[] | 'broken' | undefined;
}

/** `indexes` maps salvaged items back to their place in the file (see salvage.ts). */
export function buildOkrSet(data: OkrSetData, body: string, file: string, ctx: Ctx, indexes?: SourceIndexes): OkrSet | undefined {
  const { rep, dir } = ctx;
  const root: Located = { file, path: [] };
  const owner = dir.resolveOwner(data.owner, root, ['owner']);
  const period = dir.resolvePeriod(data.period, root, ['period']);
  if (!owner || !period) return undefined;
  checkPerspectives(data.perspectives ?? [], period.id, root, ctx);
  checkSetPath(file, period.id, owner.id, data.owner, rep);
  const lineOf = (at: Located) => rep.file(file)?.locate([...at.path, 'id']).line ?? 0;
  const spanAt = (at: Located) => spanWhenRead(() => rep.file(file), at.path);
  const setVisibility = data.visibility ?? 'public';
  const objectiveIds = new Map<string, { src: Located }>();
  const objectives = data.objectives.map((o, n): Objective => {
    const i = indexes?.objectives[n] ?? n;
    const src = { file, path: ['objectives', i] };
    addUnique(objectiveIds, o.id, { src }, rep, ['id'], (first) => duplicateChild('目标', 'objective', o.id, msg('本 OKR 集', 'this OKR set'), lineOf(first.src)));
    const visibility = inherit(setVisibility, o.visibility, src, rep, msg(`目标 ${o.id}`, `Objective ${o.id}`), SET_IS_PRIVATE);
    const krIds = new Map<string, { src: Located }>();
    const keyResults = o.keyResults.map((kr, m) => {
      const j = indexes?.keyResults[n][m] ?? m;
      const krSrc = { file, path: ['objectives', i, 'keyResults', j] };
      addUnique(krIds, kr.id, { src: krSrc }, rep, ['id'], (first) => duplicateChild('KR', 'key result', kr.id, msg(`目标 ${o.id} `, `objective ${o.id}`), lineOf(first.src)));
      const key = refKey({ kind: 'kr', period: period.id, owner: owner.id, objective: o.id, kr: kr.id });
      const krVisibility = inherit(visibility, kr.visibility, krSrc, rep, msg(`KR ${kr.id}`, `KR ${kr.id}`), setVisibility === 'private' ? SET_IS_PRIVATE : objectiveIsPrivate(o.id));
      return { ...buildKeyResult(kr, key, period, krSrc, ctx), visibility: krVisibility, span: spanAt(krSrc) };
    });
    checkWeights(o.keyResults, src, 'keyResults', rep);
    const key = refKey({ kind: 'objective', period: period.id, owner: owner.id, objective: o.id });
    const partial = indexes !== undefined && keyResults.length < countKrs(ctx, file, i);
    return {
      key, id: o.id, title: o.title, weight: o.weight, description: o.description, keyResults, alignsToWritten: o.alignsTo ?? [], partial,
      visibility, span: spanAt(src), src,
    };
  });
  checkWeights(data.objectives, root, 'objectives', rep);
  return {
    key: setKey(period.id, owner.id), period: period.id, owner, title: data.title,
    perspectiveIds: data.perspectives ?? [], objectives, body, partial: indexes !== undefined, sample: data.sample ?? false,
    visibility: setVisibility, src: root,
  };
}

function countKrs(ctx: Ctx, file: string, objectiveIndex: number): number {
  const raw = ctx.rep.file(file)?.data as { objectives?: { keyResults?: unknown[] }[] } | undefined;
  return raw?.objectives?.[objectiveIndex]?.keyResults?.length ?? 0;
}

const SET_IS_PRIVATE = msg('整个 OKR 集是非公开的（visibility: private）', 'the whole OKR set is private (visibility: private)');

function objectiveIsPrivate(id: string): Msg {
  return msg(`它所在的目标 ${id} 是非公开的（visibility: private）`, `its objective ${id} is private (visibility: private)`);
}

/**
 * Private reaches down: everything in a private set or objective is private. A child that says
 * `visibility: public` inside one stays private (the safe side), with a warning, since the line
 * promises something the site will not do.
 */
function inherit(parent: Visibility, written: Visibility | undefined, src: Located, rep: Reporter, what: Msg, why: Msg): Visibility {
  if (parent === 'public') return written ?? 'public';
  if (written === 'public') {
    rep.warn('visibility-conflict', src, ['visibility'], msg(
      `${what.zh} 写了 visibility: public，但${why.zh}：非公开内容里的一切都不公开，所以它也不会出现在公开站点上。请删掉这一行；若它应该公开，请把它移到公开的目标或 OKR 集里。`,
      `${what.en} says visibility: public, but ${why.en}: everything inside private content is private, so it will not appear on the public site either. Remove the line; if it should be public, move it to a public objective or OKR set.`));
  }
  return 'private';
}

function buildKeyResult(kr: KeyResultData, key: string, period: Period, src: Located, ctx: Ctx): Omit<KeyResult, 'visibility' | 'span'> {
  const { dir } = ctx;
  const checkins = checkCheckins(kr.checkins ?? [], kr.measure?.type, src, { ...ctx, periodStart: period.start });
  return {
    key, period: period.id, id: kr.id, title: kr.title,
    ownerIds: dir.resolvePeople(kr.owners, src, 'owners'),
    ownersWritten: (kr.owners ?? []).length > 0,
    collaboratorIds: dir.resolvePeople(kr.collaborators, src, 'collaborators'),
    measure: kr.measure, checkins, due: resolveDue(kr.due, period, src, ctx), dueWritten: kr.due !== undefined,
    ...(kr.due !== undefined && isDatePlaceholder(kr.due) ? { duePlaceholder: kr.due } : {}),
    weight: kr.weight, actions: kr.actions, ...(kr.valueFrom ? { valueFrom: kr.valueFrom } : {}), selfAssessment: kr.selfAssessment, alignsToWritten: kr.alignsTo ?? [], src,
  };
}

/** A date must fall inside the set's period; a period id must be the set's period or lie inside it. */
function resolveDue(due: string | undefined, period: Period, src: Located, { rep, dir }: Ctx): string {
  // A period whose dates are wrong is reported in settings.yaml; judging dues against it would only echo that.
  if (due === undefined || isDatePlaceholder(due)) return period.end;
  if (period.start > period.end) return /^\d/.test(due) ? due : period.end;
  if (/^\d{4}-\d{2}-\d{2}$/.test(due)) {
    if (due < period.start || due > period.end) {
      rep.error('due-outside-period', src, ['due'], msg(`截止日期 ${due} 不在周期 ${period.id}（${period.start} 至 ${period.end}）之内。请改为周期内的日期，或把 KR 移到对应周期的 OKR 集。`,
        `The due date ${due} lies outside the period ${period.id} (${period.start} to ${period.end}). Pick a date inside it, or move the KR to that period's OKR set.`));
    }
    return due;
  }
  const target = dir.resolvePeriod(due, src, ['due']);
  if (!target) return period.end;
  if (!dir.within(target.id, period.id)) {
    rep.error('due-outside-period', src, ['due'], msg(`截止周期 ${target.id} 不在本 OKR 集的周期 ${period.id}（${period.start} 至 ${period.end}）之内。请写 ${period.id}、其中的周期，或这段时间内的日期。`,
      `The due period ${target.id} does not lie inside this set's period ${period.id} (${period.start} to ${period.end}). Write ${period.id}, a period inside it, or a date in that range.`));
    return period.end;
  }
  return target.end;
}

/** `okrs/<period>/<owner>.mdx`, so a set is found where its URL says it is. */
function checkSetPath(file: string, period: string, owner: string, written: string, rep: Reporter): void {
  const expected = `okrs/${period}/${owner}.mdx`;
  if (file === expected || file === expected.replace(/x$/, '')) return;
  rep.warn('file-name', { file, path: [] }, ['owner'], msg(`这份 OKR 属于 ${written}（${owner}）在 ${period} 的周期，但文件位于 ${file}。请把它移到 ${expected}，便于按负责方与周期找到文件。`,
    `This OKR set belongs to ${written} (${owner}) in ${period}, but the file is ${file}. Move it to ${expected} so it can be found by owner and period.`));
}

function checkPerspectives(ids: string[], period: string, root: Located, { rep, perspectivesFor }: Ctx): void {
  if (ids.length === 0) return;
  const known = perspectivesFor(period);
  if (known === 'broken') return;
  ids.forEach((id, i) => {
    if (!known) {
      rep.error('unknown-ref', root, ['perspectives', i], msg(`周期 ${period} 及其上级周期都没有 BSC，无法承接维度 "${id}"。请先添加 content/bsc/${period}.mdx。`,
        `No BSC exists for ${period} or an enclosing period, so the perspective "${id}" cannot be carried. Add content/bsc/${period}.mdx first.`));
    } else if (!known.includes(id)) {
      rep.error('unknown-ref', root, ['perspectives', i], join(
        msg(`BSC 中没有维度 "${id}"（现有：${known.join('、')}）。`, `The BSC has no perspective "${id}" (known: ${known.join(', ')}).`),
        didYouMean(nearest(id, known)),
      ));
    }
  });
}

/** Weights are all-or-none among siblings, or the shares would silently depend on a default. */
function checkWeights(items: { id: string; weight?: number }[], src: Located, field: string, rep: Reporter): void {
  const weighted = items.filter((x) => x.weight !== undefined).map((x) => x.id);
  const bare = items.filter((x) => x.weight === undefined).map((x) => x.id);
  if (weighted.length === 0 || bare.length === 0) return;
  rep.error('weights-mixed', src, [field], msg(`${weighted.join('、')} 写了 weight，而 ${bare.join('、')} 没有。请给每一项写权重，或都不写（即等权）。`,
    `Some items have a weight (${weighted.join(', ')}) and some do not (${bare.join(', ')}). Give every item a weight, or none (equal weights).`));
}

function duplicateChild(zh: string, en: string, id: string, where: Msg, firstLine: number): Msg {
  return msg(`${zh} id "${id}" 在${where.zh}中重复（第一次出现在第 ${firstLine} 行）。永久链接依赖 id，请改为唯一的 id。`,
    `The ${en} id "${id}" appears twice in ${where.en} (first on line ${firstLine}). Permalinks depend on ids: make it unique.`);
}
