// Connects the lesson checker to the real engine: scenario ids from the catalog, runs through
// `runScenario`, and the outcome reduced to the facts goals look at.
import { scenarioBlast, type BlastRadius } from '../sim/blast/blastRadius.ts';
import { runScenario, type RunResult } from '../sim/run/runScenario.ts';
import { SCENARIOS, scenarioById } from '../sim/scenarios/index.ts';
import type { LessonRun } from './types.ts';
import type { LessonEngine } from './verify.ts';

/** The engine's result as lesson facts. The raw result stays available to the UI separately. */
export function toFacts(scenario: string, result: RunResult, blast?: BlastRadius): LessonRun {
  const o = result.outcome;
  const facts: LessonRun = {
    scenario,
    harms: o.harms.map((h) => ({ id: h.id, happened: h.happened })),
    taskCompleted: o.taskCompleted,
    prompts: o.prompts,
    exfiltrations: o.exfiltrations.map((e) => ({ secretId: e.secretId, host: e.host })),
    decidedBy: o.decidedBy,
  };
  if (blast) facts.blast = { reachable: blast.reachable, realized: blast.realized, score: blast.score };
  return facts;
}

/** The real engine behind the lesson port. Lesson runs never pause for a learner's approval. */
export function simEngine(): LessonEngine {
  return {
    scenarioIds: () => SCENARIOS.map((s) => s.id),
    async run({ scenario, profile, seed, answerer, worstCase }) {
      const found = scenarioById(scenario);
      if (!found) throw new Error(`unknown scenario "${scenario}"`);
      const result = await runScenario({ scenario: found, profile, seed, answerer, worstCase });
      return toFacts(scenario, result, await scenarioBlast(found, profile, result.log));
    },
  };
}
