// The event log: append-only, typed, no wall clock. Every view (terminal, network, approvals,
// timeline, blast radius) is a fold over these events, so replay, seek and step-back are folds too.
import type { LayerId, ProductId } from './ids.ts';
import type { RunStop } from './limits.ts';

export type Verdict = 'allow' | 'deny' | 'ask';
export type Failure = 'ENOENT' | 'EACCES' | 'EROFS' | 'HTTP_403' | 'CONNECT_403' | 'EHOSTUNREACH';
export type FsOp = 'read' | 'write' | 'delete';
export type AnswererKind = 'learner' | 'attentive' | 'fatigued' | 'classifier';
export type ChoiceKind = 'follow-injection' | 'human-approves' | 'classifier-blocks';

interface Base {
  seq: number;
  /** Agent step index the event belongs to (0 = set-up before the first step). */
  step: number;
}

export type SimEventBody =
  | { type: 'run-started'; scenario: string; product: ProductId; profileName: string; seed: number; worstCase: boolean }
  | { type: 'user-prompt'; text: string; origin: 'user' | 'pasted' }
  | { type: 'choice'; kind: ChoiceKind; p: number; taken: boolean; about: string }
  /** `plan`: set when the call follows the model's own overeager plan rather than anyone's instructions. */
  | { type: 'tool-call'; tool: string; input: string; origin: 'task' | 'injection'; sandboxed: boolean; plan?: true }
  | { type: 'layer-decision'; layer: LayerId; decision: Verdict; rule: string; reason: string; where: string; subject: string }
  /**
   * `realPath` is set when following symlinks led somewhere other than `path`. `discarded`: the write
   * succeeded for the process but landed in a throwaway mount, so the path did not change (ok is false).
   */
  | { type: 'file-access'; op: FsOp; path: string; ok: boolean; failure?: Failure; layer?: LayerId; realPath?: string; discarded?: true }
  | { type: 'net-request'; id: number; method: string; url: string; host: string; bytes: number; via: string }
  | { type: 'net-response'; id: number; status: number; summary: string; layer?: LayerId }
  | { type: 'approval-asked'; id: number; tool: string; input: string; layer: LayerId; promptNumber: number }
  | { type: 'approval-answered'; id: number; approved: boolean; by: AnswererKind }
  | { type: 'secret-exposed'; secretId: string; via: string }
  | { type: 'exfiltration'; secretId: string; host: string; recipient: string; encoding: string; requestId: number }
  | { type: 'tool-result'; tool: string; ok: boolean; output: string }
  | { type: 'crash'; component: string; message: string }
  /** A later session begins: the agent's context is gone, and so is everything under `wiped`. */
  | { type: 'session-started'; session: number; wiped: string[] }
  /** `stopped`: the run reached one of the engine's limits (src/sim/run/limits.ts) and was ended there. */
  | { type: 'run-finished'; status: 'finished' | 'awaiting-approval'; stopped?: RunStop };

export type SimEvent = SimEventBody & Base;
export type SimEventType = SimEvent['type'];
export type EventOf<T extends SimEventType> = Extract<SimEvent, { type: T }>;

/** Append-only log. The only mutation is `append`; `step` advances as the agent takes steps. */
export class EventLog {
  private readonly list: SimEvent[] = [];
  private currentStep = 0;
  private sealed = false;

  /** `guard` sees the count before each append and may throw to stop the run (see run/limits.ts). */
  constructor(private guard?: (count: number) => void) {}

  append(body: SimEventBody): SimEvent {
    const event = { ...body, seq: this.list.length, step: this.currentStep } as SimEvent;
    // After a stop, stray appends from code still unwinding are dropped so the log ends at the stop.
    if (this.sealed) return event;
    this.guard?.(this.list.length);
    this.list.push(event);
    return event;
  }

  /** Stop taking events (a limit was reached); `close` then appends the final one. */
  seal(): void {
    this.sealed = true;
  }

  close(body: SimEventBody): SimEvent {
    this.sealed = false;
    this.guard = undefined;
    return this.append(body);
  }

  /** Start an empty log at `step`, taking events again (run/pathGraph.ts collects a log piece by piece). */
  restart(step: number): void {
    this.list.length = 0;
    this.currentStep = step;
    this.sealed = false;
  }

  nextStep(): number {
    this.currentStep += 1;
    return this.currentStep;
  }

  get step(): number {
    return this.currentStep;
  }

  get events(): readonly SimEvent[] {
    return this.list;
  }
}
