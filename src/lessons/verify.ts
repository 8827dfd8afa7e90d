// The headless lesson checker: build the starting profile, run the lesson's scenarios, evaluate the
// goal; then the same with the reference solution applied. The engine is a port so the checker stays
// pure and testable; `engineAdapter.ts` connects it to the real run API.
import type { ProductProfile } from '../sim/profile/schema.ts';
import { applyChanges, controlProblems, solvedProfile, startProfile } from './controls.ts';
import { evaluateGoal, type GoalReport } from './goals.ts';
import type { Lesson, LessonFacts, ModeledAnswerer, LessonRun } from './types.ts';

export interface LessonRunRequest {
  scenario: string;
  profile: ProductProfile;
  seed: number;
  answerer: ModeledAnswerer;
  worstCase: boolean;
}

export interface LessonEngine {
  /** Scenario ids the engine's catalog holds right now. */
  scenarioIds(): readonly string[];
  /** Whether `scenario` can run on `product` at all (an incident may not apply to every product). */
  appliesTo?(scenario: string, product: ProductProfile['product']): boolean;
  run(request: LessonRunRequest): Promise<LessonRun>;
}

export type LessonCheck = { ok: true; report: GoalReport; facts: LessonFacts } | { ok: false; error: string };

/** Runs every scenario of the lesson against `profile` and evaluates the goal. Never throws. */
export async function checkLesson(lesson: Lesson, profile: ProductProfile, engine: LessonEngine): Promise<LessonCheck> {
  const known = new Set(engine.scenarioIds());
  const missing = lesson.scenarios.filter((s) => !known.has(s));
  if (missing.length > 0) return { ok: false, error: `scenario ${missing.join(', ')} is not in the engine's catalog yet` };
  const runs: LessonRun[] = [];
  for (const scenario of lesson.scenarios) {
    try {
      runs.push(await engine.run({ scenario, profile, ...lesson.run }));
    } catch (error) {
      return { ok: false, error: `scenario ${scenario} failed to run: ${error instanceof Error ? error.message : String(error)}` };
    }
  }
  const facts = { runs };
  return { ok: true, report: evaluateGoal(lesson.goal, facts), facts };
}

export interface LessonVerdict {
  id: string;
  title: string;
  startFails: boolean;
  solutionPasses: boolean;
  /** Why the lesson is not proven solvable; empty when it is. */
  problems: string[];
  /** True when a scenario the lesson needs is not in the engine's catalog (skip unless strict). */
  missingScenario: boolean;
}

function failedClauses(report: GoalReport): string {
  return report.clauses.filter((c) => !c.passed).map((c) => `${c.label}: ${c.detail}`).join('; ');
}

/** Proves a lesson solvable: start fails the goal, the reference solution meets it, controls exist. */
export async function verifyLesson(lesson: Lesson, engine: LessonEngine): Promise<LessonVerdict> {
  const verdict: LessonVerdict = { id: lesson.id, title: lesson.title, startFails: false, solutionPasses: false, problems: controlProblems(lesson), missingScenario: false };
  const known = new Set(engine.scenarioIds());
  const missing = lesson.scenarios.filter((s) => !known.has(s));
  if (missing.length > 0) {
    verdict.missingScenario = true;
    verdict.problems.push(`scenario ${missing.join(', ')} is not in the engine's catalog yet`);
    return verdict;
  }
  const start = startProfile(lesson);
  const solved = solvedProfile(lesson);
  if (!start.ok) verdict.problems.push(start.error);
  if (!solved.ok) verdict.problems.push(solved.error);
  if (!start.ok || !solved.ok) return verdict;

  const before = await checkLesson(lesson, start.profile, engine);
  if (!before.ok) verdict.problems.push(`start: ${before.error}`);
  else if (before.report.passed) verdict.problems.push('the starting settings already meet the goal');
  else verdict.startFails = true;

  for (const trap of lesson.traps ?? []) {
    const trapped = applyChanges(start.profile, trap.changes);
    if (!trapped.ok) {
      verdict.problems.push(`trap "${trap.why}": ${trapped.error}`);
      continue;
    }
    const check = await checkLesson(lesson, trapped.profile, engine);
    if (!check.ok) verdict.problems.push(`trap "${trap.why}": ${check.error}`);
    else if (check.report.passed) verdict.problems.push(`a wrong fix meets the goal (${trap.why})`);
  }

  const after = await checkLesson(lesson, solved.profile, engine);
  if (!after.ok) verdict.problems.push(`solution: ${after.error}`);
  else if (!after.report.passed) verdict.problems.push(`the reference solution misses the goal: ${failedClauses(after.report)}`);
  else verdict.solutionPasses = true;
  return verdict;
}

export async function verifyAll(lessons: readonly Lesson[], engine: LessonEngine): Promise<LessonVerdict[]> {
  const out: LessonVerdict[] = [];
  for (const lesson of lessons) out.push(await verifyLesson(lesson, engine));
  return out;
}

/**
 * A lesson that asks for judgement, not one obvious click: a plausible wrong fix (a trap) that the
 * engine proves fails, or a solution of several changes where the engine proves each is needed
 * (dropping any one misses the goal). Returns what is missing; empty when the lesson qualifies.
 */
export async function judgementProblems(lesson: Lesson, engine: LessonEngine): Promise<string[]> {
  if ((lesson.traps ?? []).length > 0) return [];
  if (lesson.solution.length < 2) return [`lesson ${lesson.id}: one change solves it and no plausible wrong fix is offered (add a trap or a second necessary change)`];
  const start = startProfile(lesson);
  if (!start.ok) return [start.error];
  const problems: string[] = [];
  for (const [i, dropped] of lesson.solution.entries()) {
    const partial = applyChanges(start.profile, lesson.solution.filter((_, j) => j !== i));
    if (!partial.ok) {
      problems.push(`lesson ${lesson.id}: the solution without ${dropped.path}: ${partial.error}`);
      continue;
    }
    const check = await checkLesson(lesson, partial.profile, engine);
    if (!check.ok) problems.push(`lesson ${lesson.id}: the solution without ${dropped.path}: ${check.error}`);
    else if (check.report.passed) problems.push(`lesson ${lesson.id}: the solution still passes without ${dropped.path}, so that change is not needed`);
  }
  return problems;
}
