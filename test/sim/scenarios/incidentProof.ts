// Shared steps of every incident proof: run the scenario under its original configuration, under the
// fix, and under the fixed configuration with only the fix taken out again. Worst case throughout:
// the agent follows every injection and every probabilistic layer misses.
import type { ProductId } from '../../../src/sim/core/ids.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { runScenario, type RunResult } from '../../../src/sim/run/runScenario.ts';
import { applyFix, removeFix } from '../../../src/sim/scenarios/fix.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';
import { setupFor } from '../../../src/sim/products/index.ts';

export const harmed = (r: RunResult): boolean => r.outcome.harms.some((h) => h.happened);

export function profileOf(product: ProductId, name: string): ProductProfile {
  const p = preset(product, name);
  if (!p) throw new Error(`no preset ${product}/${name}`);
  return p;
}

export function runWorst(scenario: Scenario, profile: ProductProfile, seed = 1): Promise<RunResult> {
  const answerer = setupFor(scenario, profile.product).answerer;
  return runScenario({ scenario, profile, seed, answerer, worstCase: true });
}

export interface FixProof {
  original: RunResult;
  fixed: RunResult;
  unfixed: RunResult;
  fixedProfile: ProductProfile;
}

export async function proveFix(scenario: Scenario, product: ProductId, seed = 1): Promise<FixProof> {
  const setup = setupFor(scenario, product);
  const original = profileOf(product, setup.original);
  const fixedProfile = applyFix(original, setup.fix);
  return {
    original: await runWorst(scenario, original, seed),
    fixed: await runWorst(scenario, fixedProfile, seed),
    unfixed: await runWorst(scenario, removeFix(fixedProfile, setup.fix, original), seed),
    fixedProfile,
  };
}
