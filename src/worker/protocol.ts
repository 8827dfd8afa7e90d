// The typed message protocol between the page and the engine worker. The page never runs the engine
// for heavy work; it calls these methods through `createEngineClient`, and the worker serves them
// with `serveEngine`. Everything crossing is plain data (structured-clone safe).
import type { AnswererKind, SimEvent } from '../sim/core/events.ts';
import type { ProductId } from '../sim/core/ids.ts';
import type { ProductProfile } from '../sim/profile/schema.ts';
import type { Distribution } from '../sim/run/monteCarlo.ts';
import type { SweepPoint } from '../sim/run/sweep.ts';
import type { ReviewRequest, ReviewResult } from '../sim/review/reviewRun.ts';
import type { AttemptRequest, AttemptSummary } from '../sim/attack/serve.ts';
import type { Judgement } from '../sim/attacks/judgedRun.ts';

export interface EngineHello {
  engineVersion: number;
  /** Where the engine is running: proves the round trip really crossed into the worker. */
  runtime: 'worker' | 'main-thread';
}

export interface ProductSetupSummary {
  original: string;
  answerer: AnswererKind;
  fixSummary: string;
  note: string;
}

export interface ScenarioSummary {
  id: string;
  title: string;
  explanation: string;
  source: string;
  products: Record<ProductId, ProductSetupSummary>;
}

export interface RunRequest {
  scenarioId: string;
  /** An authored scenario (JSON, see src/sim/authoring/schema.ts) to run instead of a built-in one. */
  custom?: unknown;
  product: ProductId;
  profile: ProductProfile;
  seed: number;
  answerer: AnswererKind;
  answers: boolean[];
  worstCase: boolean;
  /** The learner's saved edits to the world's files (absolute path -> text), applied before the run. */
  fileOverrides?: Record<string, string>;
  /** Return the world's files as the run left them (for the Files and Terminal tabs). */
  withFiles?: boolean;
}

export interface PaneAsset {
  id: string;
  label: string;
  zone: 'workspace' | 'home' | 'host-secrets' | 'internal' | 'internet';
  mark: 'unreachable' | 'reachable' | 'touched' | 'exfiltrated';
  /** How the agent gets at it: some capability needs nobody's yes (open), only prompts guard it, or every door is denied. */
  reach: 'open' | 'prompt' | 'closed';
  weight: number;
}

export interface PaneRun {
  status: 'finished' | 'awaiting-approval';
  /** "stopped: the scenario exceeded 10,000 events" when the run reached one of the engine's limits. */
  stopped?: string;
  log: SimEvent[];
  pending: { tool: string; input: string; promptNumber: number } | null;
  harms: { id: string; happened: boolean; evidence: string[] }[];
  taskCompleted: boolean;
  prompts: number;
  decidedBy: string | null;
  /** True only when a boundary held: `judgement.status` is 'contained'. */
  contained: boolean;
  /**
   * The verdict and why. In the worst case it is the adaptive attacker's: `log`, `harms` and `blast`
   * are then of the run that decided (the technique that got through, else the scripted attack).
   */
  judgement: Judgement;
  /** `behindPrompt` is the part of `reachable` only a prompt guards; `maximum` the world's whole. */
  blast: { reachable: number; behindPrompt?: number; maximum?: number; realized: number; assets: PaneAsset[] } | null;
  maxStep: number;
  /** The world as the run left it (absolute path -> text), when the request asked for it. */
  files?: Record<string, string>;
  /** Which file holds each secret, so an exfiltration can be drawn on the file it came from. */
  secretPaths?: Record<string, string>;
  /** The agent's working directory in that world. */
  cwd?: string;
  /** The home directory of the machine the product runs on in that world (what `~` means there). */
  home?: string;
}

export interface MonteCarloRequest {
  scenarioId: string;
  custom?: unknown;
  product: ProductId;
  profile: ProductProfile;
  answerer: AnswererKind;
  seeds: number;
  worstCase: boolean;
  /** The learner's saved file edits for this product's world, as for a single run. */
  fileOverrides?: Record<string, string>;
}

export type MonteCarloSummary = Distribution;

/** Every preset of every product (the engine's list), and optionally the learner's settings, over incidents. */
export interface PresetSweepRequest {
  /** Built-in incidents to average over; ignored when `custom` is set (the authored one runs alone). */
  scenarioIds: string[];
  custom?: unknown;
  seed: number;
  worstCase: boolean;
  /** Who answers prompts, per product ('learner' cannot answer a batch). */
  answerers: Record<ProductId, Exclude<AnswererKind, 'learner'>>;
  /** The learner's current settings, run too and returned with `current: true`. */
  current?: Record<ProductId, ProductProfile>;
  /** The learner's file edits per product (one incident only), so every profile runs on the same files. */
  fileOverrides?: Partial<Record<ProductId, Record<string, string>>>;
}

export interface PresetSweepPoint extends SweepPoint {
  product: ProductId;
  /** The preset's name, or 'current' for the learner's settings. */
  preset: string;
  current: boolean;
}

export interface PresetSweepResult {
  scenarioIds: string[];
  points: PresetSweepPoint[];
}

export interface EngineApi {
  hello(): EngineHello;
  catalog(): ScenarioSummary[];
  run(request: RunRequest): PaneRun;
  monteCarlo(request: MonteCarloRequest): MonteCarloSummary;
  presetSweep(request: PresetSweepRequest): PresetSweepResult;
  /** Design review: validate the reviewer's config and run every incident against it (progress per incident). */
  review(request: ReviewRequest): ReviewResult;
  /** Attack mode: the learner's steps so far on one level, run from the start. */
  attack(request: AttemptRequest): AttemptSummary;
}

export type EngineMethod = keyof EngineApi;
export type EngineArgs<M extends EngineMethod> = Parameters<EngineApi[M]>;
export type EngineResult<M extends EngineMethod> = Awaited<ReturnType<EngineApi[M]>>;

export interface EngineRequest<M extends EngineMethod = EngineMethod> {
  id: number;
  method: M;
  args: EngineArgs<M>;
}

/** Progress is streamed for long calls (Monte Carlo); the final message is `result` or `error`. */
export type EngineResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; value: unknown }
  | { id: number; kind: 'error'; message: string };

/** Sent by the page when a caller gives up on a call; long handlers watch for it and stop. */
export interface EngineCancel {
  kind: 'cancel';
  id: number;
}

export function isEngineCancel(data: unknown): data is EngineCancel {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return d.kind === 'cancel' && typeof d.id === 'number';
}

export function isEngineRequest(data: unknown): data is EngineRequest {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return typeof d.id === 'number' && typeof d.method === 'string' && Array.isArray(d.args);
}
