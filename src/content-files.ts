import { isUtf8 } from 'node:buffer';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { SourceFile } from './core/source.ts';

/** Every content file under `dir` (dot-folders skipped), with paths relative to `dir` using `/`. */
export function readContentFiles(dir: string): SourceFile[] {
  const out: SourceFile[] = [];
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      if (entry.name.startsWith('.')) continue;
      const full = join(folder, entry.name);
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) out.push(sourceFile(relative(dir, full).split(sep).join('/'), readFileSync(full)));
    }
  };
  walk(dir);
  return out;
}

const UTF8 = new TextDecoder('utf-8');

/**
 * A file as the loader takes it: its text, and its bytes when they may not be UTF-8 (not well-formed,
 * or with NUL bytes, as UTF-16 has), for the loader to say what is wrong and where (core/encoding.ts).
 */
export function sourceFile(path: string, bytes: Uint8Array): SourceFile {
  const text = UTF8.decode(bytes);
  return isUtf8(bytes) && !text.includes('\0') ? { path, text } : { path, text, bytes };
}

/** Today's date in the machine's time zone, as YYYY-MM-DD. */
export function localToday(now = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}
