// The engine's services as plain async functions over plain data: the worker serves them, and tests
// (or a main-thread fallback) can call them directly. Scenarios hold functions, so only their ids
// and summaries cross to the page.
import { ENGINE_VERSION } from '../sim/index.ts';
import { PRODUCT_IDS } from '../sim/core/ids.ts';
import { SCENARIOS, scenarioById } from '../sim/scenarios/index.ts';
import { runScenario } from '../sim/run/runScenario.ts';
import { monteCarlo } from '../sim/run/monteCarlo.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import type { EngineHandlers } from './server.ts';
import type { MonteCarloSummary, PaneRun, ScenarioSummary } from './protocol.ts';

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
      const harmed = outcome.harms.some((h) => h.happened);
      const pane: PaneRun = {
        status: result.status,
        log: result.log,
        pending: result.pending ? { tool: result.pending.tool, input: result.pending.input, promptNumber: result.pending.promptNumber } : null,
        harms: outcome.harms,
        taskCompleted: outcome.taskCompleted,
        prompts: outcome.prompts,
        decidedBy: outcome.decidedBy,
        // Approvals are not a boundary: a harm that only a person's answer stopped is not contained.
        contained: !harmed && outcome.decidedBy !== 'approval-queue' && result.status === 'finished',
        blast: null,
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
