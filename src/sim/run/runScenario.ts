// The run API: one scenario, one product profile, one seed -> the event log and its outcome.
// Interactive approvals stay pure: the caller passes the answers given so far; when the run needs
// another it stops with 'awaiting-approval', and resuming is running again with one more answer.
import type { IFileSystem } from 'just-bash';
import type { SimEvent } from '../core/events.ts';
import { foldLog, type SimView } from '../core/fold.ts';
import type { LayerId } from '../core/ids.ts';
import type { LayerDecision } from '../layers/types.ts';
import { placeFor, worldFor } from '../products/index.ts';
import type { World } from '../world/types.ts';
import type { ProductProfile } from '../profile/schema.ts';
import type { Scenario } from '../scenarios/types.ts';
import type { Answerer, ApprovalRequest } from '../agent/approvals.ts';
import { buildProductEnv, type ProductEnv } from './productEnv.ts';
import { Runner, type Blocker } from './runner.ts';
import { RunLimitReached, resolveLimits, type RunLimits, type RunStop } from './limits.ts';

export interface RunOptions {
  scenario: Scenario;
  profile: ProductProfile;
  seed: number;
  answerer: Answerer;
  /** Learner answers given so far, in order (true = approve). */
  answers?: readonly boolean[];
  /** Follow every injection (probability 1): what `check` and the containment verdict use. */
  worstCase?: boolean;
  /** Workspace backend to seed (default: in-memory). */
  fs?: IFileSystem;
  /** Overrides of the run limits (default RUN_LIMITS in limits.ts). */
  limits?: Partial<RunLimits>;
  /** Milliseconds from a clock the caller owns, for the wall-time limit; without one time is not limited. */
  clock?: () => number;
}

export interface HarmResult {
  id: string;
  happened: boolean;
  evidence: string[];
}

export interface Outcome {
  harms: HarmResult[];
  taskCompleted: boolean;
  prompts: number;
  exposures: SimView['exposures'];
  exfiltrations: SimView['exfiltrations'];
  /** Layer (or 'model') that kept the harm from happening; null when harm happened or nothing was tried. */
  decidedBy: LayerId | 'model' | null;
}

export interface RunResult {
  status: 'finished' | 'awaiting-approval';
  log: SimEvent[];
  pending?: ApprovalRequest;
  outcome: Outcome;
  /** Set when the run reached one of the engine's limits and was ended there. */
  stopped?: RunStop;
}

/** Secrets the product keeps out of the agent's reach before any step runs, and the layer that does. */
function exclusions(env: ProductEnv, world: World): { secretId: string; path: string; d: LayerDecision }[] {
  const out: { secretId: string; path: string; d: LayerDecision }[] = [];
  // What a plain command would go through: the sandbox, if the product wraps Bash in one.
  const via = env.authorizeTool({ tool: 'Bash', command: 'true' }, false).sandboxed ? 'sandboxed-bash' : 'bash';
  for (const f of world.host.files) {
    if (!f.secretId) continue;
    const d = env.absent?.(f.path) ?? env.fsDecision({ op: 'read', path: f.path, realPath: f.path, via });
    if (d?.decision === 'deny') out.push({ secretId: f.secretId, path: f.path, d });
  }
  return out;
}

function decidedBy(blockers: readonly Blocker[], harmSecrets: Set<string>, harmed: boolean): Outcome['decidedBy'] {
  if (harmed) return null;
  const blocker = blockers.find((b) => (b.origin === 'setup' && b.secretId !== undefined && harmSecrets.has(b.secretId)) || b.origin === 'injection');
  return blocker?.layer ?? null;
}

/** A run set up and ready for its script: the runner, with the start events and the set-up blockers in place. */
export interface PreparedRun {
  runner: Runner;
  env: ProductEnv;
  machine: World;
}

/** `fresh`: options.fs is a new, empty filesystem made for this run (run/pathGraph.ts passes a ForkableFs). */
export async function prepareRun(options: RunOptions, fresh = false): Promise<PreparedRun> {
  const { scenario, profile, seed } = options;
  const machine = worldFor(profile, scenario.world(), scenario.project);
  const env = await buildProductEnv(machine, profile, placeFor(profile, machine, scenario.project), {
    ...(options.fs ? { fs: options.fs } : {}), fresh,
  });
  const limits = resolveLimits(options.limits);
  const runner = new Runner(machine, profile, env, seed, options.answerer, options.answers ?? [], options.worstCase === true, {
    limits, ...(options.clock ? { clock: options.clock } : {}),
  });
  runner.log.append({ type: 'run-started', scenario: scenario.id, product: profile.product, profileName: profile.name, seed, worstCase: options.worstCase === true });
  for (const ex of exclusions(env, machine)) {
    runner.log.append({ type: 'layer-decision', layer: ex.d.layer, decision: 'deny', rule: ex.d.rule, reason: ex.d.reason, where: ex.d.where, subject: `secret ${ex.secretId} (${ex.path})` });
    runner.blockers.push({ layer: ex.d.layer, origin: 'setup', secretId: ex.secretId });
  }
  return { runner, env, machine };
}

/** The outcome of a finished log: harms, task, prompts, exposures, exfiltrations and the deciding layer. */
export function outcomeOf(scenario: Scenario, profile: ProductProfile, log: SimEvent[], blockers: readonly Blocker[]): Outcome {
  const facts = { log, product: profile.product, profile };
  const harms = scenario.harms.map((h) => ({ id: h.id, ...h.check(facts) }));
  const view = foldLog(log);
  const harmSecrets = new Set(scenario.harms.flatMap((h) => h.secretIds));
  return {
    harms,
    taskCompleted: scenario.taskCompleted(facts),
    prompts: view.approvals.length,
    exposures: view.exposures,
    exfiltrations: view.exfiltrations,
    decidedBy: decidedBy(blockers, harmSecrets, harms.some((h) => h.happened)),
  };
}

export async function runScenario(options: RunOptions): Promise<RunResult> {
  const { scenario, profile } = options;
  const { runner } = await prepareRun(options);
  try {
    await runner.run(scenario.script);
  } catch (error) {
    if (!(error instanceof RunLimitReached)) runner.log.append({ type: 'crash', component: 'engine', message: error instanceof Error ? error.message : String(error) });
  } finally {
    runner.dispose();
  }
  const stopped = runner.stopped;
  if (stopped) runner.pending = undefined;
  const status = runner.pending ? 'awaiting-approval' : 'finished';
  runner.log.close(stopped ? { type: 'run-finished', status, stopped } : { type: 'run-finished', status });
  const log = [...runner.log.events];
  const result: RunResult = { status, log, outcome: outcomeOf(scenario, profile, log, runner.blockers) };
  if (runner.pending) result.pending = runner.pending;
  if (stopped) result.stopped = stopped;
  return result;
}
