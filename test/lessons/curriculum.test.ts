// Every lesson, run headlessly through the real engine (after learnGitBranching's levels.spec): the
// starting settings must NOT meet the goal, the reference solution must, and every unlocked control
// must exist; every trap (a plausible wrong fix) must miss it; and every lesson after the first four
// asks for judgement (a trap, or several changes each proven necessary). The whole incident catalog has landed, so a lesson naming an incident the engine does not
// know is a failure, not a skip.
import { describe, expect, it } from 'vitest';
import { CURRICULUM } from '../../src/lessons/curriculum.ts';
import { simEngine } from '../../src/lessons/engineAdapter.ts';
import { judgementProblems, verifyLesson } from '../../src/lessons/verify.ts';

const engine = simEngine();
const known = new Set(engine.scenarioIds());

describe('every lesson is proven solvable by the engine', () => {
  for (const lesson of CURRICULUM) {
    it(`${lesson.id}: start fails, reference solution passes`, async () => {
      expect(lesson.scenarios.filter((s) => !known.has(s))).toEqual([]);
      const verdict = await verifyLesson(lesson, engine);
      expect(verdict.problems).toEqual([]);
      expect(verdict.startFails).toBe(true);
      expect(verdict.solutionPasses).toBe(true);
    });
  }
});

describe('lessons after the first four ask for judgement', () => {
  for (const lesson of CURRICULUM.slice(4)) {
    it(`${lesson.id}: a trap the engine proves wrong, or several changes each proven necessary`, async () => {
      expect(await judgementProblems(lesson, engine)).toEqual([]);
    });
  }
});
