// Guard for the product-registry refactor (issue 13): every incident's event log, reachable blast
// radius and security view on the three original products, under the original config and the fix,
// must stay byte-identical while the engine is reorganised. Dropped once the refactor has landed.
import { describe, expect, it } from 'vitest';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import { setupFor } from '../../../src/sim/products/index.ts';
import { applyFix } from '../../../src/sim/scenarios/fix.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { scenarioBlast } from '../../../src/sim/blast/blastRadius.ts';
import { securityView } from '../../../src/sim/products/securityView.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';

const PRODUCTS = ['claude-ai', 'claude-code', 'cowork'] as const;

describe('behaviour snapshot (refactor guard)', () => {
  it('every incident log, blast radius and security view is unchanged', async () => {
    const out: Record<string, unknown> = {};
    for (const s of SCENARIOS) {
      for (const product of PRODUCTS) {
        const setup = setupFor(s, product);
        const original = preset(product, setup.original) as ProductProfile;
        for (const [label, profile] of [['original', original], ['fixed', applyFix(original, setup.fix)]] as const) {
          const run = await runScenario({ scenario: s, profile, seed: 7, answerer: setup.answerer, worstCase: true });
          const blast = await scenarioBlast(s, profile, run.log);
          const view = securityView(run.log, profile);
          out[`${s.id}/${product}/${label}`] = {
            log: run.log, outcome: run.outcome,
            blast: { reachable: blast.reachable, behindPrompt: blast.behindPrompt, realized: blast.realized, maximum: blast.maximum, assets: blast.assets },
            edr: view.edr, otlp: view.otlp === null ? null : view.otlp.length,
          };
        }
      }
    }
    await expect(JSON.stringify(out, null, 1)).toMatchFileSnapshot('./__snapshots__/behaviour.json');
  }, 120_000);
});
