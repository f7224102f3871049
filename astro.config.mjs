// @ts-check
import { defineConfig } from 'astro/config';
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { searchIndex } from './src/integrations/search-index.ts';
import { buildTestHook } from './src/integrations/build-test-hook.ts';
import { diagrams } from './src/integrations/diagrams.ts';

// Tests and benchmarks build other content folders (OKR_CONTENT) into other output folders (OKR_OUT_DIR).
// Astro's content-layer store must not be shared between content folders: a store left by another
// folder breaks the next build, so each folder gets its own cache.
const content = resolve(process.env.OKR_CONTENT ?? 'content');
const cacheDir = content === resolve('content') ? './node_modules/.astro' : `./node_modules/.astro-content/${createHash('sha1').update(content).digest('hex').slice(0, 12)}`;

// `npm run build` (scripts/build.ts) points OKR_OUT_DIR at a folder beside the published one and swaps it in
// once complete and verified; a bare `astro build` writes straight into the published folder, unprotected.
export default defineConfig({
  // No Markdown or MDX integration: content bodies are data, rendered by src/core/prose (src/site/bodies.ts).
  integrations: [diagrams(), searchIndex(), ...buildTestHook()],
  outDir: process.env.OKR_OUT_DIR ?? './dist',
  cacheDir,
  trailingSlash: 'always',
  build: { format: 'directory' },
  // The Content-Security-Policy allows no inline script, and Astro inlines a small script without imports:
  // every script goes to /_astro/ as a file. Stylesheets keep Vite's default (inline under 4 kB).
  vite: { build: { assetsInlineLimit: (file) => (file.endsWith('.js') ? false : undefined) } },
});
