import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';

// Only the Markdown bodies are rendered through Astro; the frontmatter is validated and scored by
// src/core (see src/site/data.ts), so this collection has no schema of its own.
export const collections = {
  content: defineCollection({
    loader: glob({
      pattern: '**/*.{md,mdx}',
      base: process.env.OKR_CONTENT ?? './content',
      generateId: ({ entry }) => entry,
      retainBody: false,
    }),
  }),
};
