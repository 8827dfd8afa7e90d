// The path graph must give, seed for seed, what running every seed in full gives: these compare it
// with full runs (small seed counts) and with one full run per distinct choice path (more seeds).
import { describe, expect, it } from 'vitest';
import { monteCarlo, monteCarloByRuns, type Distribution } from '../../../src/sim/run/monteCarlo.ts';
import { PathGraph } from '../../../src/sim/run/pathGraph.ts';
import { runScenario, type Outcome } from '../../../src/sim/run/runScenario.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { approvalFatigue } from '../../../src/sim/scenarios/approvalFatigue.ts';
import { applyFix } from '../../../src/sim/scenarios/fix.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import { setupFor } from '../../../src/sim/products/index.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';

const v1 = preset('claude-code', 'v1-approvals') as ProductProfile;

describe('path graph', () => {
  it('gives every seed of approval-fatigue the outcome of its own full run, executing far fewer items', async () => {
    const runs = 30;
    const graph = await PathGraph.create({ scenario: approvalFatigue, profile: v1, answerer: 'fatigued' });
    if (graph === null) throw new Error('approval-fatigue runs on a graph');
    const full: Outcome[] = [];
    const walked: Outcome[] = [];
    let items = 0;
    try {
      for (let seed = 1; seed <= runs; seed += 1) {
        const result = await runScenario({ scenario: approvalFatigue, profile: v1, answerer: 'fatigued', seed });
        full.push(result.outcome);
        items += approvalFatigue.script.length;
        walked.push((await graph.walk(seed, () => undefined)).outcome);
      }
      expect(walked).toEqual(full);
      // Some seeds refused something: otherwise this would prove nothing about merging.
      expect(new Set(full.map((o) => `${o.prompts}/${o.harms.map((h) => h.happened).join()}/${o.taskCompleted}`)).size).toBeGreaterThan(1);
      const stats = graph.stats();
      expect(stats.edges).toBeLessThan(items / 3);
      // Items that observe what an earlier execution observed are taken from the memo, not run again.
      expect(stats.itemsExecuted).toBeLessThan(stats.edges * 0.6);
    } finally {
      graph.dispose();
    }
  });

  it('equals one full run per distinct choice path on approval-fatigue, original and fixed (120 seeds)', async () => {
    const fixed = applyFix(v1, setupFor(approvalFatigue, 'claude-code').fix);
    for (const profile of [v1, fixed]) {
      const byGraph = await monteCarlo({ scenario: approvalFatigue, profile, answerer: 'fatigued', runs: 120 });
      const byRuns = await monteCarloByRuns({ scenario: approvalFatigue, profile, answerer: 'fatigued', runs: 120 });
      expect(byGraph).toEqual(byRuns);
      expect(byGraph.distinctPaths).toBeGreaterThan(10);
    }
  }, 120_000);

  it('equals one full run per distinct choice path on every other incident and product (60 seeds, original and worst case)', async () => {
    const differences: string[] = [];
    for (const scenario of SCENARIOS.filter((s) => s.id !== approvalFatigue.id)) {
      for (const product of PRODUCT_IDS) {
        const setup = setupFor(scenario, product);
        const profile = preset(product, setup.original);
        if (!profile) continue;
        const answerer = setup.answerer === 'learner' ? 'fatigued' : setup.answerer;
        for (const worstCase of [false, true]) {
          const a: Distribution = await monteCarlo({ scenario, profile, answerer, runs: 60, worstCase });
          const b: Distribution = await monteCarloByRuns({ scenario, profile, answerer, runs: 60, worstCase });
          if (JSON.stringify(a) !== JSON.stringify(b)) differences.push(`${scenario.id} on ${product}${worstCase ? ' (worst case)' : ''}`);
        }
      }
    }
    expect(differences).toEqual([]);
  }, 120_000);

  it('is not used where it cannot apply: live answers, a caller\'s filesystem, a wall clock', () => {
    const base = { scenario: approvalFatigue, profile: v1 };
    expect(PathGraph.supports({ ...base, answerer: 'fatigued' })).toBe(true);
    expect(PathGraph.supports({ ...base, answerer: 'learner' })).toBe(false);
    expect(PathGraph.supports({ ...base, answerer: 'fatigued', clock: () => 0 })).toBe(false);
  });
});
