// Connects the lesson checker to the real engine: scenario ids from the catalog, runs judged the way
// the playground panes judge them (src/sim/attacks/judgedRun.ts: in the worst case, the adaptive
// attacker's deciding run), and the outcome reduced to the facts goals look at.
import { scenarioBlast } from '../sim/blast/blastRadius.ts';
import { judgedRun, type JudgedRun } from '../sim/attacks/judgedRun.ts';
import { SCENARIOS, scenarioById } from '../sim/scenarios/index.ts';
import type { BlastRadius } from '../sim/blast/blastRadius.ts';
import { lessonRun } from './lessonRun.ts';
import type { LessonRun } from './types.ts';
import type { LessonEngine } from './verify.ts';

/** A judged run as lesson facts: the run shown, and the judgement's deciding layer. */
export function toFacts(scenario: string, judged: JudgedRun, blast?: BlastRadius): LessonRun {
  return lessonRun(scenario, { ...judged.shown.outcome, decidedBy: judged.judgement.decidedBy }, blast);
}

/** The real engine behind the lesson port. Lesson runs never pause for a learner's approval. */
export function simEngine(): LessonEngine {
  return {
    scenarioIds: () => SCENARIOS.map((s) => s.id),
    async run({ scenario, profile, seed, answerer, worstCase }) {
      const found = scenarioById(scenario);
      if (!found) throw new Error(`unknown scenario "${scenario}"`);
      const judged = await judgedRun({ scenario: found, profile, seed, answerer, worstCase });
      return toFacts(scenario, judged, await scenarioBlast(found, profile, judged.shown.log));
    },
  };
}
