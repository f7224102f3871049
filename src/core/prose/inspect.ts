import type { Element, Nodes as HastNodes, Properties } from 'hast';
import { find, html } from 'property-information';
import type { Msg } from '../text.ts';
import { checkUrl, IMAGE_SCHEMES, LINK_SCHEMES } from '../url-policy.ts';
import {
  attributeCodeMessage, attributeMessage, elementMessage, esmMessage, eventHandlerMessage, expressionMessage, INPUT_MESSAGE,
  REMOVED_MESSAGE, urlMessage,
} from './messages.ts';
import type { ParsedBody } from './parse.ts';
import { BODY_SCHEMA, type PropertyDefinition } from './schema.ts';
import { firstDifference, sanitizeBody } from './sanitize.ts';

/**
 * Everything in a body the portal will not publish, each with its place and a fix: code (MDX ESM,
 * expressions, expression attributes), HTML the schema does not allow (elements, attributes, event
 * handlers), and addresses the URL policy refuses. It reports exactly what the sanitiser would remove:
 * a body with no problems comes out of sanitizeBody unchanged, and a difference the rules below did
 * not name is still reported (as body-html, at the first changed node), so nothing is dropped silently.
 */

export type BodyRule = 'body-code' | 'body-html' | 'unsafe-url';

export interface BodyProblem {
  rule: BodyRule;
  /** 1-based line and column in the body. */
  line: number;
  column: number;
  message: Msg;
}

interface Point { line: number; column: number; offset?: number }
/** Positions as parsers leave them: text the HTML parser made may lack a start. */
type At = { start?: Point } | undefined;
interface AnyNode {
  type: string;
  value?: unknown;
  url?: string;
  identifier?: string;
  label?: string;
  name?: string | null;
  attributes?: { type: string; name?: string; value?: unknown; position?: { start?: Point } }[];
  children?: AnyNode[];
  data?: { estree?: { body: unknown[] } };
  position?: { start?: Point };
}

const TAGS = new Set(BODY_SCHEMA.tagNames);
const STRIP = new Set(BODY_SCHEMA.strip);
const PROTOCOLS = BODY_SCHEMA.protocols as Record<string, string[]>;

export function inspectBody(body: ParsedBody): BodyProblem[] {
  const problems: BodyProblem[] = [];
  const push = (rule: BodyRule, at: At, message: Msg) =>
    problems.push({ rule, line: at?.start?.line ?? 1, column: at?.start?.column ?? 1, message });
  const markdownUrls = inspectMarkdown(body.mdast as unknown as AnyNode, push);
  inspectHtml(body.hast, markdownUrls, push);
  if (problems.length === 0) {
    const changed = firstDifference(body.hast, sanitizeBody(body.hast));
    if (changed) push('body-html', changed.position, REMOVED_MESSAGE);
  }
  return problems.sort((a, b) => a.line - b.line || a.column - b.column);
}

type Push = (rule: BodyRule, at: At, message: Msg) => void;

// ── Markdown and MDX: code, and the addresses of links, images and definitions ──────────────────

