import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('presenter mode', () => {
  it('hides controls until revealed and steps through the incident by keyboard with a pause before each verdict', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&mode=present&step=0&claude-code.sandbox.enabled=off`, { width: 1920, height: 1080 });
    await page.getByTestId('presenter-bar').waitFor();
    await expect.poll(() => page.getByTestId('presenter-position').textContent()).toMatch(/^Step 0 of \d+$/);
    expect(await page.getByTestId('pane-claude-code-tab-controls').count()).toBe(0);
    expect(await page.getByTestId('lesson-sidebar').count()).toBe(0);

    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presenter-position').textContent()).toMatch(/^Step 1 of/);
    expect(await page.getByTestId('presenter-question').textContent()).toContain('What happens next?');
    const hiddenDuringPause = await page.getByTestId('events-claude-code').locator('li.ev-allow, li.ev-deny').count();
    await page.keyboard.press(' ');
    await expect.poll(() => page.getByTestId('presenter-question').textContent()).not.toContain('What happens next?');
    expect(await page.getByTestId('events-claude-code').locator('li.ev-allow, li.ev-deny').count()).toBeGreaterThan(hiddenDuringPause);
    expect(await page.getByTestId('outcome-claude-code').count()).toBe(0);

    // Step to the end: the verdicts appear.
    for (let i = 0; i < 30 && (await page.getByTestId('outcome-claude-code').count()) === 0; i++) await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('outcome-claude-code').textContent()).toBe('not contained');
    await page.screenshot({ path: 'test-results/presenter-1920x1080.png' });

    await page.keyboard.press('c');
    await page.getByTestId('pane-claude-code-tab-controls').waitFor();
    expect(errors).toEqual([]);
    await close();
  });
  it('starts at step 0 paused, gives nothing away during the pause, jumps with Home/End, and hands attendees the room\'s view', async () => {
    const { page, context, errors, close } = await openPage(browser, `${inject('baseURL')}/#incident=phished-prompt&mode=present`, { width: 1920, height: 1080 });
    await page.getByTestId('presenter-bar').waitFor();
    await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 15_000 }).toMatch(/^Step 0 of [1-9]\d*$/);
    expect(await page.getByTestId('presenter-question').textContent()).toContain('What happens next?');
    const title = await page.title();
    // Every pause: no verdict, no blast picture, and no decision of the current step on screen.
    const giveaways = () => page.evaluate(() => ({
      outcomes: document.querySelectorAll('[data-testid^="outcome-"]').length,
      blast: document.querySelectorAll('[data-testid^="blast-"]').length,
      decided: document.querySelectorAll('li.ev-current.ev-allow, li.ev-current.ev-deny').length,
      // The set-up's decisions ("the credentials are not in the container") would answer it in advance.
      setup: document.querySelectorAll('li[data-step="0"].ev-allow, li[data-step="0"].ev-deny').length,
    }));
    const max = Number((await page.getByTestId('presenter-position').textContent())?.match(/of (\d+)/)?.[1]);
    for (let step = 0; step <= max; step++) {
      await expect.poll(() => page.getByTestId('presenter-position').textContent()).toBe(`Step ${step} of ${max}`);
      expect(await page.getByTestId('presenter-question').textContent()).toContain('What happens next?');
      expect(await giveaways()).toEqual({ outcomes: 0, blast: 0, decided: 0, setup: 0 });
      expect(await page.title()).toBe(title);
      await page.keyboard.press('ArrowRight');
      await page.keyboard.press('ArrowRight');
    }
    await page.keyboard.press('Home');
    await expect.poll(() => page.getByTestId('presenter-position').textContent()).toBe(`Step 0 of ${max}`);
    expect(await page.getByTestId('presenter-question').textContent()).toContain('What happens next?');
    await page.keyboard.press('End');
    await expect.poll(() => page.getByTestId('presenter-position').textContent()).toBe(`Step ${max} of ${max}`);
    await page.getByTestId('outcome-claude-code').waitFor();

    // Text the room reads is at least 24 px; the blast picture grows with its pane.
    const sizes = await page.evaluate(() => {
      const small: string[] = [];
      for (const el of document.querySelectorAll('.app-main *')) {
        const own = [...el.childNodes].some((n) => n.nodeType === 3 && (n.textContent ?? '').trim() !== '');
        const r = el.getBoundingClientRect();
        if (!own || r.width === 0 || el.closest('.sr-only, .visually-hidden, .xterm-helpers, svg')) continue;
        const px = parseFloat(getComputedStyle(el).fontSize);
        if (px < 24) small.push(`${el.className || el.tagName}: ${px}px "${(el.textContent ?? '').trim().slice(0, 30)}"`);
      }
      const blast = document.querySelector('[data-testid="blast-claude-code"] svg')?.getBoundingClientRect().width ?? 0;
      return { small, blast };
    });
    expect(sizes.small).toEqual([]);
    expect(sizes.blast).toBeGreaterThan(300);

    // The attendee link: back to a pause mid-incident, copied, opened elsewhere.
    await page.keyboard.press('Home');
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await expect.poll(() => page.getByTestId('presenter-position').textContent()).toBe(`Step 1 of ${max}`);
    await context.grantPermissions(['clipboard-read', 'clipboard-write']).catch(() => undefined);
    await page.getByRole('button', { name: 'Copy attendee link' }).click();
    const shown = await page.getByTestId('attendee-link').textContent();
    const link = shown?.startsWith('http') ? shown : await page.evaluate(() => navigator.clipboard.readText());
    expect(link).toContain('mode=present');
    const attendee = await openPage(browser, link as string, { width: 1280, height: 720 });
    await expect.poll(() => attendee.page.getByTestId('presenter-position').textContent(), { timeout: 15_000 }).toBe(`Step 1 of ${max}`);
    expect(await attendee.page.getByTestId('presenter-question').textContent()).toContain('What happens next?');
    expect(await attendee.page.getByTestId('outcome-claude-code').count()).toBe(0);
    await attendee.page.getByTestId('presenter-exit').click();
    await attendee.page.getByTestId('outcome-claude-code').waitFor();
    expect(attendee.errors).toEqual([]);
    await attendee.close();
    expect(errors).toEqual([]);
    await close();
  });

  it('with no incident open, offers the incident list and starts the pick at step 0', async () => {
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#mode=present`, { width: 1920, height: 1080 });
    const list = page.getByTestId('presenter-incidents');
    await expect.poll(() => list.getByRole('button').count(), { timeout: 15_000 }).toBeGreaterThan(1);
    await list.getByRole('button').first().click();
    await expect.poll(() => page.getByTestId('presenter-position').textContent(), { timeout: 15_000 }).toMatch(/^Step 0 of [1-9]/);
    expect(await page.getByTestId('presenter-question').textContent()).toContain('What happens next?');
    expect(await page.getByTestId('outcome-claude-code').count()).toBe(0);
    expect(errors).toEqual([]);
    await close();
  });
});
