// The generic proof for every incident in the catalog, on every product (new incidents are picked up
// as they land). Worst case throughout: the agent follows every injection. Where a product has a fix:
// under the original configuration the harm happens; with the fix it does not; and taking only the
// fix back out of what ships leaves the incident uncontained again (harm, or only a prompt between the
// agent and the harm). Where a product never had the problem, its shipped profile shows no harm and
// the scenario says why.
import { describe, expect, it } from 'vitest';
import { PRODUCT_IDS } from '../../../src/sim/core/ids.ts';
import { getAtPath, setAtPath } from '../../../src/sim/profile/controlPath.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { applyFix, removeFix } from '../../../src/sim/scenarios/fix.ts';
import { SCENARIOS } from '../../../src/sim/scenarios/index.ts';
import type { ProductSetup, Scenario } from '../../../src/sim/scenarios/types.ts';
import { containmentVerdict } from '../../../src/sim/verdict.ts';
import { setupFor } from '../../../src/sim/products/index.ts';
import { adaptiveWorstCase, stoppedBy } from '../../../src/sim/attacks/adaptive.ts';

/**
 * Fixes that still let one technique of the catalogue through, and which one: the devcontainer's
 * firewall lets DNS out to any resolver (as init-firewall.sh does), so names carrying data leave.
 */
const KNOWN_GAPS: Record<string, string> = {
  'approved-domain-exfil/devcontainer': 'dns-labels',
  'poisoned-readme/devcontainer': 'dns-labels',
};

const DESIGN_IDS = [
  'pre-trust-config', 'phished-prompt', 'approved-domain-exfil', 'edr-blind-spot', 'sandbox-escape', 'git-history-answers',
  'answer-key-decryption', 'poisoned-readme', 'memory-poisoning', 'subagent-trust-escalation', 'symlink-mount-escape',
  'vm-crash', 'approval-fatigue', 'canary-pickup',
];

async function run(scenario: Scenario, setup: ProductSetup, profile: ProductProfile) {
  return runScenario({ scenario, profile, seed: 1, answerer: setup.answerer, worstCase: true });
}

async function harmed(scenario: Scenario, setup: ProductSetup, profile: ProductProfile): Promise<string[]> {
  return (await run(scenario, setup, profile)).outcome.harms.filter((h) => h.happened).map((h) => h.id);
}

async function contained(scenario: Scenario, setup: ProductSetup, profile: ProductProfile): Promise<boolean> {
  const r = await run(scenario, setup, profile);
  return containmentVerdict({ outcome: r.outcome, log: r.log, status: r.status }).contained;
}

/** Facts about the machine, not controls: an incident's original keeps them when compared with what ships. */
const MACHINE_FACTS = ['vm.starts', 'sandbox.available'];

function withMachineFacts(shipped: ProductProfile, original: ProductProfile): ProductProfile {
  return MACHINE_FACTS.reduce((p, path) => (getAtPath(p, path) === undefined ? p : setAtPath(p, path, getAtPath(original, path))), shipped);
}

function presetOrFail(product: (typeof PRODUCT_IDS)[number], name: string): ProductProfile {
  const p = preset(product, name);
  if (!p) throw new Error(`no preset "${name}" for ${product}`);
  return p;
}

const fixIsShipped = (shipped: ProductProfile, setup: ProductSetup) =>
  setup.fix.changes.every((c) => JSON.stringify(getAtPath(shipped, c.path)) === JSON.stringify(c.value));

describe('incident catalog', () => {
  it('uses only the stable incident ids from DESIGN.md, each with a source, an explanation and a note per product', () => {
    for (const s of SCENARIOS) {
      expect(DESIGN_IDS, s.id).toContain(s.id);
      expect(s.source, s.id).toMatch(/^https:\/\//);
      expect(s.explanation.length, s.id).toBeGreaterThan(80);
      for (const product of PRODUCT_IDS) expect(setupFor(s, product).note.length, `${s.id} on ${product}`).toBeGreaterThan(10);
    }
    expect(new Set(SCENARIOS.map((s) => s.id)).size).toBe(SCENARIOS.length);
  });

  for (const scenario of SCENARIOS) {
    describe(scenario.id, () => {
      for (const product of PRODUCT_IDS) {
        const setup = setupFor(scenario, product);
        if (setup.fix.changes.length === 0) {
          it(`${product}: never had the problem; the shipped profile shows no harm`, async () => {
            expect(await harmed(scenario, setup, presetOrFail(product, 'shipped'))).toEqual([]);
          });
          continue;
        }
        it(`${product}: harm under "${setup.original}", none with the fix, uncontained again when only the fix is removed`, async () => {
          const original = presetOrFail(product, setup.original);
          const fixed = applyFix(original, setup.fix);
          expect(await harmed(scenario, setup, original), 'original configuration').not.toEqual([]);
          expect(await harmed(scenario, setup, fixed), 'with the fix').toEqual([]);
          // Against every technique of the attack catalogue, not only the scripted one.
          expect((await adaptiveWorstCase(scenario, original, setup.answerer)).status, 'original, adaptive').toMatch(/^(not-contained|prompt-only)$/);
          const adaptive = await adaptiveWorstCase(scenario, fixed, setup.answerer);
          const gap = KNOWN_GAPS[`${scenario.id}/${product}`];
          if (gap !== undefined) expect([adaptive.status, adaptive.technique], 'a known gap').toEqual(['not-contained', gap]);
          else expect(adaptive.status, stoppedBy(adaptive.attempts).join('; ')).toMatch(/^(contained|not-applicable)$/);
          const shipped = withMachineFacts(presetOrFail(product, 'shipped'), original);
          // Start from what ships when the fix is part of it, so "only the fix" is tested against today's product.
          const base = fixIsShipped(shipped, setup) ? shipped : fixed;
          expect(await contained(scenario, setup, removeFix(base, setup.fix, original)), 'fix removed').toBe(false);
        });
      }
    });
  }
});
