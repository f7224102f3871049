/**
 * The one format for naming things, in content (alignsTo) and in the model's keys, resolved within a
 * period:
 *
 *   bsc/clean-revenue          a BSC metric, perspective or guard indicator
 *   market/o1                  an objective of an OKR set (owner/objective)
 *   market/o1/kr2              a key result
 *   2026:market/o1             any of the above in another period (a quarter may align to its year)
 *   2026:market                an owner's OKR set as a whole (a key, not an alignment target)
 *   2026:bsc                   a period's BSC as a whole (a key, not an alignment target)
 */
export type Ref =
  | { kind: 'scorecard'; period?: string }
  | { kind: 'bsc'; period?: string; item: string }
  | { kind: 'set'; period?: string; owner: string }
  | { kind: 'objective'; period?: string; owner: string; objective: string }
  | { kind: 'kr'; period?: string; owner: string; objective: string; kr: string };

/** The kinds an `alignsTo` may point at: something inside a BSC or an OKR set. */
export type AlignableRef = Extract<Ref, { kind: 'bsc' | 'objective' | 'kr' }>;

/** An id: at most 64 characters, like every id of the content (a longer one could not be a file name). */
const SEGMENT = '[a-z0-9][a-z0-9-]{0,63}';
const REF_PATTERN = new RegExp(`^(?:(${SEGMENT}):)?(${SEGMENT})(?:/(${SEGMENT}))?(?:/(${SEGMENT}))?$`);

export const BSC_SEGMENT = 'bsc';

export function parseRef(text: string): Ref | undefined {
  const m = REF_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [, period, first, second, third] = m;
  const p = period ? { period } : {};
  if (first === BSC_SEGMENT) {
    if (third !== undefined) return undefined;
    return second === undefined ? { kind: 'scorecard', ...p } : { kind: 'bsc', ...p, item: second };
  }
  if (second === undefined) return { kind: 'set', ...p, owner: first };
  if (third === undefined) return { kind: 'objective', ...p, owner: first, objective: second };
  return { kind: 'kr', ...p, owner: first, objective: second, kr: third };
}

/** An alignment target as written in `alignsTo`, or undefined when it is not one. */
export function parseAlignableRef(text: string): AlignableRef | undefined {
  const ref = parseRef(text);
  return ref && (ref.kind === 'bsc' || ref.kind === 'objective' || ref.kind === 'kr') ? ref : undefined;
}

/** Write a ref; the period is left out when it is the period of the place it is written in. */
export function formatRef(ref: Ref, contextPeriod?: string): string {
  const prefix = ref.period && ref.period !== contextPeriod ? `${ref.period}:` : '';
  switch (ref.kind) {
    case 'scorecard':
      return `${prefix}${BSC_SEGMENT}`;
    case 'bsc':
      return `${prefix}${BSC_SEGMENT}/${ref.item}`;
    case 'set':
      return `${prefix}${ref.owner}`;
    case 'objective':
      return `${prefix}${ref.owner}/${ref.objective}`;
    case 'kr':
      return `${prefix}${ref.owner}/${ref.objective}/${ref.kr}`;
  }
}

/** The key that names a thing everywhere in the model: always with its period. */
export function refKey(ref: Ref & { period: string }): string {
  return formatRef(ref);
}

/** `2026:market`: the key of an owner's OKR set in a period. */
export function setKey(period: string, owner: string): string {
  return refKey({ kind: 'set', period, owner });
}

/** `2026:bsc`: the key of a period's BSC as a whole (its company score). */
export function scorecardKey(period: string): string {
  return refKey({ kind: 'scorecard', period });
}

export function withPeriod<R extends Ref>(ref: R, period: string): R & { period: string } {
  return { ...ref, period: ref.period ?? period };
}
