import { NameIndex } from '../core/name-index.ts';
import { personSchema } from '../core/schemas/person.ts';
import { parseFile } from '../core/source.ts';
import { readContentFiles } from '../content-files.ts';

/** The people of a content folder, indexed by name, for the Markdown renderer's @提及 links. */
export function peopleNames(contentDir: string): NameIndex {
  const names = new NameIndex();
  for (const file of readContentFiles(contentDir).filter((f) => /^people\/[^/]+\.ya?ml$/.test(f.path))) {
    const person = personSchema.safeParse(parseFile(file).parsed?.data);
    if (person.success) names.add(person.data);
  }
  return names;
}
