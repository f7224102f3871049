import { parseRef, refKey, withPeriod } from '../refs.ts';
import { nodeLink, ownerHref } from './links.ts';
import type { Lookup } from './lookup.ts';

/** A piece of a message: plain text, or a thing named as readers know it and linked to its page. */
export type Segment = { text: string; href?: undefined } | { text: string; href: string };

// A ref as the check writes it in a message (`sales/o2/kr2`, `2026:bsc/nps`) or a bare owner id (`curriculum`);
// not part of a longer word, path, setting name (`lint.objectivesPerOwner`) or mention.
const REF_TOKEN = /(?<![\w@./:-])(?:\d{4}(?:-q\d)?:)?[a-z0-9][a-z0-9-]*(?:\/[a-z0-9][a-z0-9-]*){0,2}(?![\w/.-]*[\w/-])/g;

/**
 * The check's messages name things by id for editors; a page shows them by name. Each token that is the
 * ref of a KR, objective or BSC item in `period`, or the id of a department or person, becomes its name
 * with a link; everything else is left as written.
 */
export function readableSegments(look: Lookup, text: string, period: string, lang: 'zh' | 'en' = 'zh'): Segment[] {
  const out: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(REF_TOKEN)) {
    const named = nameOf(look, m[0], period, lang);
    if (!named) continue;
    if (m.index > last) out.push({ text: text.slice(last, m.index) });
    out.push(named);
    last = m.index + m[0].length;
  }
  if (last < text.length) out.push({ text: text.slice(last) });
  return out;
}

function nameOf(look: Lookup, token: string, period: string, lang: 'zh' | 'en'): Segment | undefined {
  if (!token.includes('/')) {
    const dept = look.departments.get(token);
    if (dept) return { text: look.ownerName({ kind: 'department', id: token }, lang), href: ownerHref({ kind: 'department', id: token }) };
    const person = look.people.get(token);
    if (person) return { text: person.name, href: ownerHref({ kind: 'person', id: token }) };
    return undefined;
  }
  const ref = parseRef(token);
  if (!ref || (ref.kind !== 'bsc' && ref.kind !== 'objective' && ref.kind !== 'kr')) return undefined;
  const link = nodeLink(look, refKey(withPeriod(ref, period)));
  if (!link) return undefined;
  return { text: link.context === 'BSC' ? link.label : `${link.context} ${link.label}`, href: link.href };
}