/** Reports code and Markdown addresses; returns the offsets of the links and images it checked. */
function inspectMarkdown(tree: AnyNode, push: Push): Set<number> {
  const checked = new Set<number>();
  const definitions: AnyNode[] = [];
  const imageRefs = new Set<string>();
  const visit = (node: AnyNode) => {
    const offset = node.position?.start?.offset;
    switch (node.type) {
      case 'mdxjsEsm':
        push('body-code', node.position, esmMessage(String(node.value ?? '')));
        return;
      case 'mdxFlowExpression':
      case 'mdxTextExpression':
        if ((node.data?.estree?.body.length ?? 0) > 0) push('body-code', node.position, expressionMessage(String(node.value ?? '')));
        return;
      case 'mdxJsxFlowElement':
      case 'mdxJsxTextElement':
        for (const a of node.attributes ?? []) {
          if (a.type === 'mdxJsxExpressionAttribute') push('body-code', a.position ?? node.position, attributeCodeMessage(node.name ?? '', `{${String(a.value)}}`));
          else if (a.value && typeof a.value === 'object') push('body-code', a.position ?? node.position, attributeCodeMessage(node.name ?? '', `${a.name}={${String((a.value as { value?: unknown }).value)}}`));
        }
        break;
      case 'link':
      case 'image': {
        const image = node.type === 'image';
        const verdict = checkUrl(node.url ?? '', image ? IMAGE_SCHEMES : LINK_SCHEMES);
        if (!verdict.ok) push('unsafe-url', node.position, urlMessage(image ? 'image' : 'link', node.url ?? '', verdict));
        if (offset !== undefined) checked.add(offset);
        break;
      }
      case 'linkReference':
      case 'imageReference':
        // The address is the definition's, reported there once.
        if (offset !== undefined) checked.add(offset);
        if (node.type === 'imageReference' && node.identifier) imageRefs.add(node.identifier);
        break;
      case 'definition':
        definitions.push(node);
        break;
      default:
    }
    for (const child of node.children ?? []) visit(child);
  };
  visit(tree);
  for (const d of definitions) {
    const image = imageRefs.has(d.identifier ?? '');
    const verdict = checkUrl(d.url ?? '', image ? IMAGE_SCHEMES : LINK_SCHEMES);
    if (!verdict.ok) push('unsafe-url', d.position, urlMessage(image ? 'image' : 'link', d.url ?? '', verdict, d.label ?? d.identifier));
  }
  return checked;
}

// ── HTML (raw HTML in .md, JSX in .mdx, and what Markdown made): elements, attributes, addresses ─

function inspectHtml(node: HastNodes, markdownUrls: Set<number>, push: Push): void {
  if (node.type === 'element') {
    if (!TAGS.has(node.tagName)) {
      push('body-html', node.position, elementMessage(node.tagName));
      if (STRIP.has(node.tagName)) return;
    } else {
      inspectProperties(node, markdownUrls.has(node.position?.start?.offset ?? -1), push);
    }
  }
  if ('children' in node) for (const child of node.children) inspectHtml(child, markdownUrls, push);
}

function inspectProperties(node: Element, urlChecked: boolean, push: Push): void {
  const tag = node.tagName;
  if (tag === 'input') {
    if (!Object.entries(node.properties).every(([k, v]) => v === undefined || v === null || propertyAllowed(tag, k, v))
      || node.properties.type !== 'checkbox' || node.properties.disabled !== true) {
      push('body-html', node.position, INPUT_MESSAGE);
    }
    return;
  }
  for (const [key, value] of Object.entries(node.properties as Properties)) {
    if (value === undefined || value === null) continue;
    const attribute = find(html, key).attribute;
    if (!propertyAllowed(tag, key, value)) {
      push('body-html', node.position, /^on/i.test(attribute) ? eventHandlerMessage(tag, attribute) : attributeMessage(tag, attribute, value));
      continue;
    }
    const schemes = PROTOCOLS[key];
    if (schemes && !urlChecked && typeof value === 'string') {
      const verdict = checkUrl(value, schemes);
      if (!verdict.ok) push('unsafe-url', node.position, urlMessage({ tag, attribute }, value, verdict));
    }
  }
}

function definitionOf(tag: string, key: string): PropertyDefinition | undefined {
  return (BODY_SCHEMA.attributes?.[tag] ?? []).find((d) => (typeof d === 'string' ? d : d[0]) === key);
}

function propertyAllowed(tag: string, key: string, value: Properties[string]): boolean {
  const definition = definitionOf(tag, key);
  return definition !== undefined && valueAllowed(definition, value);
}

function valueAllowed(definition: PropertyDefinition, value: Properties[string]): boolean {
  if (typeof definition === 'string' || definition.length < 2) return true;
  const options = definition.slice(1);
  const values = Array.isArray(value) ? value : [value];
  return values.every((v) => options.some((o: unknown) => (o instanceof RegExp ? o.test(String(v)) : o === v)));
}
