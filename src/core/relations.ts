/**
 * Alignment links in their inverse pair: `a` alignsTo `b` ⇔ `b` supportedBy `a`.
 * One method writes both directions, so they can never disagree.
 */
export class Relations {
  readonly #alignsTo = new Map<string, string[]>();
  readonly #supportedBy = new Map<string, string[]>();

  relate(from: string, to: string): void {
    push(this.#alignsTo, from, to);
    push(this.#supportedBy, to, from);
  }

  alignsTo(key: string): readonly string[] {
    return this.#alignsTo.get(key) ?? [];
  }

  supportedBy(key: string): readonly string[] {
    return this.#supportedBy.get(key) ?? [];
  }

  /** Every (from, to) pair, in the order they were related. */
  *pairs(): Iterable<[string, string]> {
    for (const [from, tos] of this.#alignsTo) for (const to of tos) yield [from, to];
  }
}

function push(map: Map<string, string[]>, key: string, value: string): void {
  const list = map.get(key);
  if (!list) map.set(key, [value]);
  else if (!list.includes(value)) list.push(value);
}
