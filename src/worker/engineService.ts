// The engine's services as plain async functions over plain data: the worker serves them, and tests
// (or a main-thread fallback) can call them directly. Scenarios hold functions, so only their ids
// and summaries cross to the page.
import { timeSlice } from './yieldToQueue.ts';
import { ENGINE_VERSION } from '../sim/index.ts';
import { PRODUCT_IDS } from '../sim/core/ids.ts';
import { SCENARIOS, scenarioById } from '../sim/scenarios/index.ts';
import { runScenario, type RunOptions, type RunResult } from '../sim/run/runScenario.ts';
import { judgedRun, type JudgedRun } from '../sim/attacks/judgedRun.ts';
import { monteCarlo } from '../sim/run/monteCarlo.ts';
import type { Scenario } from '../sim/scenarios/types.ts';
import { combineBlast, type BlastRadius } from '../sim/blast/blastRadius.ts';
import { reachableBlast, type ReachableBlast } from '../sim/blast/reachable.ts';
import { reachOf } from '../sim/blast/reach.ts';
import type { ProductProfile } from '../sim/profile/schema.ts';
import { compileScenario, describeProblem } from '../sim/authoring/compile.ts';
import { applyFileOverrides, type FileOverrides } from '../sim/world/fileOverrides.ts';
import { InMemoryFs } from 'just-bash';
import { snapshotWorkspace } from '../workspace/snapshot.ts';
import { runReview } from '../sim/review/reviewRun.ts';
import { serveAttempt } from '../sim/attack/serve.ts';
import type { EngineHandlers } from './server.ts';
import { runPresetSweep } from './presetSweep.ts';
import type { MonteCarloSummary, PaneAsset, PaneRun, ScenarioSummary } from './protocol.ts';
import { placeFor, setupFor, worldFor } from '../sim/products/index.ts';

// Reachable blast radius depends only on the world and the profile, not on the run: answering a
// prompt or stepping through re-runs the same pair, so keep the last few analyses.
const reachCache = new Map<string, Promise<ReachableBlast>>();
const REACH_CACHE_SIZE = 48;

const customSerials = new WeakMap<Scenario, number>();
let nextCustomSerial = 0;
function customSerial(s: Scenario): number {
  let n = customSerials.get(s);
  if (n === undefined) { n = nextCustomSerial++; customSerials.set(s, n); }
  return n;
}

// The worst case tries every technique (a dozen runs or more): a learner toggling a control back and
// forth, the compare chart and a lesson's goal check ask for the same judgement again, so keep the last few.
const judgedCache = new Map<string, Promise<JudgedRun>>();
const JUDGED_CACHE_SIZE = 64;

function scenarioKey(scenario: Scenario): string {
  return SCENARIOS.includes(scenario) ? scenario.id : `derived#${customSerial(scenario)}`;
}

function cachedJudgement(key: string, make: () => Promise<JudgedRun>): Promise<JudgedRun> {
  let hit = judgedCache.get(key);
  if (hit) {
    // Most recently used last, so the oldest is dropped first.
    judgedCache.delete(key);
    judgedCache.set(key, hit);
    return hit;
  }
  hit = make();
  judgedCache.set(key, hit);
  hit.catch(() => judgedCache.delete(key));
  if (judgedCache.size > JUDGED_CACHE_SIZE) judgedCache.delete(judgedCache.keys().next().value as string);
  return hit;
}

function cachedReach(scenario: Scenario, profile: ProductProfile): Promise<ReachableBlast> {
  // Built-in scenarios are keyed by id; an authored or file-edited one by its object, since edits keep the id.
  const key = JSON.stringify([scenarioKey(scenario), profile]);
  let hit = reachCache.get(key);
  if (!hit) {
    hit = reachableBlast(scenario.world(), profile, scenario.project);
    reachCache.set(key, hit);
    hit.catch(() => reachCache.delete(key));
    if (reachCache.size > REACH_CACHE_SIZE) reachCache.delete(reachCache.keys().next().value as string);
  }
  return hit;
}

function paneBlast(b: BlastRadius): NonNullable<PaneRun['blast']> {
  const assets: PaneAsset[] = b.assets.map((a) => ({ id: a.id, label: a.label, zone: a.zone, mark: a.mark, reach: reachOf(a.grants), weight: a.weight }));
  return { reachable: b.reachable, behindPrompt: b.behindPrompt, maximum: b.maximum, realized: b.realized, assets };
}

function summarize(s: Scenario): ScenarioSummary {
  const products = Object.fromEntries(
    PRODUCT_IDS.map((p) => {
      const setup = setupFor(s, p);
      return [p, { original: setup.original, answerer: setup.answerer, fixSummary: setup.fix.summary, note: setup.note }];
    }),
  ) as ScenarioSummary['products'];
  return { id: s.id, title: s.title, explanation: s.explanation, source: s.source, products };
}

function requireScenario(id: string): Scenario {
  const scenario = scenarioById(id);
  if (!scenario) throw new Error(`Unknown incident "${id}". Known: ${SCENARIOS.map((s) => s.id).join(', ')}`);
  return scenario;
}

/**
 * The scenario a request names: an authored one is compiled (and so validated again: the worker
 * never trusts the page), the last one kept so a control toggle does not recompile it.
 */
