#!/usr/bin/env node
// node test/hostile/build-site.ts    (npm run test:e2e runs it before Playwright)
// The hostile site: the base fixture content plus the files of every accepted `site` case of the
// corpus (each adds an OKR set, a department or a person of its own, so they sit side by side), built
// by the real build (scripts/build.ts) into test/.output/hostile-dist. test/e2e/hostile.spec.ts visits
// every page of it. Writes test/.output/hostile-site.json: where each case's marker text must show.
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { baseFiles } from '../core/fixture.ts';
import { CORPUS } from './corpus.ts';

const ROOT = resolve(import.meta.dirname, '..', '..');
export const OUTPUT = join(ROOT, 'test', '.output');
export const CONTENT = join(OUTPUT, 'hostile-content');
export const DIST = join(OUTPUT, 'hostile-dist');
export const MANIFEST = join(OUTPUT, 'hostile-site.json');

function fail(message: string): never {
  console.error(`hostile site: ${message}`);
  process.exit(1);
}

const files = new Map<string, string | Uint8Array>(baseFiles().map((f) => [f.path, f.text]));
const owner = new Map<string, string>();
const cases = CORPUS.filter((c) => c.site);
if (cases.length === 0) fail('the corpus has no site case');
for (const c of cases) {
  for (const [path, content] of Object.entries(c.files)) {
    if (files.has(path)) fail(`${c.name} writes ${path}, which ${owner.get(path) ?? 'the base content'} has already`);
    files.set(path, content);
    owner.set(path, c.name);
  }
}

rmSync(CONTENT, { recursive: true, force: true });
for (const [path, content] of files) {
  const full = join(CONTENT, path);
  mkdirSync(dirname(full), { recursive: true });
  writeFileSync(full, content);
}
writeFileSync(MANIFEST, `${JSON.stringify(cases.map((c) => ({ name: c.name, ...c.site })), null, 2)}\n`);

console.log(`hostile site: ${cases.length} cases in ${CONTENT}; building into ${DIST}`);
const build = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build.ts')], {
  cwd: ROOT,
  stdio: 'inherit',
  env: { ...process.env, OKR_CONTENT: CONTENT, OKR_OUT_DIR: DIST, OKR_AS_OF: '2026-06-30', OKR_INCLUDE_PRIVATE: '' },
});
if (build.status !== 0) fail(`the build failed (exit ${build.status ?? build.signal}); the hostile content must build, see above`);
console.log('hostile site: built');
