// The one shape every enforcement layer has. A layer names itself, says where it sits, and answers
// only the kinds of action it judges (a tool call, a file access, a connection, a tool result, the
// start of a session, a prompt put to a person); for anything it has no opinion on it answers `pass`.
// A product is an ordered stack of these (src/sim/products/); the engine asks the stack, never the
// product by name.
import type { AnswererKind, ChoiceKind, Failure, Verdict } from '../core/events.ts';
import type { FailureClass } from '../policy/decision.ts';
import type { ToolCall } from '../policy/permissions.ts';
import type { LayerId } from '../core/ids.ts';
import type { GuardOp } from '../vfs/guardedFs.ts';
import type { HttpRequest } from '../net/http.ts';
import type { HookMoment, HookRun, HookSpec } from './hooks.ts';

export interface LayerDecision {
  decision: Verdict;
  layer: LayerId;
  rule: string;
  reason: string;
  /** Where the layer sits, for the UI: "outside the guest kernel", "in the agent harness", ... */
  where: string;
  failure?: Failure | FailureClass;
  /** An allowed write that lands in a throwaway mount, never on the path (policy/decision.ts). */
  discarded?: true;
}

/** A layer's answer to an action it was shown: a decision, or `pass` (not this layer's business). */
export const PASS = { decision: 'pass' } as const;
export type Pass = typeof PASS;
export type LayerAnswer<D extends LayerDecision = LayerDecision> = D | Pass;

export function isPass<D extends LayerDecision>(a: LayerAnswer<D>): a is Pass {
  return a.decision === 'pass';
}

/** Where a layer runs, relative to the agent's code. */
export type Placement =
  | 'provider' // on the vendor's servers
  | 'host' // on the user's machine, outside anything the agent runs in
  | 'outside-guest-kernel' // the hypervisor or a host-side service of a VM
  | 'inside-guest' // inside the VM or container, beside the agent
  | 'kernel' // the OS kernel around the agent's process (namespaces, Seatbelt)
  | 'harness' // in the agent's own client, before a tool runs
  | 'human' // a person answering a prompt
  | 'model'; // a model judging the transcript (probabilistic)

export type { ToolCall };

/** Where the agent's code executes; decides which layers see a filesystem or network action. */
export type ExecVia = 'sandboxed-bash' | 'bash' | 'tool';

export interface ToolCallAction {
  call: ToolCall;
  /** The agent asked to run this Bash command outside the OS sandbox (the escape hatch). */
  unsandboxedRequested: boolean;
}

/** A tool-call decision also says whether a Bash command will run inside the OS sandbox. */
export interface ToolDecision extends LayerDecision {
  sandboxed: boolean;
}

export interface FsAction {
  op: GuardOp;
  path: string;
  realPath: string;
  via: ExecVia;
}

export interface ConnectAction {
  req: HttpRequest;
  via: ExecVia;
}

/** A tool's output on its way back to the model. `markers` are the injected instructions known to the run. */
export interface ToolResultAction {
  tool: string;
  output: string;
  markers: readonly string[];
}

/** The agent's client starting in a project: its local config is about to be loaded. */
export interface SessionStartAction {
  configPath: string;
  trusted: boolean;
}

/** A call some layer answered `ask`: who or what answers the prompt. */
export interface ApprovalAction {
  tool: string;
  input: string;
  /** The layer that asked and why. */
  askedBy: LayerDecision;
  /** The action came from injected instructions (the harm path), not the user's task. */
  harmful: boolean;
  /** Called by a layer that puts the prompt in front of a person, with the session's prompt number. */
  announce(promptNumber: number): void;
}

/** A person's answer names who gave it; `wait` means the learner has not answered yet. */
export type ApprovalAnswer = (LayerDecision & { by?: AnswererKind; promptNumber?: number }) | Pass | { decision: 'wait'; promptNumber: number };

/**
 * Randomness a probabilistic layer may draw, through the run's seeded PRNG (every draw is logged as a
 * choice, so the log replays it). `worstCase` asks every probabilistic layer to miss.
 */
export interface Chance {
  choose(kind: ChoiceKind, p: number, about: string): boolean;
  worstCase: boolean;
}

export interface Layer {
  id: LayerId;
  sits: Placement;
  /** One line for the UI: where the layer runs and what it is made of. */
  where: string;
  toolCall?(a: ToolCallAction): LayerAnswer<ToolDecision>;
  fileAccess?(a: FsAction): LayerAnswer;
  connect?(a: ConnectAction): LayerAnswer;
  toolResult?(a: ToolResultAction, chance: Chance): LayerAnswer;
  sessionStart?(a: SessionStartAction): LayerAnswer;
  approval?(a: ApprovalAction, chance: Chance): ApprovalAnswer;
  /** Commands the client runs at this moment (settings hooks); the runner runs them on the host. */
  hooks?(m: HookMoment): HookSpec[];
  /** The call's decision once its PreToolUse hooks ran: the tool-call layers' decision, kept or overridden. */
  hookDecision?(a: HookDecisionAction): ToolDecision;
}

export interface HookDecisionAction {
  call: ToolCall;
  runs: readonly HookRun[];
  /** What the tool-call layers decided. */
  rules: ToolDecision;
}

// Where each layer sits and the `decide` helper live in catalog.ts (one table for every layer id).
export { WHERE, decide } from './catalog.ts';