let lastCustom: { key: string; scenario: Scenario } | null = null;
function scenarioFor(request: { scenarioId: string; custom?: unknown }): Scenario {
  if (request.custom === undefined) return requireScenario(request.scenarioId);
  const key = JSON.stringify(request.custom) ?? '';
  if (lastCustom?.key === key) return lastCustom.scenario;
  const compiled = compileScenario(request.custom);
  if (!compiled.ok) throw new Error(`Custom scenario: ${compiled.errors.map(describeProblem).join('; ')}`);
  lastCustom = { key, scenario: compiled.scenario };
  return compiled.scenario;
}

/** The scenario with the learner's file edits applied to its world; the same object when there are none. */
const overridden = new WeakMap<Scenario, { key: string; scenario: Scenario }>();

function withOverrides(scenario: Scenario, overrides: FileOverrides | undefined): Scenario {
  if (!overrides || Object.keys(overrides).length === 0) return scenario;
  const key = JSON.stringify(overrides);
  const hit = overridden.get(scenario);
  if (hit?.key === key) return hit.scenario;
  const edited: Scenario = { ...scenario, world: () => applyFileOverrides(scenario.world(), overrides) };
  overridden.set(scenario, { key, scenario: edited });
  return edited;
}

/** Every regular file of a finished run's world as text, minus the devices. */
async function worldFiles(fs: InMemoryFs): Promise<Record<string, string>> {
  const { entries } = await snapshotWorkspace(fs, '/', { skip: (p) => p === '/dev' || p === '/proc' });
  const out: Record<string, string> = {};
  for (const e of entries) if (e.kind === 'file') out[e.path] = await fs.readFile(e.path, 'utf8');
  return out;
}

export function createEngineService(runtime: 'worker' | 'main-thread'): EngineHandlers {
  const service: EngineHandlers = {
    hello: () => ({ engineVersion: ENGINE_VERSION, runtime }),
    catalog: () => SCENARIOS.map(summarize),
    async run(request) {
      const scenario = withOverrides(scenarioFor(request), request.fileOverrides);
      // Every run gets its own workspace when files are wanted; the one of the run shown is kept.
      const workspaces = new WeakMap<RunResult, InMemoryFs>();
      const make = async (o: RunOptions): Promise<RunResult> => {
        const fs = request.withFiles ? new InMemoryFs() : undefined;
        const r = await runScenario({ ...o, ...(fs ? { fs } : {}), clock: () => performance.now() });
        if (fs) workspaces.set(r, fs);
        return r;
      };
      const judge = () => judgedRun({
        scenario, profile: request.profile, seed: request.seed, answerer: request.answerer,
        answers: request.answers, worstCase: request.worstCase, run: make,
      });
      // A run asked with files needs its own workspaces, so only runs without them are shared.
      const { shown, scripted, judgement } = request.withFiles
        ? await judge()
        : await cachedJudgement(JSON.stringify([scenarioKey(scenario), request.profile, request.seed, request.answerer, request.answers, request.worstCase]), judge);
      const { outcome } = shown;
      const pane: PaneRun = {
        status: scripted.status,
        log: shown.log,
        pending: scripted.pending ? { tool: scripted.pending.tool, input: scripted.pending.input, promptNumber: scripted.pending.promptNumber } : null,
        harms: outcome.harms,
        taskCompleted: outcome.taskCompleted,
        prompts: outcome.prompts,
        decidedBy: judgement.decidedBy,
        contained: judgement.contained,
        judgement,
        blast: paneBlast(combineBlast(await cachedReach(scenario, request.profile), shown.log, request.profile)),
        maxStep: shown.log.reduce((m, e) => Math.max(m, e.step), 0),
        ...(shown.stopped ? { stopped: shown.stopped.message } : {}),
      };
      const fs = workspaces.get(shown);
      if (fs) {
        pane.files = await worldFiles(fs);
        const world = worldFor(request.profile, scenario.world(), scenario.project);
        const place = placeFor(request.profile, world, scenario.project);
        pane.cwd = place.cwd;
        // `~` in the Files tab: the user's home where the agent's machine is the user's, else the agent's own.
        pane.home = place.roots.onUserMachine ? world.host.home : place.home;
        pane.secretPaths = Object.fromEntries([...world.host.files, ...world.container.files].flatMap((f) => (f.secretId ? [[f.secretId, f.path]] : [])));
      }
      return pane;
    },
    async monteCarlo(request, ctx) {
      const scenario = withOverrides(scenarioFor(request), request.fileOverrides);
      ctx.progress(0, request.seeds);
      const summary: MonteCarloSummary = await monteCarlo({
        scenario, profile: request.profile, answerer: request.answerer, runs: request.seeds, worstCase: request.worstCase,
        onProgress: (done, total) => ctx.progress(done, total),
        progressEvery: 10,
        ...(ctx.signal ? { signal: ctx.signal } : {}),
        // Approval-fatigue's paths are ~60 steps each: without yielding, pane re-runs and a cancel would wait for all of them.
        pause: timeSlice(),
      });
      return summary;
    },
    presetSweep: (request, ctx) => runPresetSweep(request, ctx, async (r) => service.run(r, ctx)),
    review: (request, ctx) => runReview(request, (done, total) => ctx.progress(done, total)),
    attack: (request) => serveAttempt(request, () => performance.now()),
  };
  return service;
}
