import type { Element, ElementContent, Root, RootContent } from 'hast';
import { splitMentions, type Lookup, type Segment } from '../mentions.ts';

/** Elements whose text is never a mention: links already, and code. */
export const NO_MENTIONS = new Set(['a', 'code', 'pre', 'kbd', 'samp', 'script', 'style', 'textarea']);

export interface MentionHtml {
  /** The page of a person, in the page's language. */
  hrefOf: (personId: string) => string;
  /** What an unresolved mention says on hover: 未找到此人. */
  unknownLabel: string;
  /** … and what a screen reader hears after it, in the page's punctuation: （未找到此人）. */
  unknownNote: string;
}

/**
 * Every text node of a tree where @提及 count: outside links and code, in document order. The check
 * reads mentions from exactly these nodes, and linkMentions links exactly these.
 */
export function* mentionTexts(node: Root | RootContent): Generator<{ value: string; position?: Element['position'] }> {
  if (node.type === 'text') yield node;
  if (node.type === 'element' && NO_MENTIONS.has(node.tagName)) return;
  if ('children' in node) for (const child of node.children) yield* mentionTexts(child);
}

/**
 * The sanitised tree with each @提及 linked to the person's page and each one that names no one
 * marked: a new tree, the input is not changed. Names resolve exactly as the check resolves them
 * (`lookup`), which has already reported every unknown or ambiguous one.
 */
export function linkMentions(tree: Root, lookup: Lookup, html: MentionHtml): Root {
  const visit = <T extends Root | Element>(node: T): T => {
    const children: (ElementContent | RootContent)[] = [];
    for (const child of node.children) {
      if (child.type === 'text' && /[@＠]/.test(child.value)) children.push(...splitMentions(child.value, lookup).map((s) => mentionNode(s, html)));
      else if (child.type === 'element' && !NO_MENTIONS.has(child.tagName)) children.push(visit(child));
      else children.push(child);
    }
    return { ...node, children } as T;
  };
  return visit(tree);
}

function mentionNode(s: Segment, html: MentionHtml): ElementContent {
  if (s.kind === 'text') return { type: 'text', value: s.text };
  if (s.kind === 'person') return element('a', { className: ['mention'], href: html.hrefOf(s.personId) }, [{ type: 'text', value: s.text }]);
  return element('span', { className: ['mention-unknown'], title: html.unknownLabel }, [
    { type: 'text', value: s.text },
    element('span', { className: ['sr-only'] }, [{ type: 'text', value: html.unknownNote }]),
  ]);
}

function element(tagName: string, properties: Element['properties'], children: ElementContent[]): Element {
  return { type: 'element', tagName, properties, children };
}
