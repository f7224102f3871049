import { msg, type Msg } from '../text.ts';
import type { Lookup } from './lookup.ts';

/** 数据截至: the date of the newest data, and the date scores are computed for when that differs. */
export interface DataDateView {
  /** The newest check-in or step-done date up to asOf; undefined when nothing was reported yet. */
  dataAsOf?: string;
  asOf: string;
  /** "数据截至 2026-11-13 · 按 2026-11-20 计算", or "数据截至 2026-11-20" when they are the same day. */
  text: Msg;
}

export function dataDateView(look: Lookup): DataDateView {
  const { asOf } = look.org;
  const data = look.scores.dataAsOf;
  const computed = msg(` · 按 ${asOf} 计算`, ` · computed for ${asOf}`);
  let text: Msg;
  if (data === undefined) text = msg(`尚无数据${computed.zh}`, `No data yet${computed.en}`);
  else if (data === asOf) text = msg(`数据截至 ${data}`, `Data as of ${data}`);
  else text = msg(`数据截至 ${data}${computed.zh}`, `Data as of ${data}${computed.en}`);
  return { ...(data ? { dataAsOf: data } : {}), asOf, text };
}
