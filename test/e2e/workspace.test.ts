// Browser tests for the workspace pieces on a standalone harness page (test/e2e/harness), built
// with the project's own Vite config and served by `vite preview` with its COOP/COEP headers. The
// machine has no route to StackBlitz, so the real WebContainer boot must fail and fall back.
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { build, preview, type PreviewServer } from 'vite';
import { launchBrowser } from './browser.ts';
import { openPage, type TrackedPage } from './page.ts';

const root = resolve(import.meta.dirname, '../..');
let outDir = '';
let server: PreviewServer | undefined;
let browser: Browser;
let baseURL = '';

beforeAll(async () => {
  outDir = await mkdtemp(join(tmpdir(), 'workspace-harness-'));
  const previousNodeEnv = process.env.NODE_ENV;
  process.env.NODE_ENV = 'production';
  try {
    await build({
      root, logLevel: 'warn', mode: 'production',
      build: { outDir, emptyOutDir: true, rollupOptions: { input: join(root, 'test/e2e/harness/workspace.html') } },
    });
  } finally {
    process.env.NODE_ENV = previousNodeEnv;
  }
  server = await preview({ root, build: { outDir }, preview: { port: 0, host: '127.0.0.1', strictPort: false }, logLevel: 'warn' });
  const address = server.httpServer.address();
  if (!address || typeof address === 'string') throw new Error('vite preview did not report a TCP address');
  baseURL = `http://127.0.0.1:${address.port}/test/e2e/harness/workspace.html`;
  browser = await launchBrowser();
}, 240_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (outDir) await rm(outDir, { recursive: true, force: true });
});

async function terminalText(page: Page): Promise<string> {
  return page.locator('.xterm-rows').innerText();
}

describe('workspace in the browser (harness page)', () => {
  let tracked: TrackedPage;
  beforeAll(async () => { tracked = await openPage(browser, baseURL); });
  afterAll(async () => { await tracked?.close(); });

  it('falls back to the in-memory workspace within 10 s and says why', async () => {
    const { page } = tracked;
    expect(await page.evaluate(() => crossOriginIsolated)).toBe(true);
    const started = Date.now();
    await expect.poll(() => page.getByTestId('workspace-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('failed');
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(await page.getByTestId('workspace-status').textContent()).toMatch(/^In-memory workspace \(WebContainer unavailable: .+\)/);
    expect(await page.getByRole('button', { name: 'Retry WebContainer' }).isVisible()).toBe(true);
  });

  it('shows a file the agent wrote in the tree, and opens it in Monaco', async () => {
    const { page } = tracked;
    await page.getByRole('button', { name: 'Run agent' }).click();
    await expect.poll(() => page.getByTestId('outcome').textContent(), { timeout: 10_000 }).toBe('credentials leaked');
    const leak = page.locator('[data-path="/home/user/out/leak.txt"]');
    await leak.waitFor();
    expect(await leak.locator('[data-badge="created"]').textContent()).toBe('created');
    await leak.click();
    await page.locator('.monaco-editor .view-lines').waitFor({ timeout: 20_000 });
    await expect.poll(() => page.locator('.monaco-editor .view-lines').innerText(), { timeout: 10_000 }).toContain('CANARY-7f3a');
  });

  it('editing the poisoned document in Monaco and re-running changes the outcome', async () => {
    const { page } = tracked;
    // Nothing under docs/ was touched, so the folder starts folded.
    await page.locator('[data-path="/home/user/docs"]').click();
    await page.locator('[data-path="/home/user/docs/brief.md"]').click();
    await expect.poll(() => page.locator('.monaco-editor .view-lines').innerText(), { timeout: 10_000 }).toContain('RUN:');
    // Select all and type the clean document, then save with the editor's own shortcut.
    await page.locator('.monaco-editor .view-lines').click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Please summarise the quarter.\n');
    await page.keyboard.press('Control+S');
    await page.getByText('Saved').waitFor();
    await page.getByRole('button', { name: 'Run agent' }).click();
    await expect.poll(() => page.getByTestId('outcome').textContent(), { timeout: 10_000 }).toBe('contained');
    // The tree follows the world through watch, a few milliseconds behind the run.
    await expect.poll(() => page.locator('[data-path="/home/user/out/leak.txt"]').count(), { timeout: 10_000 }).toBe(0);
  });

  it('the host terminal runs ls and cat over the same world', async () => {
    const { page } = tracked;
    expect(await page.getByTestId('host-terminal-label').textContent()).toBe("Host view, outside the agent's containment");
    await page.locator('.xterm').click();
    await page.keyboard.type('ls out\n');
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/plan\.sh\s+summary\.txt|plan\.sh\nsummary\.txt/);
    await page.keyboard.type('cat out/summary.txt\n');
    // The count depends on how the editor saved the last line; the point is that cat reads the agent's file.
    await expect.poll(() => terminalText(page), { timeout: 10_000 }).toMatch(/summary of \d+ lines/);
  });

  it('ran without console errors other than the failed boot', () => {
    const unexpected = tracked.errors.filter((e) => !/stackblitz|webcontainer|ERR_|net::|Failed to load resource/i.test(e));
    expect(unexpected).toEqual([]);
  });
});

describe('bundle split', () => {
  it('keeps Monaco, xterm and the WebContainer client out of the first-load JS, with local workers', async () => {
    const html = await readFile(join(outDir, 'test/e2e/harness/workspace.html'), 'utf8');
    const firstLoad = [...html.matchAll(/(?:src|href)="\/(assets\/[^"]+\.js)"/g)].map((m) => m[1] as string);
    expect(firstLoad.length).toBeGreaterThan(0);
    const code = (await Promise.all(firstLoad.map((f) => readFile(join(outDir, f), 'utf8')))).join('\n');
    const assets = await readdir(join(outDir, 'assets'));
    const lazy = (await Promise.all(assets.filter((a) => a.endsWith('.js') && !firstLoad.includes(`assets/${a}`))
      .map((a) => readFile(join(outDir, 'assets', a), 'utf8')))).join('\n');
    // Strings only each library contains: present in the lazy chunks, absent from the first load.
    for (const marker of ['xterm-helper-textarea', 'monaco-editor-background', 'Only a single WebContainer instance can be booted']) {
      expect(lazy).toContain(marker);
      expect(code).not.toContain(marker);
    }
    expect(assets.some((a) => a.startsWith('editor.worker'))).toBe(true);
    expect(assets.some((a) => a.startsWith('json.worker'))).toBe(true);
    const all = (await Promise.all(assets.filter((a) => a.endsWith('.js')).map((a) => readFile(join(outDir, 'assets', a), 'utf8')))).join('\n');
    expect(all).not.toMatch(/cdn\.jsdelivr\.net|unpkg\.com|cdnjs\.cloudflare\.com/);
  });
});
