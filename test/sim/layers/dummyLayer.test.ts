// A new enforcement layer is one object with the Layer shape, put into a product's stack: the runner
// consults it for the kinds of action it declares hooks for, and its refusals are logged in its name.
import { describe, expect, it } from 'vitest';
import { decide } from '../../../src/sim/layers/catalog.ts';
import { PASS, type Layer } from '../../../src/sim/layers/types.ts';
import { productModule } from '../../../src/sim/products/index.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';

describe('a layer added to a stack', () => {
  it('is asked about connections and its refusal decides', async () => {
    const module = productModule('claude-code');
    // A stand-in "corporate proxy" that refuses every connection (it borrows a catalogued id and where-line).
    const dummy: Layer = { id: 'egress-proxy', sits: 'host', where: 'a test proxy', connect: (a) => decide('egress-proxy', 'deny', 'test: nothing leaves', `${a.req.host} refused by the test layer`) };
    const original = module.build;
    module.build = (world, p, place, options) => {
      const runtime = original(world, p, place, options);
      return { ...runtime, layers: [...runtime.layers, dummy, { id: 'credentials', sits: 'host', where: 'a test pass-through', connect: () => PASS }] };
    };
    try {
      const profile = preset('claude-code', 'unattended');
      if (!profile) throw new Error('no unattended preset');
      const run = await runScenario({ scenario: phishedPrompt, profile, seed: 1, answerer: 'fatigued', worstCase: true });
      expect(run.outcome.harms.some((h) => h.happened)).toBe(false);
      expect(run.log.some((e) => e.type === 'layer-decision' && e.rule === 'test: nothing leaves')).toBe(true);
    } finally {
      module.build = original;
    }
    // Without it the same run does harm: the layer, not something else, held.
    const profile = preset('claude-code', 'unattended');
    if (!profile) throw new Error('no unattended preset');
    const bare = await runScenario({ scenario: phishedPrompt, profile, seed: 1, answerer: 'fatigued', worstCase: true });
    expect(bare.outcome.harms.some((h) => h.happened)).toBe(true);
  });
});
