// One attempt at a level: what the learner typed becomes the agent's steps after the injection landed,
// run through the same engine path as the playground (runScenario: just-bash over the modeled world,
// the product's layers, the modeled network, the same event log). Nothing leaves the engine.
import { placeFor, productModule, worldFor } from '../products/index.ts';
import type { ProductProfile } from '../profile/schema.ts';
import { setAtPath } from '../profile/controlPath.ts';
import { runScenario, type RunResult } from '../run/runScenario.ts';
import type { Scenario, ScriptItem } from '../scenarios/types.ts';
import { devLaptop } from '../world/devLaptop.ts';
import type { World } from '../world/types.ts';
import type { ControlChange } from '../products/types.ts';
import { checkGoal, type GoalResult } from './goals.ts';
import type { AttackLevel, AttackStep } from './types.ts';

/** An attempt is bounded: at most this many steps are run (the engine's own limits apply as well). */
export const MAX_ATTACK_STEPS = 40;

export interface AttemptResult {
  won: boolean;
  evidence: string[];
  run: RunResult;
  /** Steps beyond MAX_ATTACK_STEPS that were not run. */
  dropped: number;
}

function applyChanges(profile: ProductProfile, changes: readonly ControlChange[]): ProductProfile {
  return changes.reduce((p, c) => setAtPath(p, c.path, structuredClone(c.value)), profile);
}

/** The profile a level starts from: its product's preset with the level's changes. */
export function levelProfile(level: AttackLevel): ProductProfile {
  const presets = productModule(level.product).presets();
  const base = presets[level.config.preset];
  if (base === undefined) throw new Error(`level ${level.id}: product ${level.product} has no preset "${level.config.preset}" (has ${Object.keys(presets).join(', ')})`);
  return applyChanges(base, level.config.changes);
}

/** The level's profile with its closing control applied. */
export function closedProfile(level: AttackLevel): ProductProfile {
  return applyChanges(levelProfile(level), level.closedBy.changes);
}

export function levelWorld(level: AttackLevel): World {
  return level.makeWorld?.() ?? devLaptop();
}

export function levelProject(level: AttackLevel, world: World): string {
  return level.project ?? world.host.projects[0] ?? world.host.workspace;
}

/** The level as a scenario the engine runs: the user's task, then the learner's steps as the injection. */
export function attackScenario(level: AttackLevel, steps: readonly AttackStep[], later: readonly ScriptItem[] = []): Scenario {
  return {
    id: `attack:${level.id}`,
    title: level.title,
    source: 'attack mode',
    explanation: level.brief,
    world: () => levelWorld(level),
    project: levelProject(level, levelWorld(level)),
    script: [
      { kind: 'say', origin: 'user', text: level.task },
      { kind: 'injection', id: 'learner', source: 'file', trigger: 'always', steps: [...steps] },
      // The next session: what the learner left behind either survives it or is wiped.
      ...(level.goal.kind === 'persist' || level.goal.kind === 'write-outside' ? [{ kind: 'new-session' as const }] : []),
      // What a catalogue technique needs to happen afterwards for it to pay off (the project opened again).
      ...later,
    ],
    harms: [],
    taskCompleted: () => true,
    products: {},
  };
}

export interface AttemptOptions {
  /** Run against this profile instead of the level's (the closing control, a playground edit). */
  profile?: ProductProfile;
  seed?: number;
  clock?: () => number;
  /** Script items after the attempt (a catalogue technique's later session). */
  later?: readonly ScriptItem[];
}

export async function runAttempt(level: AttackLevel, steps: readonly AttackStep[], options: AttemptOptions = {}): Promise<AttemptResult> {
  const profile = options.profile ?? levelProfile(level);
  const bounded = steps.slice(0, MAX_ATTACK_STEPS);
  const scenario = attackScenario(level, bounded, options.later);
  const run = await runScenario({
    scenario, profile, seed: options.seed ?? 1, answerer: level.answerer ?? 'attentive', worstCase: true,
    ...(options.clock ? { clock: options.clock } : {}),
  });
  const view = worldFor(profile, scenario.world(), scenario.project);
  const roots = placeFor(profile, view, scenario.project).roots;
  const goal: GoalResult = checkGoal(level.goal, { log: run.log, roots });
  return { won: goal.met, evidence: goal.evidence, run, dropped: steps.length - bounded.length };
}
