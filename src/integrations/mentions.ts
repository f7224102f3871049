import { defineMdastPlugin } from 'satteri';
import { splitMentions } from '../core/mentions.ts';
import type { NameIndex } from '../core/name-index.ts';
import { urls } from '../core/views/urls.ts';

/**
 * Renders each @提及 in Markdown prose as a link to the person's page. Names resolve exactly as the
 * check resolves them (the check has already failed the build on an unknown or ambiguous one).
 */
export function mentionLinks(names: NameIndex) {
  return defineMdastPlugin({
    name: 'okr-mention-links',
    text(node, ctx) {
      if (!node.value.includes('@')) return;
      const parent = ctx.parent(node);
      if (parent && (parent.type === 'link' || parent.type === 'linkReference')) return;
      const segments = splitMentions(node.value, names.lookup);
      if (!segments.some((s) => 'personId' in s)) return;
      ctx.replaceNode(node, segments.map((s) => ('personId' in s
        ? { type: 'link', url: urls.person(s.personId), children: [{ type: 'text', value: s.text }], data: { hProperties: { className: ['mention'] } } }
        : { type: 'text', value: s.text })));
    },
  });
}
