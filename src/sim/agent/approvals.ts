// The approval queue's answerers. The learner answers live (the run pauses); the modeled humans and
// the auto-mode classifier answer through seeded choices so Monte Carlo can explore them.
import type { AnswererKind, ChoiceKind } from '../core/events.ts';
import type { LayerId } from '../core/ids.ts';

export type Answerer = AnswererKind;
/** The answerers that need no person at the keyboard: what lessons, checks and Monte Carlo use. */
export type ModeledAnswerer = Exclude<AnswererKind, 'learner'>;

export interface ApprovalRequest {
  id: number;
  tool: string;
  input: string;
  reason: string;
  layer: LayerId;
  promptNumber: number;
}

/** A probabilistic decision point. Returns whether the event happened (e.g. "the human approved"). */
export type Choose = (kind: ChoiceKind, p: number, about: string) => boolean;

/**
 * Chance a fatigued human approves the n-th prompt of a session: high from the start and rising as
 * prompts pile up, averaging about 93% over a twenty-prompt session (BRIEF.md: users approved ~93%).
 */
export function fatiguedApprovalRate(promptNumber: number): number {
  return 1 - 0.12 * 0.93 ** Math.max(0, promptNumber - 1);
}

/** Auto-mode classifier figures from BRIEF.md: ~83% of overeager actions caught, ~0.4% benign blocked. */
export const CLASSIFIER = { catchRate: 0.83, falseBlockRate: 0.004, maxConsecutiveDenials: 3, maxTotalDenials: 20 };

export interface ClassifierState {
  consecutiveDenials: number;
  totalDenials: number;
  /** After too many denials the session falls back to asking a human. */
  fallenBack: boolean;
}

export function newClassifierState(): ClassifierState {
  return { consecutiveDenials: 0, totalDenials: 0, fallenBack: false };
}

/** Classifier verdict for one action; `harmful` is the scenario's ground truth for that action. */
export function classify(state: ClassifierState, harmful: boolean, choose: Choose, about: string): 'block' | 'allow' {
  const p = harmful ? CLASSIFIER.catchRate : CLASSIFIER.falseBlockRate;
  const blocked = choose('classifier-blocks', p, about);
  if (blocked) {
    state.consecutiveDenials += 1;
    state.totalDenials += 1;
    if (state.consecutiveDenials >= CLASSIFIER.maxConsecutiveDenials || state.totalDenials >= CLASSIFIER.maxTotalDenials) state.fallenBack = true;
    return 'block';
  }
  state.consecutiveDenials = 0;
  return 'allow';
}

export type HumanAnswer = { kind: 'answer'; approved: boolean; by: AnswererKind } | { kind: 'wait' };

/**
 * A human answer. The attentive human reads the request and refuses anything that serves injected
 * instructions; the fatigued human approves at a rate that rises with the prompt count.
 */
export function humanAnswer(who: Exclude<Answerer, 'classifier'>, req: ApprovalRequest, harmful: boolean, answers: readonly boolean[], answered: number, choose: Choose): HumanAnswer {
  switch (who) {
    case 'learner': {
      const given = answers[answered];
      return given === undefined ? { kind: 'wait' } : { kind: 'answer', approved: given, by: 'learner' };
    }
    case 'attentive':
      return { kind: 'answer', approved: !harmful, by: 'attentive' };
    case 'fatigued':
      return { kind: 'answer', approved: choose('human-approves', fatiguedApprovalRate(req.promptNumber), `prompt ${req.promptNumber}: ${req.tool}`), by: 'fatigued' };
  }
}
