// The shape every incident scenario has (one file each under src/sim/scenarios/). A scenario is data:
// a world, what the user asks, the injected instructions and where they hide, harm predicates over the
// finished run, the configuration the incident happened under and the fix.
import type { ProductId } from '../core/ids.ts';
import type { SimEvent } from '../core/events.ts';
import type { ToolCall } from '../layers/types.ts';
import type { World } from '../world/types.ts';
import type { ProductSetup } from '../products/types.ts';
import type { ProductProfile } from '../profile/schema.ts';

import type { InjectionSource } from '../agent/followRate.ts';

export type { InjectionSource } from '../agent/followRate.ts';

export interface ToolStep {
  call: ToolCall;
  /** What the agent does when the step is blocked: give up and report, or retry outside the sandbox. */
  onBlocked?: 'report' | 'retry-unsandboxed';
  /** The agent asks for dangerouslyDisableSandbox on the first attempt (Claude Code's escape hatch). */
  dangerouslyDisableSandbox?: boolean;
}

export type ScriptItem =
  | { kind: 'say'; text: string; origin: 'user' | 'pasted' }
  | { kind: 'task'; step: ToolStep }
  /** The user opens a project (Claude Code): its local config is parsed before or after trust. */
  | { kind: 'open-project'; configPath: string; trusted: boolean }
  /** A later session: the agent's context is gone and so is every ephemeral filesystem. */
  | { kind: 'new-session' }
  | {
      kind: 'injection';
      id: string;
      source: InjectionSource;
      /** 'always' = the agent is handed it; otherwise it only acts once this marker is in something it read (`times` times, default once). */
      trigger: 'always' | { seen: string; times?: number };
      steps: ToolStep[];
      /** Give up the rest of the steps once one fails (an attacker's plan whose later steps need the earlier). */
      stopOnFailure?: boolean;
    };

/** Facts a harm predicate may look at: the log and the files the run left behind. */
export interface RunFacts {
  log: readonly SimEvent[];
  product: ProductId;
  /** The profile the run used (e.g. whether OTLP export was on decides who could see the run). */
  profile: ProductProfile;
}

export interface Harm {
  id: string;
  description: string;
  /** Secrets the harm is about (used to name the layer that kept them out of reach). */
  secretIds: string[];
  check(facts: RunFacts): { happened: boolean; evidence: string[] };
}

export type { ControlChange, Fix, ProductSetup } from '../products/types.ts';

/** The harmful goal an incident's attack serves (the attack catalogue, src/sim/attacks/, builds calls for it). */
export type AttackGoal =
  /** Get the file at `path` (as the agent would type it, `~/` allowed) to the attacker's `collector`. */
  | { kind: 'exfiltrate'; path: string; collector: string }
  /** Make `line` part of `path`, a file something reads later (a shell profile, the agent's memory). */
  | { kind: 'persist'; path: string; line: string }
  /** Get `url` (a host the configuration means to keep out) into the file `out`. */
  | { kind: 'reach-host'; url: string; out: string };

export interface Scenario {
  id: string;
  title: string;
  source: string;
  explanation: string;
  world(): World;
  /**
   * The folder on the user's machine the user opens a coding agent in. Each product places its agent
   * from its own declarations (products/): Claude Code works here, a devcontainer mounts it, Cowork
   * uses the world's selected folder, claude.ai its container's home.
   */
  project: string;
  script: ScriptItem[];
  harms: Harm[];
  /** Did the user's own task get done? (Friction: a fix that breaks the task is not free.) */
  taskCompleted(facts: RunFacts): boolean;
  /**
   * The harmful goal behind one of the script's injections: the adaptive worst case (attacks/adaptive.ts)
   * swaps that injection's steps for every technique in the catalogue that serves the goal.
   */
  attack?: { injection: string; goal: AttackGoal };
  /** How the incident applies to each product it was written for (products/index.ts setupFor). */
  products: Partial<Record<ProductId, ProductSetup>>;
}
