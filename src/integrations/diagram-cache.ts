import { createHash } from 'node:crypto';
import { mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/**
 * Drawn SVGs kept between builds, one file per Mermaid source, named by the hash of the source and of
 * everything that decides the drawing (`renderer`: Mermaid's version, the configuration and sanitiser
 * code). A build draws only the diagrams whose source changed; a pull request that edits one set redraws
 * that set's maps. The folder is the build machine's (under node_modules, like Astro's caches), never
 * content's, and what is in it was sanitised before it was written.
 */
export function diagramCache(dir: string, renderer: string) {
  const salt = createHash('sha256').update(renderer).digest('hex');
  const file = (source: string) => join(dir, `${createHash('sha256').update(salt).update(source).digest('hex').slice(0, 40)}.svg`);
  return {
    get(source: string): string | undefined {
      try {
        return readFileSync(file(source), 'utf8');
      } catch {
        return undefined;
      }
    },
    set(source: string, svg: string): void {
      mkdirSync(dir, { recursive: true });
      // Written whole under a private name, then renamed: a build killed mid-write leaves no half SVG.
      const target = file(source);
      const partial = `${target}.${process.pid}.partial`;
      writeFileSync(partial, svg);
      renameSync(partial, target);
    },
  };
}
