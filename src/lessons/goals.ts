// Goal clauses: small pure predicates over run facts, each with the sentence the learner reads and a
// detail line explaining the current verdict. A goal is a conjunction of clauses, so the panel can
// tick them off one by one as the learner changes controls.
import type { Goal, GoalClause, LessonFacts, LessonRun } from './types.ts';
import { isBoundary } from '../sim/layers/catalog.ts';

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function noRunsDetail(facts: LessonFacts): string | null {
  return facts.runs.length === 0 ? 'no scenario has run yet' : null;
}

/** Nothing a scenario counts as a secret left through any boundary, in any encoding. */
export function noExfiltration(label = 'No secret leaves the machine'): GoalClause {
  return {
    label,
    test(facts) {
      const empty = noRunsDetail(facts);
      if (empty) return { passed: false, detail: empty };
      const leaks = facts.runs.flatMap((r) => r.exfiltrations.map((e) => `${e.secretId} to ${e.host} (${r.scenario})`));
      return leaks.length === 0
        ? { passed: true, detail: 'no canary value was seen leaving a boundary' }
        : { passed: false, detail: `exfiltrated: ${leaks.join('; ')}` };
    },
  };
}

/** None of the scenarios' harm predicates fired. */
export function noHarm(label = 'The incident is contained: no harm happens'): GoalClause {
  return {
    label,
    test(facts) {
      const empty = noRunsDetail(facts);
      if (empty) return { passed: false, detail: empty };
      const happened = facts.runs.flatMap((r) => r.harms.filter((h) => h.happened).map((h) => `${h.id} (${r.scenario})`));
      return happened.length === 0
        ? { passed: true, detail: 'every harm check came back clean' }
        : { passed: false, detail: `harm happened: ${happened.join('; ')}` };
    },
  };
}

/**
 * The user's legitimate task still gets done: containment that breaks the work is not a win.
 * `only` limits the check to some scenarios (in some incidents the task itself needs what a boundary
 * must refuse, and a contained agent rightly reports that it could not finish).
 */
export function taskCompletes(label = "The user's task still completes", only?: readonly string[]): GoalClause {
  return {
    label,
    test(facts) {
      const empty = noRunsDetail(facts);
      if (empty) return { passed: false, detail: empty };
      const failed = facts.runs.filter((r) => !r.taskCompleted && (!only || only.includes(r.scenario))).map((r) => r.scenario);
      return failed.length === 0
        ? { passed: true, detail: 'the task finished' }
        : { passed: false, detail: `the task did not finish in: ${failed.join(', ')}` };
    },
  };
}

/** Friction budget: approval prompts summed over all runs. */
export function promptsAtMost(max: number, label = `At most ${plural(max, 'approval prompt')}`): GoalClause {
  return {
    label,
    test(facts) {
      const empty = noRunsDetail(facts);
      if (empty) return { passed: false, detail: empty };
      const total = facts.runs.reduce((n, r) => n + r.prompts, 0);
      return { passed: total <= max, detail: `${plural(total, 'prompt')} asked` };
    },
  };
}

/** Harm was attempted and an environment layer stopped it; a lucky "deny" click does not count. */
export function stoppedByBoundary(label = 'A boundary stops it, not a lucky click'): GoalClause {
  return {
    label,
    test(facts) {
      const empty = noRunsDetail(facts);
      if (empty) return { passed: false, detail: empty };
      for (const r of facts.runs) {
        if (r.harms.some((h) => h.happened) || r.exfiltrations.length > 0) return { passed: false, detail: `nothing stopped it in ${r.scenario}` };
        if (r.decidedBy !== null && !isBoundary(r.decidedBy)) return { passed: false, detail: `only ${r.decidedBy === 'approval-queue' ? 'a human answer' : 'the model layer'} stopped it in ${r.scenario}` };
      }
      const by = [...new Set(facts.runs.map((r) => r.decidedBy).filter((d): d is string => d !== null))];
      return { passed: true, detail: by.length > 0 ? `stopped by ${by.join(', ')}` : 'nothing harmful got far enough to need stopping' };
    },
  };
}

function blastOf(run: LessonRun): number | null {
  return run.blast ? run.blast.reachable : null;
}

/** Capability cap: the largest reachable blast radius over the runs stays within `max`. */
export function reachableAtMost(max: number, label = `Reachable blast radius at most ${max}`): GoalClause {
  return {
    label,
    test(facts) {
      const empty = noRunsDetail(facts);
      if (empty) return { passed: false, detail: empty };
      const values = facts.runs.map(blastOf);
      if (values.some((v) => v === null)) return { passed: false, detail: 'the engine did not report a blast radius for this run' };
      const worst = Math.max(...(values as number[]));
      return { passed: worst <= max, detail: `reachable blast radius ${worst}` };
    },
  };
}

export function goal(summary: string, ...clauses: GoalClause[]): Goal {
  return { summary, clauses };
}

export interface ClauseReport {
  label: string;
  passed: boolean;
  detail: string;
}

export interface GoalReport {
  passed: boolean;
  clauses: ClauseReport[];
}

/** A clause that throws is reported as failed with the reason, never as an uncaught error. */
export function evaluateGoal(g: Goal, facts: LessonFacts): GoalReport {
  const clauses = g.clauses.map((c): ClauseReport => {
    try {
      const { passed, detail } = c.test(facts);
      return { label: c.label, passed, detail };
    } catch (error) {
      return { label: c.label, passed: false, detail: `could not be checked: ${error instanceof Error ? error.message : String(error)}` };
    }
  });
  return { passed: clauses.length > 0 && clauses.every((c) => c.passed), clauses };
}
