import { describe, expect, it } from 'vitest';
import { decidedRows } from '../../../src/app/views/MonteCarloPanel.tsx';
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
