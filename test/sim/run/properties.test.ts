// Engine properties (fast-check, fixed seed; failing seeds found while building are pinned below).
import { InMemoryFs } from 'just-bash';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { foldLog, ViewBuilder } from '../../../src/sim/core/fold.ts';
import type { SimEvent } from '../../../src/sim/core/events.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { reachableBlast } from '../../../src/sim/blast/reachable.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';
import type { World } from '../../../src/sim/world/types.ts';
import { LOOSENINGS } from '../../../src/sim/profile/loosen.ts';
import { devLaptop } from '../../../src/sim/world/devLaptop.ts';
import { phishedPrompt } from '../../../src/sim/scenarios/phishedPrompt.ts';
import { answererArb, profileArb, scenarioArb } from './arbitraries.ts';

const FC = { seed: Number(process.env.FC_SEED ?? 20260525), numRuns: Number(process.env.FC_RUNS ?? 40) };

/** Every (asset, capability) the profile does not deny: what the blast-radius view calls reachable. */
async function reachableAssets(world: World, profile: ProductProfile, cwd: string): Promise<Set<string>> {
  const r = await reachableBlast(world, profile, cwd);
  return new Set(r.assets.flatMap((a) => a.grants.filter((g) => g.verdict !== 'deny').map((g) => `${a.id}:${g.capability}`)));
}

describe('engine properties', () => {
  it('is deterministic: same scenario, profile and seed give the identical log', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, profileArb, answererArb, fc.integer({ min: 0, max: 1000 }), async (scenario, profile, answerer, seed) => {
      const a = await runScenario({ scenario, profile, answerer, seed });
      const b = await runScenario({ scenario, profile, answerer, seed });
      expect(b.log).toEqual(a.log);
      expect(b.outcome).toEqual(a.outcome);
    }), FC);
  });

  it('never changes the world through a denied action', async () => {
    let checked = 0;
    await fc.assert(fc.asyncProperty(scenarioArb, profileArb, answererArb, fc.integer({ min: 0, max: 1000 }), async (scenario, profile, answerer, seed) => {
      const fs = new InMemoryFs();
      const r = await runScenario({ scenario, profile, answerer, seed, fs });
      const world = devLaptop();
      const changedOk = new Set(r.log.filter((e) => e.type === 'file-access' && e.ok && e.op !== 'read').map((e) => (e as { path: string }).path));
      for (const e of r.log) {
        if (e.type !== 'file-access' || e.ok || e.op === 'read' || e.layer === undefined || changedOk.has(e.path)) continue;
        const seeded = profile.product === 'claude-ai' ? world.container.files : world.host.files;
        const initial = seeded.find((f) => f.path === e.path)?.content;
        const now = (await fs.exists(e.path)) ? await fs.readFile(e.path) : undefined;
        expect(now, `${e.op} ${e.path} was denied by ${e.layer} yet the file changed`).toBe(initial);
        checked += 1;
      }
      const refused = new Set(r.log.filter((e) => e.type === 'net-response' && e.layer !== undefined).map((e) => (e as { id: number }).id));
      for (const e of r.log) if (e.type === 'exfiltration') expect(refused.has(e.requestId)).toBe(false);
      // A tool call refused by a layer, a human or the classifier produces no effects in its step.
      const deniedSteps = new Set(r.log.filter((e) => e.type === 'tool-result' && !e.ok && /^(Permission denied|The user denied)/.test(e.output)).map((e) => e.step));
      for (const e of r.log) {
        if (!deniedSteps.has(e.step)) continue;
        expect(['file-access', 'net-request', 'exfiltration'].includes(e.type), `effect ${e.type} in a denied step`).toBe(false);
      }
    }), FC);
    // Not vacuous: the generated sessions did hit refused writes and deletes.
    expect(checked).toBeGreaterThan(0);
  });

  it('replays: folding the log from scratch equals the incremental view at every event', async () => {
    await fc.assert(fc.asyncProperty(scenarioArb, profileArb, answererArb, fc.integer({ min: 0, max: 1000 }), async (scenario, profile, answerer, seed) => {
      const { log } = await runScenario({ scenario, profile, answerer, seed });
      const builder = new ViewBuilder();
      log.forEach((e: SimEvent) => {
        builder.add(e);
        expect(builder.view()).toEqual(foldLog(log, e.seq));
      });
      expect(foldLog(log)).toEqual(builder.view());
    }), { ...FC, numRuns: 15 });
  });

  it('never shrinks the reachable assets when any single control is loosened', async () => {
    const world = devLaptop();
    let grew = 0;
    await fc.assert(fc.asyncProperty(profileArb, async (profile) => {
      const cwd = phishedPrompt.project;
      const base = await reachableAssets(world, profile, cwd);
      for (const l of LOOSENINGS.filter((x) => x.applies(profile))) {
        const looser = await reachableAssets(world, l.apply(profile), cwd);
        const lost = [...base].filter((k) => !looser.has(k));
        expect(lost, `loosening "${l.id}" on ${profile.product}/${profile.name} lost ${lost.join(', ')}`).toEqual([]);
        if (looser.size > base.size) grew += 1;
      }
    }), FC);
    expect(grew).toBeGreaterThan(0);
  });
});
