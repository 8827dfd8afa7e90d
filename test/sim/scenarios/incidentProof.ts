// The three-part proof every incident owes (brief for issue 5): under the original configuration the
// harm happens; with the fix applied it does not; taking only the fix back out brings it back. Every
// verdict comes from running the engine, never from a table.
import { expect } from 'vitest';
import type { ProductId } from '../../../src/sim/core/ids.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { runScenario, type RunResult } from '../../../src/sim/run/runScenario.ts';
import { applyFix, removeFix } from '../../../src/sim/scenarios/fix.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';

export function profileOf(product: ProductId, name = 'shipped'): ProductProfile {
  const p = preset(product, name);
  if (!p) throw new Error(`no preset ${product}/${name}`);
  return p;
}

export const harmed = (r: RunResult): boolean => r.outcome.harms.some((h) => h.happened);

export async function worstCase(scenario: Scenario, profile: ProductProfile, seed = 1, answerer = scenario.products[profile.product].answerer): Promise<RunResult> {
  return runScenario({ scenario, profile, seed, answerer, worstCase: true });
}

/** Original => harm; fixed => none; fixed minus the fix => harm again. Returns the three runs. */
export async function proveFix(scenario: Scenario, product: ProductId, seed = 1): Promise<{ before: RunResult; after: RunResult; again: RunResult }> {
  const setup = scenario.products[product];
  const original = profileOf(product, setup.original);
  const fixed = applyFix(original, setup.fix);
  const before = await worstCase(scenario, original, seed);
  const after = await worstCase(scenario, fixed, seed);
  const again = await worstCase(scenario, removeFix(fixed, setup.fix, original), seed);
  expect(setup.fix.changes.length, 'a fix with no changes proves nothing').toBeGreaterThan(0);
  expect(harmed(before), `${scenario.id} on ${product}: harm under the original (${setup.original})`).toBe(true);
  expect(harmed(after), `${scenario.id} on ${product}: no harm with the fix`).toBe(false);
  expect(harmed(again), `${scenario.id} on ${product}: harm back once only the fix is removed`).toBe(true);
  return { before, after, again };
}

/** Products the incident never applied to: no harm under their shipped profile, and a note saying why. */
export async function proveNeverApplied(scenario: Scenario, product: ProductId, seed = 1): Promise<RunResult> {
  const setup = scenario.products[product];
  expect(setup.fix.changes, `${scenario.id} on ${product}: nothing to fix`).toEqual([]);
  expect(setup.note.length).toBeGreaterThan(20);
  const r = await worstCase(scenario, profileOf(product, 'shipped'), seed);
  expect(harmed(r), `${scenario.id} on ${product}: no harm under shipped`).toBe(false);
  return r;
}
