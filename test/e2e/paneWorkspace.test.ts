// The workspace inside the playground: each pane's Files tab shows the world the run left behind,
// badged from the event log; a saved edit re-runs the pane with it; the Terminal tab looks at the
// same world from the host. The WebContainer cannot boot here (no StackBlitz), so this also proves
// the visible fallback in the header.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { mkdirSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';

let browser: Browser;
beforeAll(async () => { browser = await launchBrowser(); });
afterAll(async () => { await browser?.close(); });

// The boot's own fetches to StackBlitz fail here; anything else on the console is a defect.
const BOOT_NOISE = /stackblitz|webcontainer|ERR_|net::|Failed to load resource/i;

describe('files and terminal in the playground panes', () => {
  it('edits the planted note out of a world file, and the pane re-runs with nothing to carry the attack; the terminal sees the world', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=memory-poisoning`);
    const pane = page.getByTestId('pane-cowork');
    const outcome = page.getByTestId('outcome-cowork');
    await expect.poll(() => outcome.textContent(), { timeout: 15_000 }).toBe('not contained');
    // Nothing boots the WebContainer until someone looks at the files.
    expect(await page.getByTestId('workspace-status').getAttribute('data-state')).toBe('memory');

    await pane.getByRole('tab', { name: 'Files' }).click();
    const memory = pane.locator('[data-path$="/.claude/CLAUDE.md"]');
    await memory.waitFor({ timeout: 15_000 });
    expect(await memory.locator('[data-badge="changed"]').count()).toBe(1);
    const started = Date.now();
    await expect.poll(() => page.getByTestId('workspace-status').getAttribute('data-state'), { timeout: 10_000 }).toBe('failed');
    expect(Date.now() - started).toBeLessThan(10_000);

    await pane.locator('[data-path$="/meeting-notes.txt"]').click();
    const lines = pane.locator('.monaco-editor .view-lines');
    await lines.waitFor({ timeout: 20_000 });
    // Monaco renders spaces as no-break spaces.
    await expect.poll(() => lines.innerText(), { timeout: 10_000 }).toMatch(/ACTION\sITEM/);
    await lines.click();
    await page.keyboard.press('Control+A');
    await page.keyboard.type('Weekly sync, 12 Jan.\n- Budget review moved to Thursday.\n');
    // Every keystroke landed in order, however far the page's renders lagged behind the typing.
    // (Compared without whitespace: the editor soft-wraps and renders spaces as no-break spaces.)
    await expect.poll(async () => (await lines.innerText()).replace(/\s/g, ''), { timeout: 10_000 }).toBe('Weeklysync,12Jan.-BudgetreviewmovedtoThursday.');
    await page.keyboard.press('Control+S');
    await pane.getByTestId('file-edits-cowork').waitFor({ timeout: 15_000 });
    // No planted item, no injection: the incident cannot happen in this world (not applicable, not "contained").
    await expect.poll(() => outcome.textContent(), { timeout: 15_000 }).toBe('not applicable');
    // The memory file is no longer changed by the agent in the new run.
    await expect.poll(() => pane.locator('[data-path$="/.claude/CLAUDE.md"] [data-badge="changed"]').count(), { timeout: 10_000 }).toBe(0);
    mkdirSync('test-results', { recursive: true });
    await page.screenshot({ path: 'test-results/pane-files.png' });

    // The edit travels in the share link: another page opened on it runs the edited world.
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toMatch(/&cowork\.files=[A-Za-z0-9_-]+/);
    const shared = await openPage(browser, page.url());
    await expect.poll(() => shared.page.getByTestId('outcome-cowork').textContent(), { timeout: 15_000 }).toBe('not applicable');
    expect(await shared.page.getByTestId('edited-cowork').textContent()).toContain('meeting-notes.txt');
    expect(await shared.page.getByTestId('edited-claude-code').count()).toBe(0);
    await shared.page.screenshot({ path: 'test-results/pane-edited-link.png' });
    expect(shared.errors.filter((e) => !BOOT_NOISE.test(e))).toEqual([]);
    await shared.close();

    await pane.getByRole('tab', { name: 'Terminal' }).click();
    const screen = pane.locator('.xterm');
    await screen.waitFor({ timeout: 15_000 });
    await screen.click();
    await page.keyboard.type('pwd\n');
    await page.keyboard.type('cat meeting-notes.txt\n');
    // A narrow pane wraps long lines across rows; read the screen with the wraps taken out.
    const screenText = async () => (await pane.locator('.xterm-rows').innerText()).replace(/\n/g, '');
    await expect.poll(screenText, { timeout: 10_000 }).toContain('Budget review moved to Thursday.');
    expect(await screenText()).not.toContain('ACTION ITEM');
    expect(await screenText()).toContain('/Documents/Work');

    // Discarding the edit puts the planted note back, and the verdict with it.
    await pane.getByRole('tab', { name: 'Files' }).click();
    await pane.getByTestId('file-edits-cowork').getByRole('button', { name: 'Discard edits' }).click();
    await expect.poll(() => outcome.textContent(), { timeout: 15_000 }).toBe('not contained');
    expect(errors.filter((e) => !BOOT_NOISE.test(e))).toEqual([]);
    await close();
  });
});
