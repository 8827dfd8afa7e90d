// Attack mode as data. A level is the moment after an injection landed: the learner is the agent, in
// one product under one configuration, with a goal to reach. Like a lesson it carries its own proof: a
// reference attack that wins, and the one control change that stops that attack.
import type { AnswererKind } from '../core/events.ts';
import type { ProductId } from '../core/ids.ts';
import type { ToolStep } from '../scenarios/types.ts';
import type { ControlChange } from '../products/types.ts';
import type { World } from '../world/types.ts';

/** What the learner is trying to make happen; judged over the engine's run, never declared. */
export type AttackGoal =
  /** A canary of this secret reached a host the attacker (or the public) holds. */
  | { kind: 'exfiltrate'; secretId: string }
  /** Something the agent wrote is still there when the next session starts, in a file that runs or loads then. */
  | { kind: 'persist' }
  /** A write landed on the user's machine outside the folder the product hands the agent. */
  | { kind: 'write-outside' }
  /** The user's own API key left for a host the attacker reads (acting as the user from anywhere). */
  | { kind: 'steal-key'; secretId: string };

export type AttackStep = ToolStep;

export interface AttackLevel {
  id: string;
  title: string;
  difficulty: 1 | 2 | 3 | 4 | 5;
  product: ProductId;
  /** The product's preset the level starts from, and the control changes made to it (registry paths). */
  config: { preset: string; changes: ControlChange[] };
  /** What the user asked for before the injection landed (the session's context). */
  task: string;
  /** The story: why the learner is here, in a sentence or two. */
  brief: string;
  /** What the compromised agent knows about its surroundings. */
  world: string[];
  goal: AttackGoal;
  /** The goal in plain words, as the view shows it. */
  goalText: string;
  hints: string[];
  /** A winning attack: what a learner could type (proof that the level can be won). */
  reference: AttackStep[];
  /** The control whose change stops the reference attack, and why. */
  closedBy: { summary: string; changes: ControlChange[] };
  /** Who answers a permission prompt (default: an attentive user who refuses what the task did not need). */
  answerer?: Exclude<AnswererKind, 'learner'>;
  /** The level's world (default: the stock laptop). */
  makeWorld?: () => World;
  /** The folder the user opened the agent in (default: the product's usual project or workspace). */
  project?: string;
  /** The catalogue incident whose world runs this product, for "open in playground" (scenarios/index.ts). */
  playground: string;
  /** What the learner should take away once they are through. */
  lesson: string;
}
