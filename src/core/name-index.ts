/**
 * Who a written name means, with one precedence everywhere (owners, @提及, the renderer's links):
 * an id first, then names, then aliases. More than one id means the name is ambiguous.
 */
export class NameIndex {
  readonly #ids = new Set<string>();
  readonly #names = new Map<string, Set<string>>();
  readonly #aliases = new Map<string, Set<string>>();

  add(person: { id: string; name: string; aliases?: string[] }): void {
    this.#ids.add(person.id);
    index(this.#names, person.name, person.id);
    for (const alias of person.aliases ?? []) index(this.#aliases, alias, person.id);
  }

  lookup = (name: string): string[] => {
    if (this.#ids.has(name)) return [name];
    const key = name.toLowerCase();
    return [...(this.#names.get(key) ?? this.#aliases.get(key) ?? [])];
  };

  /** The ids whose own name (not alias) is `name`. */
  byName(name: string): string[] {
    return [...(this.#names.get(name.toLowerCase()) ?? [])];
  }
}

function index(map: Map<string, Set<string>>, name: string, id: string): void {
  const key = name.toLowerCase();
  if (!map.has(key)) map.set(key, new Set());
  map.get(key)!.add(id);
}
