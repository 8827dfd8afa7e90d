// Property: tightening any single control never grows what the agent can reach (open + prompt), and
// loosening never shrinks it, starting from random profiles (a preset with random control moves
// applied first), in every incident's world.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS, type ProductId } from '../../../src/sim/core/ids.ts';
import { reachableBlast, type ReachableBlast } from '../../../src/sim/blast/reachable.ts';
import { presetsFor } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';
import { movesFor, type ControlMove } from './controlMoves.ts';


function open(r: ReachableBlast): Set<string> {
  return new Set(r.assets.flatMap((a) => a.grants.filter((g) => g.verdict !== 'deny').map((g) => `${a.id}/${g.capability}`)));
}

async function reach(p: ProductProfile, s: Scenario = phishedPrompt): Promise<ReachableBlast> {
  return reachableBlast(s.world(), p, s.project);
}

const stepArb = fc.record({ move: fc.nat(), k: fc.nat(), loosen: fc.boolean() });

const caseArb = fc.record({
  scenario: fc.constantFrom(...SCENARIOS),
  product: fc.constantFrom(...PRODUCT_IDS),
  presetIndex: fc.nat(),
  history: fc.array(stepArb, { maxLength: 6 }),
  target: stepArb,
});

function build(product: ProductId, presetIndex: number, history: { move: number; k: number; loosen: boolean }[]): ProductProfile {
  const presets = Object.values(presetsFor(product));
  const moves = movesFor(product);
  let p = presets[presetIndex % presets.length] as ProductProfile;
  for (const s of history) {
    const m = moves[s.move % moves.length] as ControlMove;
    p = s.loosen ? m.loosen(p, s.k) : m.tighten(p, s.k);
  }
  return p;
}

describe('reachable blast radius is monotone in every single control', () => {
  it('tightening never grows it and loosening never shrinks it (asset by asset and in score)', async () => {
    await fc.assert(
      fc.asyncProperty(caseArb, async ({ scenario, product, presetIndex, history, target }) => {
        const base = build(product, presetIndex, history);
        const moves = movesFor(product);
        const m = moves[target.move % moves.length] as ControlMove;
        const [tight, mid, loose] = await Promise.all([reach(m.tighten(base, target.k), scenario), reach(base, scenario), reach(m.loosen(base, target.k), scenario)]);
        const [t, b, l] = [open(tight), open(mid), open(loose)];
        for (const key of t) expect(b.has(key), `${m.id} in ${scenario.id}: tightening opened ${key}`).toBe(true);
        for (const key of b) expect(l.has(key), `${m.id} in ${scenario.id}: loosening closed ${key}`).toBe(true);
        expect(tight.reachable).toBeLessThanOrEqual(mid.reachable);
        expect(mid.reachable).toBeLessThanOrEqual(loose.reachable);
      }),
      { numRuns: Number(process.env.FC_RUNS ?? 150), seed: Number(process.env.FC_SEED ?? 20260525) },
    );
  });

  it('is not vacuous: some single moves really change what is reachable', async () => {
    let changed = 0;
    for (const product of PRODUCT_IDS) {
      const base = presetsFor(product).shipped as ProductProfile;
      for (const m of movesFor(product)) {
        const [tight, loose] = await Promise.all([reach(m.tighten(base, 0)), reach(m.loosen(base, 0))]);
        if (tight.reachable !== loose.reachable) changed += 1;
      }
    }
    expect(changed).toBeGreaterThanOrEqual(8);
  });
});
