import jsyaml from 'js-yaml';

/**
 * The data of plain, well-formed YAML, read by js-yaml (≈15× faster than `yaml` with positions), or
 * undefined: then `parseFile` takes the full path, which reads positions, limits and every error.
 *
 * The two must agree on every file this takes, so it declines whatever the full path treats specially
 * or where the parsers may differ: anchors, aliases, tags and directives; document markers inside the
 * data; data that starts indented; tabs, control and line-separator characters; complex keys (`?`, or a collection as a key),
 * merge keys (`<<`) and `__proto__`; block scalars with an explicit indentation; flow collections and quoted values over several lines; keys that read as null;
 * nesting deeper than QUICK_MAX_DEPTH; and anything js-yaml rejects. Plain scalars resolve as `yaml`'s
 * YAML 1.2 core schema resolves them, and a signed `target` (`+5`, `-3`) stays as written, as
 * source.ts keepSignedTargets does. test/core/quick-yaml.test.ts compares the two on every fixture and
 * on generated YAML.
 */
export function quickYamlData(yaml: string): unknown {
  if (DECLINED.test(yaml) || STARTS_INDENTED.test(yaml) || spansLines(yaml)) return undefined;
  let data: unknown;
  try {
    data = jsyaml.load(yaml, { schema: CORE_1_2, maxDepth: QUICK_MAX_DEPTH + 2 } as jsyaml.LoadOptions);
  } catch {
    return undefined;
  }
  const plain = finish(data, 0, undefined);
  return plain === DECLINE ? undefined : plain ?? {};
}

/** Well below the full path's limit (yaml-limits.ts), so a file this reads can never be too deep there. */
const QUICK_MAX_DEPTH = 24;

const DECLINED = new RegExp([
  /(?:^[ -]*|[:,[{?][ ]*)[&*!]/.source, // anchor, alias or tag where a value may start
  /[|>][+-]?[0-9]/.source, // a block scalar's explicit indentation
  /["']#/.source, // a comment not set apart from a quoted value (an error in `yaml`)
  /^%/.source, // directive
  /^(?:---|\.\.\.)(?:\s|$)/.source, // document markers
  /(?:^|\s)\?(?:\s|$)|[\]}]\s*:/.source, // complex key, or a collection as a key
  /<<|__proto__/.source,
  /[\t\r\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\u2028\u2029\uFEFF]/.source,
].join('|'), 'm');

/** Data whose first line is indented (js-yaml reads `  - a\n- b` as one list; `yaml` refuses it). */
const STARTS_INDENTED = /^(?:[ ]*(?:#.*)?\n)*[ ]+[^\s#]/;

/**
 * Whether a flow collection or a quoted value may go on over several lines: a line with more opening
 * than closing brackets (or the reverse), an odd number of double quotes, or a single quote where a
 * value may start and an odd number of them. The parsers differ most there.
 */
function spansLines(yaml: string): boolean {
  if (!/["'[\]{}]/.test(yaml)) return false;
  for (const line of yaml.split('\n')) {
    let brackets = 0;
    let doubles = 0;
    let singles = 0;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i];
      if (ch === '[' || ch === '{') brackets++;
      else if (ch === ']' || ch === '}') brackets--;
      else if (ch === '"' && line[i - 1] !== '\\') doubles++;
      else if (ch === "'") singles++;
    }
    if (brackets !== 0 || doubles % 2 === 1 || (singles % 2 === 1 && /(?:^|[\s[{,])'/.test(line))) return true;
  }
  return false;
}

const DECLINE = Symbol('decline');

/**
 * The data as `yaml` gives it: signed numbers back to numbers, except a `target`'s, which keeps its
 * source; DECLINE when it nests deeper than QUICK_MAX_DEPTH or has a key that `yaml` writes differently
 * (a null key is "" there, a signed number its value).
 */
function finish(node: unknown, depth: number, key: string | undefined): unknown {
  if (node instanceof Signed) return key === 'target' ? node.source : node.value;
  if (node === null || typeof node !== 'object') return node;
  if (depth >= QUICK_MAX_DEPTH) return DECLINE;
  if (Array.isArray(node)) {
    for (let i = 0; i < node.length; i++) if ((node[i] = finish(node[i], depth + 1, undefined)) === DECLINE) return DECLINE;
    return node;
  }
  const map = node as Record<string, unknown>;
  for (const k of Object.keys(map)) {
    if (NULL_KEY.test(k) || k === OBJECT_KEY || (map[k] = finish(map[k], depth + 1, k)) === DECLINE) return DECLINE;
  }
  return node;
}

/** A number written with a sign: `target: +5` means "5 more than the baseline", so its source is kept. */
class Signed {
  readonly source: string;
  readonly value: number;
  constructor(source: string, value: number) {
    this.source = source;
    this.value = value;
  }
}

const NULL_KEY = /^(?:~|[Nn]ull|NULL)?$/;
/** What js-yaml makes of a key that is an object, such as a signed number (`+2: x`, "2" in `yaml`). */
const OBJECT_KEY = '[object Object]';

/**
 * One type per tag (js-yaml keeps only the last of a tag), each trying `yaml`'s forms in its order;
 * `starts` are the first characters a form can have, so most text is turned away at once.
 */
function scalarType(name: string, starts: RegExp, forms: [RegExp, (s: string) => unknown][]): jsyaml.Type {
  const form = (s: string) => (starts.test(s) ? forms.find(([test]) => test.test(s)) : undefined);
  return new jsyaml.Type(`tag:yaml.org,2002:${name}`, {
    kind: 'scalar',
    resolve: (s: string | null) => s !== null && form(s) !== undefined,
    construct: (s: string) => {
      const value = form(s)![1](s);
      return typeof value === 'number' && /^[+-]/.test(s) ? new Signed(s, value) : value;
    },
  });
}

/** `yaml`'s YAML 1.2 core schema (node_modules/yaml/dist/schema/core), for plain scalars. */
const CORE_1_2 = jsyaml.FAILSAFE_SCHEMA.extend({
  implicit: [
    new jsyaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: (s: string | null) => s === null || (s.length <= 4 && NULL_KEY.test(s)), construct: () => null }),
    scalarType('bool', /^[tTfF]/, [[/^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/, (s) => s[0] === 't' || s[0] === 'T']]),
    scalarType('int', /^[-+0-9]/, [
      [/^0o[0-7]+$/, (s) => parseInt(s.slice(2), 8)],
      [/^[-+]?[0-9]+$/, (s) => parseInt(s, 10)],
      [/^0x[0-9a-fA-F]+$/, (s) => parseInt(s.slice(2), 16)],
    ]),
    scalarType('float', /^[-+.0-9]/, [
      [/^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/, (s) => (s.slice(-3).toLowerCase() === 'nan' ? NaN : s[0] === '-' ? -Infinity : Infinity)],
      [/^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/, parseFloat],
      [/^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/, parseFloat],
    ]),
  ],
});
