export { BodySyntaxError, isMdxPath, parseBody, type ParsedBody, type ParseOptions } from './parse.ts';
export { inspectBody, type BodyProblem, type BodyRule } from './inspect.ts';
export { deepNestingMessage, TOO_COMPLEX_MESSAGE, urlProblemMessage } from './messages.ts';
export { findDeepNesting, MAX_BRACKET_DEPTH, MAX_BRACKETS_PER_PARAGRAPH, MAX_CONTAINER_DEPTH, MAX_TAG_DEPTH, type DeepNesting } from './limits.ts';
export { firstDifference, sanitizeBody } from './sanitize.ts';
export { linkMentions, mentionTexts, NO_MENTIONS, type MentionHtml } from './mentions.ts';
export { bodyHtml, bodyIdPrefix, safeBody, type BodySource } from './render.ts';
export { BODY_HTML, BODY_SCHEMA } from './schema.ts';
export { isPlainProse, isSimpleMarkdown } from './plain.ts';
