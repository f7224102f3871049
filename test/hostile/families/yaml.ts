// YAML: syntax an editor gets wrong, tags that would construct code elsewhere, aliases and documents.
import { base, edit, errorAt, lineOf, SALES, SETTINGS, ZHANG, type HostileCase } from '../case.ts';

const family = 'yaml';
const PERSON = 'people/h-yaml.yaml';

/** A case over one file: `text` replaces it; the first error is on the line of `needle`. */
function yamlCase(name: string, file: string, text: string, errors: string[], needle: string): HostileCase {
  const files = { [file]: text };
  return { name: `yaml-${name}`, family, files, expect: errorAt(files, file, needle, errors) };
}
const person = (body: string) => `id: h-yaml\nname: 测试\ndepartment: sales\n${body}`;

const bomb = `id: h-yaml
name: 测试
department: sales
a: &a [x, x, x, x, x, x, x, x, x, x]
b: &b [*a, *a, *a, *a, *a, *a, *a, *a, *a, *a]
c: &c [*b, *b, *b, *b, *b, *b, *b, *b, *b, *b]
d: &d [*c, *c, *c, *c, *c, *c, *c, *c, *c, *c]
e: &e [*d, *d, *d, *d, *d, *d, *d, *d, *d, *d]
f: &f [*e, *e, *e, *e, *e, *e, *e, *e, *e, *e]
g: &g [*f, *f, *f, *f, *f, *f, *f, *f, *f, *f]
h: &h [*g, *g, *g, *g, *g, *g, *g, *g, *g, *g]
i: [*h, *h, *h, *h, *h, *h, *h, *h, *h, *h]
`;

export const cases: HostileCase[] = [
  yamlCase('tab-indent', ZHANG, 'id: zhang-san\nname: 张三\n\tdepartment: sales\n', ['yaml-syntax'], '\tdepartment'),
  yamlCase('bad-indent', ZHANG, 'id: zhang-san\n  name: 张三\ndepartment: sales\n', ['yaml-syntax'], 'id:'),
  yamlCase('unclosed-quote', ZHANG, 'id: zhang-san\nname: "张三\ndepartment: sales\n', ['yaml-syntax'], 'name:'),
  yamlCase('duplicate-key', ZHANG, 'id: zhang-san\nname: 张三\nname: 李四\ndepartment: sales\n', ['yaml-syntax'], 'name: 李四'),
  yamlCase('colon-space-in-value', ZHANG, 'id: zhang-san\nname: 张三\ndepartment: sales\ntitle: 负责人: 销售\n', ['yaml-syntax'], 'title:'),
  yamlCase('reserved-at', PERSON, 'id: h-yaml\nname: @张三\ndepartment: sales\n', ['yaml-syntax'], 'name:'),
  yamlCase('reserved-backtick', PERSON, 'id: h-yaml\nname: `rm -rf /`\ndepartment: sales\n', ['yaml-syntax'], 'name:'),
  yamlCase('unclosed-flow', ZHANG, 'id: zhang-san\nname: 张三\naliases: [老张, 张总\ndepartment: sales\n', ['yaml-syntax'], 'aliases:'),
  yamlCase('undefined-alias', ZHANG, 'id: zhang-san\nname: 张三\ndepartment: *nowhere\n', ['yaml-syntax'], 'department:'),
  yamlCase('frontmatter-error-line', SALES, edit(SALES, '    title: 提升转化效率', '    title: "提升转化效率'), ['yaml-syntax'], '"提升转化效率'),
  yamlCase('second-document', PERSON, `${person('')}---\nid: h-yaml-2\nname: 第二个\n`, ['yaml-syntax'], '---'),
  yamlCase('second-document-settings', SETTINGS, `${base(SETTINGS)}---\ncompany: 另一家\n`, ['yaml-syntax'], '---'),
  yamlCase('alias-bomb', PERSON, bomb, ['yaml-limits'], 'b: &b'),
  yamlCase('nesting-depth-100', PERSON, person(`deep: ${'['.repeat(100)}x${']'.repeat(100)}\n`), ['yaml-limits'], 'deep:'),
  yamlCase('nesting-depth-block-80', PERSON, person(Array.from({ length: 80 }, (_, i) => `${'  '.repeat(i)}k${i}:`).join('\n') + ' x\n'), ['yaml-limits'], 'k64:'),
  // A tag asks a YAML library to construct something: here it is a notice, and the value stays text.
  {
    name: 'yaml-js-function-tag', family,
    files: { [ZHANG]: "id: zhang-san\nname: 张三\ndepartment: sales\ntitle: !!js/function 'function () { return process.exit(1) }'\n" },
    expect: { warnings: ['yaml-syntax'] },
  },
  // The tagged list stays a list: a title must be text (the tag itself is a notice).
  yamlCase('python-tag', ZHANG, "id: zhang-san\nname: 张三\ndepartment: sales\ntitle: !!python/object/apply:os.system ['id']\n", ['invalid-value'], 'title:'),
  yamlCase('merge-key', ZHANG, 'id: zhang-san\nname: 张三\ndepartment: sales\n<<: { title: 注入 }\n', ['unknown-field'], '<<:'),
  yamlCase('proto-key', ZHANG, 'id: zhang-san\nname: 张三\ndepartment: sales\n__proto__: { isAdmin: true }\n', ['unknown-field'], '__proto__'),
  yamlCase('constructor-key', ZHANG, 'id: zhang-san\nname: 张三\ndepartment: sales\nconstructor: { prototype: { x: 1 } }\n', ['unknown-field'], 'constructor'),
  yamlCase('directive-yaml-1-1', ZHANG, '%YAML 1.1\n---\nid: zhang-san\nname: 张三\ndepartment: sales\nmanager: no\n', ['invalid-value'], 'manager:'),
  {
    name: 'yaml-bom-crlf', family,
    files: { [SETTINGS]: `\uFEFF${base(SETTINGS).replace(/\n/g, '\r\n')}` },
    expect: { ok: true },
  },
  (() => {
    const text = base(ZHANG).replace(/\n/g, '\r\n').replace('department: sales', 'department: sales\r\n  oops: 1');
    const files = { [ZHANG]: text };
    return { name: 'yaml-crlf-error-line', family, files, expect: { errors: ['yaml-syntax'], at: { file: ZHANG, line: lineOf(text, 'oops') - 1 } } } satisfies HostileCase;
  })(),
];
