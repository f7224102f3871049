// @ts-check
import { defineConfig } from 'astro/config';
import mdx from '@astrojs/mdx';

export default defineConfig({
  integrations: [mdx()],
  // Tests and benchmarks build other content into other folders (see src/site/data.ts).
  outDir: process.env.OKR_OUT_DIR ?? './dist',
  trailingSlash: 'always',
  build: { format: 'directory' },
});
