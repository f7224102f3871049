// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';
import { searchIndex } from './src/integrations/search-index.ts';
import { satteri } from '@astrojs/markdown-satteri';
import { mentionLinks } from './src/integrations/mentions.ts';
import { peopleNames } from './src/site/people.ts';

const CONTENT_DIR = process.env.OKR_CONTENT ?? 'content';

export default defineConfig({
  integrations: [mdx(), searchIndex()],
  // Sätteri (the fast default) renders the prose; @提及 become links to the person's page.
  markdown: { processor: satteri({ mdastPlugins: [mentionLinks(peopleNames(CONTENT_DIR))] }) },
  // Tests and benchmarks build other content into other folders (see src/site/data.ts).
  outDir: process.env.OKR_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
