import type { Located } from '../model.ts';
import type { FieldPath } from '../source.ts';
import type { Msg } from '../text.ts';
import type { Reporter } from './reporter.ts';

/**
 * Keep the first thing under each key. A later one is reported as `duplicate-id` where it is written,
 * with a message that can name the first; the caller learns it was refused.
 */
export function addUnique<T extends { src: Located }>(
  seen: Map<string, T>,
  key: string,
  item: T,
  rep: Reporter,
  field: FieldPath,
  message: (first: T) => Msg,
): boolean {
  const first = seen.get(key);
  if (first) {
    rep.error('duplicate-id', item.src, field, message(first));
    return false;
  }
  seen.set(key, item);
  return true;
}
