// Monte Carlo over seeds for the incidents where the model layer matters (the original run has a
// probabilistic choice: does the agent follow the injection, does the human click yes). `check` judges
// the worst case; these distributions show how often the probabilistic layers alone would have
// stopped the harm, next to the same incident with its environment fix (which holds on every seed).
import type { ProductId } from '../core/ids.ts';
import { PRODUCT_IDS } from '../core/ids.ts';
import { preset } from '../profile/presets.ts';
import type { ProductProfile } from '../profile/schema.ts';
import { monteCarlo, type Distribution } from '../run/monteCarlo.ts';
import { applyFix } from '../scenarios/fix.ts';
import { SCENARIOS } from '../scenarios/index.ts';
import type { Scenario } from '../scenarios/types.ts';
import { setupFor } from '../products/index.ts';

export interface IncidentDistribution {
  id: string;
  product: ProductId;
  /** The original configuration, as it happened (sampled, not worst case). */
  original: { profile: string; dist: Distribution };
  /** The same with the incident's fix applied. */
  fixed: { dist: Distribution };
}

export function distributionOf(scenario: Scenario, profile: ProductProfile, runs: number): Promise<Distribution> {
  const answerer = setupFor(scenario, profile.product).answerer;
  return monteCarlo({ scenario, profile, answerer: answerer === 'learner' ? 'fatigued' : answerer, runs });
}

/** Original and fixed distributions for every incident x product with a fix whose original run is probabilistic. */
export async function catalogDistributions(runs: number, scenarios: readonly Scenario[] = SCENARIOS): Promise<IncidentDistribution[]> {
  const out: IncidentDistribution[] = [];
  for (const scenario of scenarios) {
    for (const product of PRODUCT_IDS) {
      const setup = setupFor(scenario, product);
      const original = preset(product, setup.original);
      if (!original || setup.fix.changes.length === 0) continue;
      const dist = await distributionOf(scenario, original, runs);
      // One choice path means nothing probabilistic happened: the model layer cannot matter here.
      if (dist.distinctPaths < 2) continue;
      out.push({ id: scenario.id, product, original: { profile: setup.original, dist }, fixed: { dist: await distributionOf(scenario, applyFix(original, setup.fix), runs) } });
    }
  }
  return out;
}
