// Blast radius of one run: the reachable part (capability analysis, no scenario) next to the realized
// part (the run's event log), per asset and as scores. Formulas (README, "Blast radius: how it is
// scored"): reachable = sum over assets of weight x capabilities not denied; realized = sum over
// assets of weight x effect multipliers; score = reachable as a percentage of the world's maximum.
import type { SimEvent } from '../core/events.ts';
import type { ProductProfile } from '../profile/schema.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Zone } from './assets.ts';
import { realizedAssets, type Effect, type Watcher } from './realized.ts';
import { reachableBlast, type Grant, type ReachableBlast, type ReachOptions } from './reachable.ts';

export type AssetMark = 'unreachable' | 'reachable' | 'touched' | 'exfiltrated';

export interface AssetBlast {
  id: string;
  label: string;
  zone: Zone;
  kind: string;
  weight: number;
  grants: Grant[];
  reachableScore: number;
  effects: Effect[];
  realizedScore: number;
  seenBy: Watcher[];
  mark: AssetMark;
}

export interface BlastRadius {
  product: ProductProfile['product'];
  /** Reachable as a whole-number percentage of the world's maximum (0 = nothing, 100 = everything). */
  score: number;
  reachable: number;
  behindPrompt: number;
  realized: number;
  maximum: number;
  assets: AssetBlast[];
}

function markOf(grants: Grant[], effects: Effect[]): AssetMark {
  if (effects.includes('exfiltrated')) return 'exfiltrated';
  if (effects.length > 0) return 'touched';
  return grants.some((g) => g.verdict !== 'deny') ? 'reachable' : 'unreachable';
}

/** Combine a reachable analysis with a run's log (an empty log gives the capability picture alone). */
export function combineBlast(reach: ReachableBlast, log: readonly SimEvent[], profile: ProductProfile): BlastRadius {
  const realized = new Map(realizedAssets(log, reach.assets, reach.roots, profile).map((r) => [r.id, r]));
  const assets = reach.assets.map((a): AssetBlast => {
    const r = realized.get(a.id);
    const effects = r?.effects ?? [];
    return {
      id: a.id, label: a.label, zone: a.zone, kind: a.kind, weight: a.weight, grants: a.grants, reachableScore: a.score,
      effects, realizedScore: r?.score ?? 0, seenBy: r?.seenBy ?? [], mark: markOf(a.grants, effects),
    };
  });
  return {
    product: reach.product,
    score: reach.maximum === 0 ? 0 : Math.round((100 * reach.reachable) / reach.maximum),
    reachable: reach.reachable,
    behindPrompt: reach.behindPrompt,
    realized: assets.reduce((s, a) => s + a.realizedScore, 0),
    maximum: reach.maximum,
    assets,
  };
}

/** Blast radius of a scenario run under `profile` (the log from runScenario with the same profile). */
export async function scenarioBlast(scenario: Scenario, profile: ProductProfile, log: readonly SimEvent[], options: ReachOptions = {}): Promise<BlastRadius> {
  const world = scenario.world();
  const reach = await reachableBlast(world, profile, scenario.project, options);
  return combineBlast(reach, log, profile);
}
