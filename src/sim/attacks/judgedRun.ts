// One incident on one product, run and judged the way every view shows it. Sampled: the run as the
// seed plays it, judged as it stands. Worst case ("follow every injection"): the adaptive attacker
// (adaptive.ts) tries every technique that serves the incident's goal, and the run
// shown is the one that decided: the technique that got through, else the scripted attack. The
// playground panes, the lessons' goal checks and `check` all read this one judgement.
import type { AnswererKind, SimEvent } from '../core/events.ts';
import type { ProductProfile } from '../profile/schema.ts';
import type { Scenario } from '../scenarios/types.ts';
import { adaptiveWorstCase, SCRIPTED } from './adaptive.ts';
import { techniqueById } from './index.ts';
import { containmentStatus, containmentVerdict, type ContainmentStatus, type DecidedBy } from '../verdict.ts';
import { runScenario, type RunOptions, type RunResult } from '../run/runScenario.ts';

/** One technique the worst-case attacker tried, and what became of it. */
export interface TriedTechnique {
  /** `scripted`, or a catalogue technique's id. */
  technique: string;
  /** A title a learner reads ("the incident's own attack" for the scripted one). */
  title: string;
  status: ContainmentStatus;
  decidedBy: DecidedBy;
  reason: string;
}

/** The person's "no" that was all that held, as the human model gave it. */
export interface Refusal {
  by: AnswererKind;
  promptNumber: number;
  /** The modeled chance this person approves that prompt (null when the model is not a chance). */
  approveChance: number | null;
}

export interface Judgement {
  status: ContainmentStatus;
  /** True only when a boundary held (status 'contained'). */
  contained: boolean;
  decidedBy: DecidedBy;
  reason: string;
  /** The technique that got through (or reached a prompt, for prompt-only); null when none did. */
  technique: string | null;
  techniqueTitle: string | null;
  /** Every technique tried, in order; empty for a sampled run (only the scripted attack ran). */
  tried: TriedTechnique[];
  /** For prompt-only: who said no, to which prompt, and how likely they were to say yes. */
  refusal: Refusal | null;
}

export interface JudgedRunOptions {
  scenario: Scenario;
  profile: ProductProfile;
  seed: number;
  answerer: AnswererKind;
  answers?: readonly boolean[];
  worstCase: boolean;
  /** How each run is made (default runScenario): the worker adds a workspace and a clock. */
  run?: (options: RunOptions) => Promise<RunResult>;
}

export interface JudgedRun {
  /** The run whose log, harms and blast the views show: the deciding one. */
  shown: RunResult;
  /** The incident as scripted, with the learner's answers: what a pending approval belongs to. */
  scripted: RunResult;
  judgement: Judgement;
}

const SCRIPTED_TITLE = "the incident's own attack";

export function techniqueTitle(id: string): string {
  return id === SCRIPTED ? SCRIPTED_TITLE : (techniqueById(id)?.title ?? id);
}

/** The last "no" a person gave to a step an injection asked for, with the chance the model gave a yes. */
export function refusalIn(log: readonly SimEvent[]): Refusal | null {
  let origin: 'task' | 'injection' = 'task';
  let lastChance: number | null = null;
  let lastPrompt = 0;
  let found: Refusal | null = null;
  for (const e of log) {
    if (e.type === 'tool-call') origin = e.origin;
    if (e.type === 'approval-asked') { lastPrompt = e.promptNumber; lastChance = null; }
    if (e.type === 'choice' && e.kind === 'human-approves') lastChance = e.p;
    if (e.type === 'approval-answered' && !e.approved && e.by !== 'classifier' && origin === 'injection') {
      found = { by: e.by, promptNumber: lastPrompt, approveChance: lastChance };
    }
  }
  return found;
}

export async function judgedRun(options: JudgedRunOptions): Promise<JudgedRun> {
  const { scenario, profile, seed, answerer, worstCase } = options;
  const base = options.run ?? runScenario;
  const answers = options.answers ?? [];
  const scripted = await base({ scenario, profile, seed, answerer, answers, worstCase });
  const verdict = containmentVerdict({ outcome: scripted.outcome, log: scripted.log, status: scripted.status });
  const status = containmentStatus(verdict);
  // Sampled runs keep their meaning; a run waiting on the learner's click has no verdict yet.
  if (!worstCase || scripted.status === 'awaiting-approval') {
    const judgement: Judgement = {
      ...verdict, contained: status === 'contained', status, technique: null, techniqueTitle: null, tried: [],
      refusal: status === 'prompt-only' ? refusalIn(scripted.log) : null,
    };
    return { shown: scripted, scripted, judgement };
  }
  // The adaptive attacker's first attempt is the scripted run just made: hand it back instead of re-running.
  let reused = false;
  const run = (o: RunOptions): Promise<RunResult> => {
    const same = !reused && o.scenario === scenario && o.seed === seed && o.answerer === answerer
      && JSON.stringify(o.answers ?? []) === JSON.stringify(answers);
    if (same) { reused = true; return Promise.resolve(scripted); }
    return base(o);
  };
  const adaptive = await adaptiveWorstCase(scenario, profile, answerer, { seed, answers, run });
  const tried = adaptive.attempts.map((a): TriedTechnique => ({
    technique: a.technique, title: techniqueTitle(a.technique), status: a.status, decidedBy: a.verdict.decidedBy, reason: a.verdict.reason,
  }));
  const judgement: Judgement = {
    status: adaptive.status, contained: adaptive.status === 'contained', decidedBy: adaptive.decidedBy, reason: adaptive.reason,
    technique: adaptive.technique, techniqueTitle: adaptive.technique === null ? null : techniqueTitle(adaptive.technique),
    tried, refusal: adaptive.status === 'prompt-only' ? refusalIn(adaptive.run.log) : null,
  };
  return { shown: adaptive.run, scripted, judgement };
}
