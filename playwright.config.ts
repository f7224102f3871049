import { defineConfig } from '@playwright/test';

// Browser tests run in Debian's Chromium (apt install chromium fonts-noto-cjk), never a downloaded one,
// against the built demo site (scripts/serve.ts serves OKR_OUT_DIR, default dist/). `npm run test:e2e` builds first;
// E2E_PORT and OKR_OUT_DIR let several runs share a machine. The hostile site (test/hostile/build-site.ts,
// built by `npm run test:e2e` too) is served on PORT + 1 for test/e2e/hostile.spec.ts.
const PORT = Number(process.env.E2E_PORT ?? 4330);
export const HOSTILE_PORT = PORT + 1;

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results/e2e-artifacts',
  fullyParallel: true,
  workers: 2,
  retries: 0,
  reporter: process.env.CI_REPORT ? [['list'], ['json', { outputFile: 'test-results/e2e.json' }]] : [['list']],
  use: {
    baseURL: `http://localhost:${PORT}`,
    browserName: 'chromium',
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
    },
    locale: 'zh-CN',
    trace: 'off',
  },
  webServer: [
    {
      command: `node scripts/serve.ts --port ${PORT}`,
      url: `http://localhost:${PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
    {
      command: `node scripts/serve.ts --dir test/.output/hostile-dist --port ${HOSTILE_PORT}`,
      url: `http://localhost:${HOSTILE_PORT}/`,
      reuseExistingServer: false,
      timeout: 60_000,
    },
  ],
});
