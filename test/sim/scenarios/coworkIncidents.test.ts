// The catalog contract for the Cowork / connector / memory / multi-agent incidents, on every product:
// where a fix exists, the original configuration is harmed, the fix contains it, and removing only the
// fix brings the harm back; where the product never had the problem, its original run is unharmed and
// a note says why. Runs are worst case and must be deterministic.
import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { hasPath } from '../../../src/sim/profile/controlPath.ts';
import { scenarioById } from '../../../src/sim/scenarios/index.ts';
import type { Scenario } from '../../../src/sim/scenarios/types.ts';
import { harmed, profileOf, proveFix, runWorst } from './incidentProof.ts';
import { setupFor } from '../../../src/sim/products/index.ts';

const IDS = ['approved-domain-exfil', 'edr-blind-spot', 'symlink-mount-escape', 'vm-crash', 'poisoned-readme', 'memory-poisoning', 'subagent-trust-escalation'];

const scenario = (id: string): Scenario => {
  const s = scenarioById(id);
  if (!s) throw new Error(`${id} is not in the catalog`);
  return s;
};

describe.each(IDS)('%s', (id) => {
  it('is catalogued with a source, an explanation and a note per product', () => {
    const s = scenario(id);
    expect(s.source).toMatch(/^https:\/\//);
    expect(s.explanation.length).toBeGreaterThan(200);
    for (const product of PRODUCT_IDS) expect(setupFor(s, product).note.length, product).toBeGreaterThan(40);
  });

  it.each(PRODUCT_IDS)('on %s: harmed as it happened, contained by the fix, harmed again without it', async (product) => {
    const s = scenario(id);
    const setup = setupFor(s, product);
    const original = profileOf(product, setup.original);
    for (const change of setup.fix.changes) expect(hasPath(original, change.path), change.path).toBe(true);
    if (setup.fix.changes.length === 0) {
      expect(harmed(await runWorst(s, original))).toBe(false);
      return;
    }
    const proof = await proveFix(s, product);
    expect(harmed(proof.original)).toBe(true);
    expect(harmed(proof.fixed)).toBe(false);
    expect(harmed(proof.unfixed)).toBe(true);
  });

  it('gives the same log for the same seed', async () => {
    const s = scenario(id);
    const product = PRODUCT_IDS.find((p) => setupFor(s, p).fix.changes.length > 0) ?? 'cowork';
    const profile = profileOf(product, setupFor(s, product).original);
    const [a, b] = [await runWorst(s, profile, 7), await runWorst(s, profile, 7)];
    expect(a.log).toEqual(b.log);
  });
});
