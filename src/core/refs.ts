/**
 * The one written format for links between things, resolved within a period:
 *
 *   bsc/clean-revenue          a BSC metric, perspective or guard indicator
 *   market/o1                  an objective of an OKR set (owner/objective)
 *   market/o1/kr2              a key result
 *   2026:market/o1             any of the above in another period (a quarter may align to its year)
 */
export type Ref =
  | { kind: 'bsc'; period?: string; item: string }
  | { kind: 'objective'; period?: string; owner: string; objective: string }
  | { kind: 'kr'; period?: string; owner: string; objective: string; kr: string };

const SEGMENT = '[a-z0-9][a-z0-9-]*';
const REF_PATTERN = new RegExp(`^(?:(${SEGMENT}):)?(${SEGMENT})/(${SEGMENT})(?:/(${SEGMENT}))?$`);

export const BSC_SEGMENT = 'bsc';

export function parseRef(text: string): Ref | undefined {
  const m = REF_PATTERN.exec(text.trim());
  if (!m) return undefined;
  const [, period, first, second, third] = m;
  const p = period ? { period } : {};
  if (first === BSC_SEGMENT) return third === undefined ? { kind: 'bsc', ...p, item: second } : undefined;
  if (third === undefined) return { kind: 'objective', ...p, owner: first, objective: second };
  return { kind: 'kr', ...p, owner: first, objective: second, kr: third };
}

/** Write a ref; the period is left out when it is the period of the place it is written in. */
export function formatRef(ref: Ref, contextPeriod?: string): string {
  const prefix = ref.period && ref.period !== contextPeriod ? `${ref.period}:` : '';
  switch (ref.kind) {
    case 'bsc':
      return `${prefix}${BSC_SEGMENT}/${ref.item}`;
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

export function withPeriod<R extends Ref>(ref: R, period: string): R & { period: string } {
  return { ...ref, period: ref.period ?? period };
}
