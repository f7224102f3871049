/**
 * A small XML well-formedness check for tests: every tag closed in order, attributes quoted, `&` only
 * as an entity, no `<` in text. Returns the elements by path (`feed/entry/title`) with their text, so a
 * test can also read what a parser would.
 */
export interface XmlElement { path: string; attrs: Record<string, string>; text: string }

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function unescape(s: string, where: string): string {
  return s.replace(/&([^;]*);|&/g, (all, name: string | undefined) => {
    if (name === undefined) throw new Error(`bare & in ${where}`);
    if (name in ENTITIES) return ENTITIES[name];
    if (/^#\d+$/.test(name)) return String.fromCodePoint(Number(name.slice(1)));
    if (/^#x[0-9a-f]+$/i.test(name)) return String.fromCodePoint(parseInt(name.slice(2), 16));
    throw new Error(`unknown entity ${all} in ${where}`);
  });
}

export function parseXml(xml: string): XmlElement[] {
  const body = xml.replace(/^<\?xml[^?]*\?>\s*/, '');
  const stack: XmlElement[] = [];
  const done: XmlElement[] = [];
  const token = /<(\/?)([A-Za-z_][\w:.-]*)((?:\s+[\w:.-]+\s*=\s*(?:"[^"<]*"|'[^'<]*'))*)\s*(\/?)>|([^<]+)|(<)/gy;
  let m: RegExpExecArray | null;
  let root = 0;
  let at = 0;
  while ((m = token.exec(body))) {
    at = token.lastIndex;
    const [, close, name, attrText, selfClose, text, stray] = m;
    if (stray) throw new Error(`stray < at ${m.index}`);
    if (text !== undefined) {
      if (stack.length === 0) { if (text.trim()) throw new Error('text outside the root'); continue; }
      stack[stack.length - 1].text += unescape(text, stack[stack.length - 1].path);
      continue;
    }
    if (close) {
      const open = stack.pop();
      if (!open || open.path.split('/').pop() !== name) throw new Error(`</${name}> closes ${open?.path ?? 'nothing'}`);
      done.push(open);
      continue;
    }
    const attrs: Record<string, string> = {};
    for (const a of attrText.matchAll(/([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g)) attrs[a[1]] = unescape(a[2] ?? a[3], name);
    if (stack.length === 0 && root++ > 0) throw new Error('two roots');
    const el = { path: [...stack.map((s) => s.path.split('/').pop()), name].join('/'), attrs, text: '' };
    if (selfClose) done.push(el);
    else stack.push(el);
  }
  if (at < body.length) throw new Error(`cannot read at ${at}`);
  if (stack.length) throw new Error(`unclosed ${stack.map((s) => s.path).join(', ')}`);
  if (root !== 1) throw new Error('no root element');
  return done;
}
