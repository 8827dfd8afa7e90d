// Soundness of the capability analysis against real execution: whatever a run actually did to an
// asset (read, wrote, deleted, sent) must be a capability the analysis found open for that profile.
// Checked over the incident catalog and over random sessions on random profiles.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { scenarioBlast, type BlastRadius } from '../../../src/sim/blast/blastRadius.ts';
import type { Effect } from '../../../src/sim/blast/realized.ts';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { applyFix } from '../../../src/sim/scenarios/fix.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';
import type { Answerer } from '../../../src/sim/agent/approvals.ts';
import { answererArb, profileArb, scenarioArb } from '../run/arbitraries.ts';
import { setupFor } from '../../../src/sim/products/index.ts';

const CAPABILITY_OF: Record<Effect, string> = { read: 'read', exfiltrated: 'read', changed: 'write', persisted: 'write', deleted: 'delete', sent: 'send' };

function unexplained(b: BlastRadius): string[] {
  const out: string[] = [];
  for (const a of b.assets) {
    for (const e of a.effects) {
      const g = a.grants.find((x) => x.capability === CAPABILITY_OF[e]);
      if (!g || g.verdict === 'deny') out.push(`${a.id}: ${e} happened but ${CAPABILITY_OF[e]} was judged ${g ? `denied by ${g.layer} (${g.rule})` : 'not applicable'}`);
    }
  }
  return out;
}

async function check(scenario: Scenario, profile: ProductProfile, answerer: Answerer, seed = 1): Promise<string[]> {
  const r = await runScenario({ scenario, profile, seed, answerer: answerer === 'learner' ? 'fatigued' : answerer, worstCase: true });
  return unexplained(await scenarioBlast(scenario, profile, r.log));
}

describe('realized effects stay within the reachable capabilities', () => {
  it('for every incident on every product, under its original, fixed and shipped profiles', async () => {
    for (const s of SCENARIOS) {
      for (const product of PRODUCT_IDS) {
        const setup = setupFor(s, product);
        const original = preset(product, setup.original) as ProductProfile;
        for (const profile of [original, applyFix(original, setup.fix), preset(product, 'shipped') as ProductProfile]) {
          expect(await check(s, profile, setup.answerer), `${s.id} on ${product} (${profile.name})`).toEqual([]);
        }
      }
    }
  });

  it('for random sessions on random profiles', async () => {
    await fc.assert(
      fc.asyncProperty(scenarioArb, profileArb, answererArb, fc.nat(1000), async (scenario, profile, answerer, seed) => {
        expect(await check(scenario, profile, answerer, seed)).toEqual([]);
      }),
      { numRuns: 120, seed: 4242 },
    );
  });
});
