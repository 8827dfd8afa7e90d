import { describe, expect, it } from 'vitest';
import { decidedRows, timeLeft } from '../../../src/app/views/MonteCarloPanel.tsx';
import { monteCarlo } from '../../../src/sim/run/monteCarlo.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';
import { preset, shippedProfile } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';

describe('Monte Carlo "who held" rows', () => {
  it('splits runs no layer held into harm and nothing attempted, and the rows add up to the runs', async () => {
    const v1 = preset('claude-code', 'v1-approvals') as ProductProfile;
    for (const [profile, answerer] of [[v1, 'fatigued'], [shippedProfile('claude-ai'), 'attentive']] as const) {
      const dist = await monteCarlo({ scenario: phishedPrompt, profile, answerer, runs: 200 });
      const rows = decidedRows(dist);
      expect(rows.reduce((n, [, k]) => n + k, 0)).toBe(dist.runs);
      const harmRow = rows.find(([label]) => label === 'no layer held (harm)');
      expect(harmRow?.[1] ?? 0).toBe(dist.anyHarm);
    }
    // Sampled under v1 approvals the phished prompt mostly succeeds: the harm row is there and the largest.
    const sampled = decidedRows(await monteCarlo({ scenario: phishedPrompt, profile: v1, answerer: 'fatigued', runs: 200 }));
    expect(sampled[0]?.[0]).toBe('no layer held (harm)');
  });
});

describe('Monte Carlo time left', () => {
  it('estimates from the rate so far, only once there is a second of work to go on', () => {
    expect(timeLeft(0, 1000, 5000)).toBe('');
    expect(timeLeft(100, 1000, 500)).toBe('');
    expect(timeLeft(100, 1000, 2000)).toBe('about 18 s left');
    expect(timeLeft(500, 1000, 60_000)).toBe('about 1 min left');
    expect(timeLeft(990, 1000, 5000)).toBe('almost done');
    expect(timeLeft(1000, 1000, 5000)).toBe('');
  });
});
