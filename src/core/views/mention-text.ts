import { splitMentions } from '../mentions.ts';
import type { Lookup } from './lookup.ts';
import { urls } from './urls.ts';

/**
 * Text with its @提及 resolved, for a component to render run by run: plain text, a link to a
 * person (showing the mention as written), or a mention that names no one, shown as marked text.
 */
export type MentionRun =
  | { kind: 'text'; text: string }
  | { kind: 'person'; text: string; href: string; name: string }
  | { kind: 'unknown'; text: string };

export type MentionText = MentionRun[];

/** Resolve the mentions of a text field, exactly as the check does. */
export function mentionText(look: Lookup, text: string): MentionText {
  return splitMentions(text, look.names.lookup).map((s): MentionRun => {
    if (s.kind === 'text') return { kind: 'text', text: s.text };
    // Ambiguous mentions fail the check, so a built site never has one; shown unlinked all the same.
    if (s.kind !== 'person') return { kind: 'unknown', text: s.text };
    return { kind: 'person', text: s.text, href: urls.person(s.personId), name: look.people.get(s.personId)?.name ?? s.personId };
  });
}

export function optionalMentionText(look: Lookup, text: string | undefined): MentionText | undefined {
  return text === undefined ? undefined : mentionText(look, text);
}

/** The text as written, for places that cannot hold a link: titles of pages, labels of links. */
export function plainText(runs: MentionText): string {
  return runs.map((r) => r.text).join('');
}
