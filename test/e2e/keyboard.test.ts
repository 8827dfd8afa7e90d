// The page by keyboard only, in real Chromium: lesson 1 is completed and its quiz answered without a
// mouse (skip link, Tab, Space, arrow keys); Tab never gets stuck in a terminal (the read-only
// transcript lets it pass, the host shell gives it back after Esc).
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';
import { CURRICULUM } from '../../src/lessons/curriculum.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

const focused = (page: Page) => page.evaluate(() => {
  const el = document.activeElement;
  return {
    testId: el?.getAttribute('data-testid') ?? null,
    text: (el?.textContent ?? '').trim().slice(0, 80),
    tag: el?.tagName ?? '',
    type: el?.getAttribute('type') ?? null,
    inXterm: el?.closest('.xterm') !== null && el?.closest('.xterm') !== undefined,
    checked: el instanceof HTMLInputElement ? el.checked : null,
  };
});

/** Presses Tab until `done` holds for the focused element; fails naming where focus went. */
async function tabUntil(page: Page, done: (f: Awaited<ReturnType<typeof focused>>) => boolean, max = 80, key = 'Tab') {
  const seen: string[] = [];
  for (let i = 0; i < max; i++) {
    await page.keyboard.press(key);
    const f = await focused(page);
    if (done(f)) return f;
    seen.push(f.testId ?? `${f.tag}:${f.text.slice(0, 20)}`);
  }
  throw new Error(`focus never got there after ${max} ${key} presses: ${seen.join(' > ')}`);
}

describe('keyboard only', () => {
  it('completes lesson 1 and answers its quiz without a mouse', async () => {
    const lesson = CURRICULUM[0];
    if (!lesson) throw new Error('no lessons');
    const { page, errors, close } = await openPage(browser, inject('baseURL'));
    await page.getByTestId('lesson-panel').waitFor({ timeout: 20_000 });
    // The first Tab lands on the skip links.
    await tabUntil(page, (f) => f.text === 'Skip to the lesson', 3);
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('lesson');
    const control = await tabUntil(page, (f) => f.testId === 'control-lesson-claude-code.sandbox.enabled');
    expect(control.checked).toBe(false);
    await page.keyboard.press('Space');
    // The second change of the solution: a deny rule typed into its list, committed by leaving the field.
    const deny = await tabUntil(page, (f) => f.tag === 'TEXTAREA');
    expect(deny.tag).toBe('TEXTAREA');
    await page.keyboard.type('Read(~/.aws/**)');
    await page.keyboard.press('Tab');
    await page.getByTestId('lesson-success').waitFor({ timeout: 20_000 });

    // The quiz is one radio group: Tab enters it, arrows move (and pick) within it.
    const first = await tabUntil(page, (f) => f.type === 'radio');
    expect(first.checked).toBe(false);
    const right = lesson.quiz.answers.findIndex((a) => a.correct);
    await page.keyboard.press('Space');
    for (let i = 0; i < right; i++) await page.keyboard.press('ArrowDown');
    await expect.poll(() => page.getByTestId('quiz-verdict').textContent()).toBe('Right answer.');
    // Back up to the way on, and take it.
    await tabUntil(page, (f) => f.testId === 'lesson-next', 40, 'Shift+Tab');
    await page.keyboard.press('Enter');
    await expect.poll(() => page.getByTestId('lesson-panel').getAttribute('data-lesson')).toBe(CURRICULUM[1]?.id);
    expect(errors).toEqual([]);
    await close();
  });

  it('Tab passes the agent terminal and reaches the lesson; the host terminal gives focus back after Esc', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#lesson=blast-radius`);
    await page.getByTestId('outcome-claude-ai').waitFor({ timeout: 20_000 });
    await page.getByTestId('transcript-claude-ai').locator('.xterm').waitFor({ timeout: 20_000 });
    // From the top of the page, Tab reaches the lesson's controls: no pane keeps it.
    const reached = await tabUntil(page, (f) => f.testId === 'lesson-restart', 200);
    expect(reached.inXterm).toBe(false);

    const pane = page.getByTestId('pane-claude-code');
    await pane.getByRole('tab', { name: 'Terminal' }).click();
    await pane.getByTestId('host-terminal-keys').waitFor({ timeout: 20_000 });
    expect(await pane.getByTestId('host-terminal-keys').textContent()).toContain('Esc, then Tab');
    await pane.locator('.host-terminal .xterm').click();
    await expect.poll(async () => (await focused(page)).inXterm).toBe(true);
    // Tab alone belongs to the shell (completion); Esc then Tab leaves.
    await page.keyboard.press('Tab');
    expect((await focused(page)).inXterm).toBe(true);
    await page.keyboard.press('Escape');
    await page.keyboard.press('Tab');
    expect((await focused(page)).inXterm).toBe(false);
    await pane.locator('.host-terminal .xterm').click();
    await page.keyboard.press('Escape');
    await page.keyboard.press('Shift+Tab');
    expect((await focused(page)).inXterm).toBe(false);
    expect(errors.filter((e) => !/stackblitz|webcontainer|ERR_|net::|Failed to load resource/i.test(e))).toEqual([]);
    await close();
  });

  it('a code editor (a pane\'s file, the scenario editor) keeps Tab for indenting and gives focus back after Esc', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt`);
    await page.getByTestId('outcome-claude-code').waitFor({ timeout: 20_000 });
    const inEditor = async () => page.evaluate(() => document.activeElement?.closest('.monaco-editor') != null);
    const pane = page.getByTestId('pane-claude-code');
    // package.json: a JSON file in a pane once threw from Monaco (services unknown to the editor).
    const editors = [
      { editor: pane.locator('.monaco-editor'), open: async () => {
        await page.getByTestId('pane-claude-code-tab-files').click();
        await pane.locator('.file-tree__row').filter({ hasText: 'package.json' }).first().click();
      } },
      { editor: page.locator('.authoring .monaco-editor'), open: () => page.getByTestId('authoring-open').click() },
    ];
    for (const { editor, open } of editors) {
      await open();
      await editor.waitFor({ timeout: 20_000 });
      expect(await editor.locator('xpath=../..').getByTestId('editor-keys').textContent()).toContain('Esc, then Tab');
      await editor.click();
      await expect.poll(inEditor).toBe(true);
      await page.keyboard.press('Tab');
      expect(await inEditor()).toBe(true);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Tab');
      await expect.poll(inEditor).toBe(false);
      // Esc followed by another key disarms it: Tab indents again.
      await editor.click();
      await page.keyboard.press('Escape');
      await page.keyboard.press('ArrowDown');
      await page.keyboard.press('Tab');
      expect(await inEditor()).toBe(true);
      await page.keyboard.press('Escape');
      await page.keyboard.press('Shift+Tab');
      await expect.poll(inEditor).toBe(false);
    }
    expect(errors.filter((e) => !/stackblitz|webcontainer|ERR_|net::|Failed to load resource/i.test(e))).toEqual([]);
    await close();
  });
});
