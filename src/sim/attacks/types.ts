// The attack catalogue's shape. A technique is data: what it is, where it is documented, which harmful
// goals it serves, and how to build the real tool calls (shell text or a tool call) an injection would
// carry for one incident's goal. Nothing here says what a technique achieves: the engine runs the calls
// through the product's layers and the modeled network, and the incident's harm predicates judge.
import type { AttackGoal, ScriptItem, ToolStep } from '../scenarios/types.ts';

export type { AttackGoal } from '../scenarios/types.ts';
import type { World } from '../world/types.ts';

export type GoalKind = AttackGoal['kind'] | 'identity';

export interface AttackContext {
  world: World;
  /** Where the agent works and its home, on the product the incident runs on. */
  cwd: string;
  home: string;
  /** Commands the product runs outside its sandbox (Claude Code's sandbox.excludedCommands). */
  excludedCommands: readonly string[];
}

export interface AttackPlan {
  /** The calls the injection carries, in order; the attempt stops at the first that fails. */
  steps: ToolStep[];
  /** What happens later for the plan to pay off (a new session that opens the project again). */
  later?: ScriptItem[];
}

export interface Technique {
  id: string;
  title: string;
  /** Where the technique is documented. */
  source: string;
  goals: readonly GoalKind[];
  /** The calls for this goal, or null when the technique cannot serve it in this world. */
  build(goal: AttackGoal, ctx: AttackContext): AttackPlan | null;
}
