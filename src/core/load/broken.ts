/**
 * What invalid files would have defined. Their own errors are reported; references into them are
 * not reported again as unknown, so one mistake does not echo across the content.
 */
export class Broken {
  readonly #names = new Set<string>();
  readonly #keys = new Set<string>();

  /** Ids, names and aliases written in an invalid person or department file. */
  addNames(...names: unknown[]): void {
    for (const n of names.flat()) if (typeof n === 'string' || typeof n === 'number') this.#names.add(String(n).toLowerCase());
  }

  /** A ref key whose thing, and everything under it, failed validation: `2026:bsc`, `2026:sales`, `2026:sales/o2`. */
  addKey(key: string): void {
    this.#keys.add(key);
  }

  coversName(name: string): boolean {
    return this.#names.has(name.toLowerCase());
  }

  coversKey(key: string): boolean {
    for (const k of this.#keys) if (key === k || key.startsWith(`${k}/`)) return true;
    return false;
  }
}

/**
 * Top-level `key: value` lines of a file YAML could not parse, read loosely: only to know what it
 * meant to define (its id, name, owner, period), never as data.
 */
export function looseFields(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split(/\r?\n/)) {
    const m = /^\s*([A-Za-z]+):[ \t]*(.*?)\s*$/.exec(line);
    if (m && m[2] && !(m[1] in out)) out[m[1]] = m[2].replace(/^['"]|['"]$/g, '');
  }
  return out;
}

export function baseName(path: string): string {
  return path.split('/').pop()!.replace(/\.[^.]+$/, '');
}
