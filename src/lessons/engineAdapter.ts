// Connects the lesson checker to the real engine: scenario ids from the catalog, runs through
// `runScenario`, and the outcome reduced to the facts goals look at.
import { scenarioBlast, type BlastRadius } from '../sim/blast/blastRadius.ts';
import { runScenario, type RunResult } from '../sim/run/runScenario.ts';
import { SCENARIOS, scenarioById } from '../sim/scenarios/index.ts';
import { lessonRun } from './lessonRun.ts';
import type { LessonRun } from './types.ts';
import type { LessonEngine } from './verify.ts';

/** The engine's result as lesson facts. The raw result stays available to the UI separately. */
export function toFacts(scenario: string, result: RunResult, blast?: BlastRadius): LessonRun {
  return lessonRun(scenario, result.outcome, blast);
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
