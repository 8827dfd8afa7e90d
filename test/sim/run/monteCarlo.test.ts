import { describe, expect, it } from 'vitest';
import { monteCarlo, MonteCarloCancelled } from '../../../src/sim/run/monteCarlo.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';

const v1 = preset('claude-code', 'v1-approvals') as ProductProfile;

describe('monteCarlo', () => {
  it.each(['fatigued', 'classifier'] as const)('equals running every seed in full (%s answerer) while executing fewer runs', async (answerer) => {
    const runs = 60;
    const dist = await monteCarlo({ scenario: phishedPrompt, profile: v1, answerer, runs });
    let harmed = 0;
    let prompts = 0;
    const decidedBy: Record<string, number> = {};
    for (let seed = 1; seed <= runs; seed += 1) {
      const { outcome } = await runScenario({ scenario: phishedPrompt, profile: v1, answerer, seed });
      harmed += outcome.harms.some((h) => h.happened) ? 1 : 0;
      prompts += outcome.prompts;
      const by = outcome.decidedBy ?? 'none';
      decidedBy[by] = (decidedBy[by] ?? 0) + 1;
    }
    expect(dist.anyHarm).toBe(harmed);
    expect(dist.prompts.total).toBe(prompts);
    expect(dist.decidedBy).toEqual(decidedBy);
    expect(dist.distinctPaths).toBeLessThan(runs);
  });

  it('collapses a deterministic configuration to one path per model choice', async () => {
    const shipped = preset('claude-code') as ProductProfile;
    const dist = await monteCarlo({ scenario: phishedPrompt, profile: shipped, answerer: 'fatigued', runs: 200 });
    expect(dist.distinctPaths).toBeLessThanOrEqual(2);
    expect(dist.anyHarm).toBe(0);
    const worst = await monteCarlo({ scenario: phishedPrompt, profile: shipped, answerer: 'fatigued', runs: 200, worstCase: true });
    expect(worst.distinctPaths).toBe(1);
  });
});

describe('monteCarlo: pausing and cancelling', () => {
  it('pauses once per executed path, and the pauses do not change the result', async () => {
    let pauses = 0;
    const plain = await monteCarlo({ scenario: phishedPrompt, profile: v1, answerer: 'fatigued', runs: 80 });
    const paused = await monteCarlo({ scenario: phishedPrompt, profile: v1, answerer: 'fatigued', runs: 80, pause: async () => { pauses += 1; } });
    expect(paused).toEqual(plain);
    expect(pauses).toBe(plain.distinctPaths);
  });

  it('stops at the next path once the signal is aborted, saying how far it got', async () => {
    const signal = { aborted: false };
    let executed = 0;
    const run = monteCarlo({
      scenario: phishedPrompt, profile: v1, answerer: 'fatigued', runs: 1000, signal,
      pause: async () => { executed += 1; if (executed === 3) signal.aborted = true; },
    });
    await expect(run).rejects.toThrow(MonteCarloCancelled);
    await expect(run).rejects.toThrow(/^Monte Carlo cancelled after \d+ of 1000 seeds$/);
    expect(executed).toBe(3);
  });
});
