import { defineMiddleware } from 'astro:middleware';
import { langOf } from './i18n/lang.ts';

// Every page exists twice: /… in Chinese and /en/… in English; the path decides the UI language.
export const onRequest = defineMiddleware((context, next) => {
  context.locals.lang = langOf(context.url.pathname);
  return next();
});
