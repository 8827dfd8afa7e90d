// A lesson is its own world, in real Chromium: walking the whole curriculum in order, in reverse and
// shuffled, every lesson shows the same three verdicts and the same settings (the page's share link:
// incident, seed, worst case, step and every control of all three products) as opening it fresh.
// "Start this lesson over" puts a changed world back; free play after Unlock keeps its changes until
// the next lesson opens.
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { launchBrowser } from './browser.ts';
import { openPage } from './page.ts';
import { CURRICULUM } from '../../src/lessons/curriculum.ts';
import { DEFAULT_PANES } from '../../src/app/productInfo.ts';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

interface World {
  lesson: string | null;
  verdicts: string[];
  hash: string;
}

/** What the page shows, once every pane has finished running. */
async function world(page: Page): Promise<World | null> {
  return page.evaluate((products) => {
    const busy = products.some((p) => document.querySelector(`[data-testid="pane-${p}"]`)?.getAttribute('aria-busy') !== 'false');
    const verdicts = products.map((p) => document.querySelector(`[data-testid="outcome-${p}"]`)?.textContent ?? '');
    if (busy || verdicts.includes('')) return null;
    return {
      lesson: document.querySelector('[data-testid="lesson-panel"]')?.getAttribute('data-lesson') ?? null,
      verdicts,
      // The lesson key is left out: a fresh open names it, and the walk does too; the rest is the world.
      hash: window.location.hash.split('&').filter((p) => !p.startsWith('lesson=')).join('&'),
    };
  }, [...DEFAULT_PANES]);
}

/** Waits until the page settles on `expected` (and stays there), or fails naming what it shows. */
async function expectWorld(page: Page, expected: World, context: string) {
  let last: World | null = null;
  for (let i = 0; i < 120; i++) {
    last = await world(page);
    if (JSON.stringify(last) === JSON.stringify(expected)) {
      await page.waitForTimeout(150);
      last = await world(page);
      if (JSON.stringify(last) === JSON.stringify(expected)) return;
    }
    await page.waitForTimeout(100);
  }
  expect({ context, shown: last }).toEqual({ context, shown: expected });
}

async function settled(page: Page, lesson: string): Promise<World> {
  let previous = '';
  for (let i = 0; i < 150; i++) {
    const w = await world(page);
    if (w && w.lesson === lesson && w.hash.includes('incident=')) {
      if (JSON.stringify(w) === previous) return w;
      previous = JSON.stringify(w);
    }
    await page.waitForTimeout(150);
  }
  throw new Error(`lesson ${lesson} never settled (last: ${previous})`);
}

/** A fixed shuffle (small LCG), so a failure reproduces. */
function shuffled<T>(items: readonly T[], seed: number): T[] {
  const out = [...items];
  let s = seed;
  for (let i = out.length - 1; i > 0; i--) {
    s = (s * 1103515245 + 12345) % 2147483648;
    const j = s % (i + 1);
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

describe('every lesson is its own world', () => {
  const ids = CURRICULUM.map((l) => l.id);
  const fresh = new Map<string, World>();

  it('opened fresh from its link, each lesson settles on its own incident', async () => {
    for (const id of ids) {
      const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#lesson=${id}`);
      fresh.set(id, await settled(page, id));
      expect(errors).toEqual([]);
      await close();
    }
    expect(fresh.size).toBe(ids.length);
  }, 240_000);

  for (const [name, order] of [['in order', ids], ['in reverse', [...ids].reverse()], ['shuffled', shuffled(ids, 16)]] as const) {
    it(`walked ${name} from the lesson list, each lesson shows what a fresh open shows`, async () => {
      expect(fresh.size).toBe(ids.length);
      const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#lesson=${order[0]}`);
      for (const id of order) {
        await page.getByTestId(`lesson-item-${id}`).click();
        await expectWorld(page, fresh.get(id) as World, `lesson ${id}, walked ${name}`);
      }
      expect(errors).toEqual([]);
      await close();
    }, 240_000);
  }

  it('"Start this lesson over" puts back a world changed in free play; free play keeps its changes until the next lesson opens', async () => {
    expect(fresh.size).toBe(ids.length);
    const [first, second] = ids as [string, string];
    const { page, errors, close } = await openPage(browser, `${inject('baseURL')}/#lesson=${first}`);
    await expectWorld(page, fresh.get(first) as World, 'fresh');
    const pane = page.getByTestId('pane-claude-ai');
    await pane.getByRole('tab', { name: 'Controls' }).click();
    await pane.getByRole('button', { name: 'Unlock for free play' }).click();
    await pane.getByTestId('control-claude-ai.container.ephemeral').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('claude-ai.container.ephemeral=');
    // Free play: the change stays while the learner stays in the lesson.
    await page.waitForTimeout(500);
    expect(await page.evaluate(() => window.location.hash)).toContain('claude-ai.container.ephemeral=');
    await page.getByTestId('lesson-restart').click();
    await expectWorld(page, fresh.get(first) as World, 'after Start over');
    await pane.getByRole('tab', { name: 'Controls' }).click();
    await pane.getByRole('button', { name: 'Unlock for free play' }).click();
    await pane.getByTestId('control-claude-ai.container.ephemeral').click();
    await expect.poll(() => page.evaluate(() => window.location.hash)).toContain('claude-ai.container.ephemeral=');
    await page.getByTestId(`lesson-item-${second}`).click();
    await expectWorld(page, fresh.get(second) as World, 'next lesson after free play');
    expect(errors).toEqual([]);
    await close();
  }, 120_000);
});
