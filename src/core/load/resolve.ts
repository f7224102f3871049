import { findCycles } from '../graph.ts';
import type { Bsc } from '../model.ts';
import { Relations } from '../relations.ts';
import { msg } from '../text.ts';
import { indexNodes, resolveAlignment } from './alignment.ts';
import type { Built } from './build.ts';
import type { Classified } from './classify.ts';
import type { Directory } from './directory.ts';
import { checkBody, checkFieldMentions } from './prose.ts';
import type { Reporter } from './reporter.ts';
import type { Broken } from './broken.ts';
import { checkSettingsUrls } from './urls.ts';

/**
 * Phase 5, after every file is built: resolve every alignment (both directions), the causal chains,
 * every body (code, HTML, addresses, @提及), the @提及 of text fields, and addresses in settings.yaml.
 */
export function resolveLinks(content: Classified, built: Built, ctx: { rep: Reporter; dir: Directory; broken: Broken }): Relations {
  const { rep, dir } = ctx;
  const relations = new Relations();
  resolveAlignment(built.sets, indexNodes(built.bscs, built.sets), { ...ctx, relations });
  for (const bsc of built.bscs) reportCausalCycles(bsc, rep);
  for (const kind of ['department', 'bsc', 'okr-set', 'overview', 'report'] as const) for (const file of content.parsed.get(kind)!) checkBody(file, rep, dir);
  checkSettingsUrls(content.parsed.get('settings')![0], rep);
  checkFieldMentions({ sets: built.sets, bscs: built.bscs, departments: [...dir.departments.values()] }, rep, dir);
  return relations;
}

function reportCausalCycles(bsc: Bsc, rep: Reporter): void {
  const next = (id: string) => bsc.causes.filter((c) => c.from === id && c.to !== id).map((c) => c.to);
  for (const cycle of findCycles(bsc.metrics.map((m) => m.id), next)) {
    rep.warn('causal-cycle', bsc.src, ['causes'], msg(`因果链形成了循环：${cycle.join(' → ')}。因果图应从学习与成长指向财务，请检查方向。`,
      `The causal chain loops: ${cycle.join(' → ')}. A strategy map runs from learning & growth to finance; check the directions.`));
  }
}
