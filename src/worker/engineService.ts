// The engine's services as plain async functions over plain data: the worker serves them, and tests
// (or a main-thread fallback) can call them directly. Scenarios hold functions, so only their ids
// and summaries cross to the page.
import { ENGINE_VERSION } from '../sim/index.ts';
import { PRODUCT_IDS } from '../sim/core/ids.ts';
import { SCENARIOS, scenarioById } from '../sim/scenarios/index.ts';
import { runScenario } from '../sim/run/runScenario.ts';
import { monteCarlo } from '../sim/run/monteCarlo.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import { combineBlast, type BlastRadius } from '../sim/blast/blastRadius.ts';
import { reachableBlast, type ReachableBlast } from '../sim/blast/reachable.ts';
import type { ProductProfile } from '../sim/profile/schema.ts';
import { containmentVerdict } from '../sim/verdict.ts';
import type { EngineHandlers } from './server.ts';
import type { MonteCarloSummary, PaneAsset, PaneRun, ScenarioSummary } from './protocol.ts';

// Reachable blast radius depends only on the world and the profile, not on the run: answering a
// prompt or stepping through re-runs the same pair, so keep the last few analyses.
const reachCache = new Map<string, Promise<ReachableBlast>>();
const REACH_CACHE_SIZE = 48;

function cachedReach(scenario: Scenario, profile: ProductProfile): Promise<ReachableBlast> {
  const key = JSON.stringify([scenario.id, profile]);
  let hit = reachCache.get(key);
  if (!hit) {
    const world = scenario.world();
    hit = reachableBlast(world, profile, scenario.cwd(profile.product, world));
    reachCache.set(key, hit);
    hit.catch(() => reachCache.delete(key));
    if (reachCache.size > REACH_CACHE_SIZE) reachCache.delete(reachCache.keys().next().value as string);
  }
  return hit;
}

function paneBlast(b: BlastRadius): NonNullable<PaneRun['blast']> {
  const assets: PaneAsset[] = b.assets.map((a) => ({ id: a.id, label: a.label, zone: a.zone, mark: a.mark, weight: a.weight }));
  return { reachable: b.reachable, realized: b.realized, assets };
}

function summarize(s: Scenario): ScenarioSummary {
  const products = Object.fromEntries(
    PRODUCT_IDS.map((p) => {
      const setup = s.products[p];
      return [p, { original: setup.original, answerer: setup.answerer, fixSummary: setup.fix.summary, note: setup.note }];
    }),
  ) as ScenarioSummary['products'];
  return { id: s.id, title: s.title, explanation: s.explanation, source: s.source, products };
}

function requireScenario(id: string): Scenario {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`Unknown incident "${id}". Known: ${SCENARIOS.map((s) => s.id).join(', ')}`);
  return scenario;
}

export function createEngineService(runtime: 'worker' | 'main-thread'): EngineHandlers {
  return {
    hello: () => ({ engineVersion: ENGINE_VERSION, runtime }),
    catalog: () => SCENARIOS.map(summarize),
    async run(request) {
      const scenario = requireScenario(request.scenarioId);
      const result = await runScenario({
        scenario, profile: request.profile, seed: request.seed, answerer: request.answerer,
        answers: request.answers, worstCase: request.worstCase,
      });
      const { outcome } = result;
      const verdict = containmentVerdict({ outcome, log: result.log, status: result.status });
      const pane: PaneRun = {
        status: result.status,
        log: result.log,
        pending: result.pending ? { tool: result.pending.tool, input: result.pending.input, promptNumber: result.pending.promptNumber } : null,
        harms: outcome.harms,
        taskCompleted: outcome.taskCompleted,
        prompts: outcome.prompts,
        decidedBy: verdict.decidedBy,
        contained: verdict.contained,
        blast: paneBlast(combineBlast(await cachedReach(scenario, request.profile), result.log, request.profile)),
        maxStep: result.log.reduce((m, e) => Math.max(m, e.step), 0),
      };
      return pane;
    },
    async monteCarlo(request, ctx) {
      const scenario = requireScenario(request.scenarioId);
      ctx.progress(0, request.seeds);
      const summary: MonteCarloSummary = await monteCarlo({
        scenario, profile: request.profile, answerer: request.answerer, runs: request.seeds, worstCase: request.worstCase,
        onProgress: (done, total) => ctx.progress(done, total),
      });
      return summary;
    },
  };
}
