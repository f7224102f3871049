import { msg, type Msg } from '../text.ts';
import type { FolderBsc } from './folder.ts';

/** 承接BSC 客户、财务 → the BSC's perspective ids, by name (客户 → customer). */
export function matchPerspectives(written: string[], bsc: FolderBsc | undefined): { ids: string[]; missed: string[]; why?: Msg } {
  if (written.length === 0) return { ids: [], missed: [] };
  if (!bsc) return { ids: [], missed: written, why: msg('目标文件夹在这个周期没有 BSC', 'the target folder has no BSC for this period') };
  const ids: string[] = [];
  const missed: string[] = [];
  for (const w of written) {
    const p = bsc.perspectives.find((x) => x.name === w || x.id === w.toLowerCase() || x.nameEn?.toLowerCase() === w.toLowerCase())
      ?? bsc.perspectives.find((x) => x.name.includes(w) || w.includes(x.name));
    if (p && !ids.includes(p.id)) ids.push(p.id);
    else if (!p) missed.push(w);
  }
  const names = bsc.perspectives.map((p) => p.name).join('、');
  return { ids, missed, ...(missed.length ? { why: msg(`${bsc.path} 的维度是 ${names}`, `the perspectives of ${bsc.path} are ${names}`) } : {}) };
}

/** BSC metrics a KR names (“百万元投诉率”, NPS): each becomes an alignsTo bsc/<id>. */
export function metricsNamed(title: string, bsc: FolderBsc | undefined): { id: string; name: string }[] {
  if (!bsc) return [];
  return bsc.metrics.filter((m) => namesOf(m.name).some((n) => title.toLowerCase().includes(n.toLowerCase())));
}

/** 服务满意度 (NPS) → 服务满意度, NPS; names shorter than 3 characters match too much. */
function namesOf(name: string): string[] {
  const inner = /[(（]([^)）]+)[)）]/u.exec(name)?.[1];
  return [name.replace(/\s*[(（][^)）]*[)）]\s*/gu, '').trim(), ...(inner ? [inner.trim()] : [])].filter((n) => n.length >= 3);
}
