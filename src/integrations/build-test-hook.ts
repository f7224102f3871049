import type { AstroIntegration, AstroIntegrationLogger } from 'astro';
import { existsSync } from 'node:fs';
import { setTimeout as sleep } from 'node:timers/promises';

/**
 * For the tests of atomic publish only (test/build.test.ts); inert unless OKR_BUILD_TEST_HOOK is set:
 * - `fail`: the build fails at the very end, after every page and the search index are written;
 * - `pause`: after the pages are written (Astro's `.prerender/` still there, no search index yet), prints
 *   `build-test-hook: paused` and waits until the file named by OKR_BUILD_TEST_RELEASE exists, so a test can
 *   kill the build mid-way, or hold it while a second build starts, without guessing at timings;
 * - `pause-at-start`: the same as Astro's build starts, before the costly part, for tests that only need
 *   Astro running.
 */
export function buildTestHook(): AstroIntegration[] {
  const hook = process.env.OKR_BUILD_TEST_HOOK;
  if (!hook) return [];
  if (!['fail', 'pause', 'pause-at-start'].includes(hook)) throw new Error(`OKR_BUILD_TEST_HOOK must be fail, pause or pause-at-start, not "${hook}"`);
  return [{
    name: 'okr-build-test-hook',
    hooks: {
      'astro:build:start': async ({ logger }) => {
        if (hook === 'pause-at-start') await pause(logger);
      },
      'astro:build:generated': async ({ logger }) => {
        if (hook === 'pause') await pause(logger);
      },
      'astro:build:done': () => {
        if (hook === 'fail') throw new Error('build-test-hook: failing the build on purpose (OKR_BUILD_TEST_HOOK=fail)');
      },
    },
  }];
}

async function pause(logger: AstroIntegrationLogger): Promise<void> {
  const release = process.env.OKR_BUILD_TEST_RELEASE;
  logger.info('build-test-hook: paused');
  // A hang guard, not a timing: a test that forgets to release or kill the build fails instead of hanging.
  for (const until = Date.now() + 120_000; !(release && existsSync(release)); await sleep(50)) {
    if (Date.now() > until) throw new Error('build-test-hook: never released');
  }
  logger.info('build-test-hook: released');
}
