// Ids: they become file names, URLs and keys, so anything but a short lowercase slug is refused.
import { edit, errorAt, LISI, SALES, type HostileCase } from '../case.ts';

const family = 'ids';
const PERSON = 'people/h-ids.yaml';

/** A person of its own whose id is `id` (a YAML value). */
function personId(name: string, id: string, errors: string[]): HostileCase {
  const files = { [PERSON]: `id: ${id}\nname: 测试\ndepartment: sales\n` };
  return { name: `ids-person-${name}`, family, files, expect: errorAt(files, PERSON, 'id:', errors) };
}
/** Sales o1 with the id `id`. */
function objectiveId(name: string, id: string, errors: string[]): HostileCase {
  const files = { [SALES]: edit(SALES, '  - id: o1\n', `  - id: ${id}\n`) };
  return { name: `ids-objective-${name}`, family, files, expect: errorAt(files, SALES, `  - id: ${id.slice(0, 10)}`, errors) };
}
/** Sales o1/kr1 with the id `id`. */
function krId(name: string, id: string, errors: string[]): HostileCase {
  const files = { [SALES]: edit(SALES, '      - id: kr1\n        title: 违规率', `      - id: ${id}\n        title: 违规率`) };
  return { name: `ids-kr-${name}`, family, files, expect: errorAt(files, SALES, `      - id: ${id.slice(0, 10)}`, errors) };
}

export const cases: HostileCase[] = [
  personId('upper-case', 'Zhao-Liu', ['invalid-id']),
  personId('space', "'zhao liu'", ['invalid-id']),
  personId('traversal', "'../../etc/passwd'", ['invalid-id']),
  personId('slash', 'zhao/liu', ['invalid-id']),
  personId('script', "'<script>alert(1)</script>'", ['invalid-id']),
  personId('chinese', '赵六', ['invalid-id']),
  personId('empty', "''", ['invalid-id']),
  
  personId('cyrillic-a', 'zhаo-liu', ['invalid-id']),
  personId('long-65', 'a'.repeat(65), ['invalid-id']),
  personId('long-5000', 'a'.repeat(5000), ['invalid-id']),
  personId('zero-width', '"zhao\\u200bliu"', ['invalid-id', 'invisible-character']),
  personId('nul', '"zhao\\0liu"', ['invalid-id', 'invisible-character']),
  personId('bidi', '"zhao\\u202eliu"', ['invalid-id', 'invisible-character']),
  personId('reserved-search', 'search', ['reserved-id']),
  personId('reserved-en', 'en', ['reserved-id']),
  objectiveId('traversal', "'../o1'", ['invalid-id', 'unknown-ref']),
  objectiveId('proto', '__proto__', ['invalid-id', 'unknown-ref']),
  objectiveId('hash', "'o1#x'", ['invalid-id', 'unknown-ref']),
  // The others' refs to o1 now point nowhere: reported where they are written (li-si's alignsTo).
  objectiveId('long-65', 'o'.repeat(65), ['invalid-id', 'unknown-ref']),
  krId('space', "'kr 1'", ['invalid-id']),
  
  krId('question', "'kr1?x=1'", ['invalid-id']),
  (() => {
    const files = { [SALES]: edit(SALES, '  - id: o2\n', '  - id: o1\n') };
    return { name: 'ids-objective-duplicate', family, files, expect: errorAt(files, SALES, '  - id: o1\n    title: 提升', ['duplicate-id', 'unknown-ref']) } satisfies HostileCase;
  })(),
  // Names every object has are ids like any other: accepted, and never confused with the object's own.
  { name: 'ids-kr-constructor', family, files: { [SALES]: edit(SALES, '      - id: kr1\n        title: 违规率', '      - id: constructor\n        title: 违规率') }, expect: { ok: true } },
  { name: 'ids-objective-to-string', family, files: { [LISI]: edit(LISI, '  - id: o1\n', '  - id: tostring\n') }, expect: { ok: true } },
  { name: 'ids-person-digits', family, files: { [PERSON]: 'id: 42\nname: 测试\ndepartment: sales\n' }, expect: { warnings: ['file-name'] } },
  (() => {
    const files = { 'departments/h-ids.md': "---\nid: '../sales'\nname: 测试部\nleads: [张三]\nmission: 做事。\n---\n" };
    return { name: 'ids-department-traversal', family, files, expect: errorAt(files, 'departments/h-ids.md', 'id:', ['invalid-id']) } satisfies HostileCase;
  })(),
];
