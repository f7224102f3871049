// Encodings: bytes that are not UTF-8, UTF-16 files, lone surrogates, and characters that hide
// (NUL, bidi overrides, zero-width) or pretend (Cyrillic letters in Latin names). SourceFile holds
// text only, so byte cases are decoded as the content reader does (invalid bytes → U+FFFD) and their
// bytes passed along too (see run.ts); part B reports invalid-encoding in the file that has them.
import { errorAt, ownSet, q, type HostileCase } from '../case.ts';

const family = 'encodings';
const PERSON = 'people/h-enc.yaml';
const utf8 = (text: string) => new TextEncoder().encode(text);
const bytes = (...parts: (string | number[])[]) => {
  const chunks = parts.map((p) => (typeof p === 'string' ? utf8(p) : Uint8Array.from(p)));
  const out = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  let at = 0;
  for (const c of chunks) { out.set(c, at); at += c.length; }
  return out;
};
function utf16(text: string, le: boolean): Uint8Array {
  const out = new Uint8Array(2 + text.length * 2);
  out.set(le ? [0xff, 0xfe] : [0xfe, 0xff]);
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    out[2 + 2 * i] = le ? c & 0xff : c >> 8;
    out[3 + 2 * i] = le ? c >> 8 : c & 0xff;
  }
  return out;
}
const personText = 'id: h-enc\nname: 测试\ndepartment: sales\n';

function broken(name: string, content: Uint8Array | string, line: number, file = PERSON): HostileCase {
  return { name: `enc-${name}`, family, files: { [file]: content }, expect: { errors: ['invalid-encoding'], at: { file, line } } };
}
/** A person of its own with `field: value` (the value as a YAML double-quoted string). */
function personField(name: string, field: string, value: string, errors: string[]): HostileCase {
  const files = { [PERSON]: `id: h-enc\ndepartment: sales\n${field === 'name' ? '' : 'name: 测试\n'}${field}: ${field === 'aliases' ? `[${q(value)}]` : q(value)}\n` };
  return { name: `enc-${name}`, family, files, expect: errorAt(files, PERSON, `${field}:`, errors) };
}
function textWarning(name: string, kr: string, warnings: string[]): HostileCase {
  const s = ownSet(`e-${name}`, { kr });
  return { name: `enc-${name}`, family, files: s.files, expect: { warnings } };
}
function fine(name: string, objective: string, text: string): HostileCase {
  const s = ownSet(`e-${name}`, { objective });
  return { name: `enc-${name}`, family, files: s.files, expect: { ok: true }, site: { page: s.page, text } };
}

export const cases: HostileCase[] = [
  broken('invalid-utf8-byte', bytes('id: h-enc\nname: 测', [0xff], '\ndepartment: sales\n'), 2),
  broken('truncated-utf8', bytes('id: h-enc\nname: 测试\ndepartment: sales\ntitle: ', [0xe6, 0xb5], '\n'), 4),
  broken('overlong-utf8', bytes('id: h-enc\nname: ', [0xc0, 0xaf], '\ndepartment: sales\n'), 2),
  broken('latin1', bytes('id: h-enc\nname: Caf', [0xe9], '\ndepartment: sales\n'), 2),
  broken('utf16le-bom', utf16(personText, true), 1),
  broken('utf16be-bom', utf16(personText, false), 1),
  broken('invalid-utf8-in-body', bytes('---\nid: h-enc\nname: 测试部\nleads: [张三]\nmission: 做事。\n---\n正文\n', [0xed, 0xa0, 0x80], '\n'), 8, 'departments/h-enc.md'),
  // A surrogate written as UTF-8 bytes (CESU-8): a lone one, and a pair in the wrong order.
  broken('lone-surrogate', bytes('id: h-enc\nname: 测试\ndepartment: sales\ntitle: 负责人', [0xed, 0xa0, 0x80], '\n'), 4),
  broken('reversed-surrogates', bytes('id: h-enc\nname: 测试\ndepartment: sales\ntitle: 负责人', [0xed, 0xb0, 0x80, 0xed, 0xa0, 0x80], '\n'), 4),
  personField('nul-in-name', 'name', '张\u0000六', ['invisible-character']),
  personField('bidi-in-name', 'name', '张\u202E六', ['invisible-character']),
  personField('zero-width-in-name', 'name', '张\u200B六', ['invisible-character']),
  personField('bom-in-alias', 'aliases', '\uFEFF老张', ['invisible-character']),
  textWarning('bidi-in-kr-title', '回访\u202Egnp.exe 客户', ['invisible-character']),
  textWarning('zero-width-in-kr-title', '回访\u200B客户', ['invisible-character']),
  textWarning('nul-in-kr-title', '回访\u0000客户', ['invisible-character']),
  {
    name: 'enc-mixed-script-name', family,
    files: { [PERSON]: 'id: h-enc\nname: Lisа\ndepartment: sales\n' },
    expect: { warnings: ['mixed-script'] },
  },
  fine('cjk-extension-b', '𠮷野家的𩸽 xq-cjk', '𠮷野家的𩸽 xq-cjk'),
  fine('emoji', '🚀 上线 👩‍💻 xq-emoji', '🚀 上线 👩‍💻 xq-emoji'),
  fine('combining-marks', 'Z̤͔ͧ̑̓ä͖̭̈̇lͮ̒ͫǧ̗͚̚o̙̔ͮ̇͐̇ xq-zalgo', 'xq-zalgo'),
  fine('rtl-script', 'مرحبا שלום xq-rtl', 'مرحبا שלום xq-rtl'),
];
