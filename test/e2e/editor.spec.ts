// 更新进展 as an editor meets it: on the demo (no repository set) the snippet with no dead edit links; on the
// demo content with `repository.editUrl` set (built here once, served from disk through a route), the link
// opens the web editor at the KR's line of its file, and 编辑此页 edits the file the page shows.
import { expect, test, type Page } from '@playwright/test';
import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const EDITOR = 'https://git.example.test/acme/okrs/-/edit/main/content/{path}#L{line}';
const kr = (page: Page, anchor: string) => page.locator(`article#${anchor}`);

test.describe('更新进展 on the demo, where no repository is set', () => {
  test.use({ javaScriptEnabled: false });

  test('opens without JavaScript: where the check-in goes and a snippet dated asOf, with no edit link anywhere', async ({ page }) => {
    await page.goto('/2026/market/');
    const first = kr(page, 'o1-kr1');
    await first.getByText('更新进展', { exact: true }).click();
    await expect(first.locator('details.update')).toHaveAttribute('open', '');
    await expect(first.locator('details.update')).toContainText('okrs/2026/market.mdx · 第 11 行');
    const snippet = first.locator('details.update pre');
    await expect(snippet).toBeVisible();
    expect(await snippet.textContent()).toBe([
      '        # 加在这个 KR 的 checkins 列表末尾',
      '          - date: 2026-11-20',
      '            value:      # 当前值，只写数字（元/百万元）',
      '            note:       # 关键进展：达成了什么（不是做了哪些事）',
      '            risks:      # 挑战与风险、需要的支持；没有就删掉这一行',
      '            next:       # 下周计划',
    ].join('\n'));
    await expect(first.getByRole('button', { name: '复制' })).toBeHidden();
    await expect(page.locator('a.edit-kr, a.edit-link')).toHaveCount(0);
    await expect(page.getByText('编辑此页')).toHaveCount(0);
  });
});

test('the copy button copies the snippet', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('/en/2026/market/');
  const second = kr(page, 'o1-kr2');
  await second.getByText('Update progress', { exact: true }).click();
  await second.getByRole('button', { name: 'Copy' }).click();
  await expect(second.getByRole('button', { name: 'Copied' })).toBeVisible();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied.split('\n')).toEqual([
    '        checkins:',
    '          - date: 2026-11-20',
    '            value:      # current value, a number only (%)',
    '            note:       # key progress: what was achieved (not what was done)',
    '            risks:      # challenges, risks and support needed; delete the line if none',
    '            next:       # plan for next week',
  ]);
});

test.describe('with repository.editUrl set', () => {
  const origin = 'http://editor.test';
  let work = '';
  let out = '';

  test.beforeAll(() => {
    test.setTimeout(180_000);
    work = mkdtempSync(join(tmpdir(), 'okr-editor-'));
    out = join(work, 'dist');
    const content = join(work, 'content');
    cpSync(join(ROOT, 'content'), content, { recursive: true });
    writeFileSync(join(content, 'settings.yaml'), `${readFileSync(join(content, 'settings.yaml'), 'utf8')}\nrepository:\n  editUrl: ${EDITOR}\n`);
    const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, OKR_CONTENT: content, OKR_OUT_DIR: out, OKR_AS_OF: '2026-11-20' } });
    expect(build.status, build.stdout + build.stderr).toBe(0);
  });
  test.afterAll(() => work && rmSync(work, { recursive: true, force: true }));

  // The built site, served from disk: no second server to start.
  async function serve(page: Page) {
    await page.route(`${origin}/**`, async (route) => {
      const path = decodeURIComponent(new URL(route.request().url()).pathname);
      let file = join(out, path);
      if (existsSync(file) && statSync(file).isDirectory()) file = join(file, 'index.html');
      if (!existsSync(file)) return route.fulfill({ status: 404, body: 'not found' });
      const types: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json' };
      await route.fulfill({ body: readFileSync(file), contentType: types[extname(file)] ?? 'application/octet-stream' });
    });
  }

  test('更新进展 opens the web editor at the line of each KR, and 编辑此页 edits the file the page shows', async ({ page }) => {
    await serve(page);
    await page.goto(`${origin}/2026/market/`);
    const lines = readFileSync(join(ROOT, 'content/okrs/2026/market.mdx'), 'utf8').split('\n');
    for (const [anchor, id] of [['o1-kr1', 'kr1'], ['o1-kr2', 'kr2'], ['o2-kr1', 'kr1'], ['o2-kr2', 'kr2']]) {
      const item = kr(page, anchor);
      await item.getByText('更新进展', { exact: true }).click();
      const link = item.getByRole('link', { name: '在仓库的网页编辑器中打开' });
      const href = await link.getAttribute('href');
      const line = Number(/#L(\d+)$/.exec(href ?? '')?.[1]);
      expect(href).toBe(`https://git.example.test/acme/okrs/-/edit/main/content/okrs/2026/market.mdx#L${line}`);
      expect(lines[line - 1].trim(), anchor).toBe(`- id: ${id}`);
    }
    await expect(page.getByRole('link', { name: '编辑此页' })).toHaveAttribute('href', 'https://git.example.test/acme/okrs/-/edit/main/content/okrs/2026/market.mdx#L1');

    for (const [path, file] of [['/people/ma-changjiu/', 'people/ma-changjiu.yaml'], ['/departments/market/', 'departments/market.md']]) {
      await page.goto(`${origin}${path}`);
      await expect(page.getByRole('link', { name: '编辑此页' })).toHaveAttribute('href', `https://git.example.test/acme/okrs/-/edit/main/content/${file}#L1`);
    }
    await page.goto(`${origin}/search/`);
    await expect(page.getByRole('link', { name: '编辑此页' })).toHaveCount(0);
  });
});
