// Monte Carlo over seeds. Only the probabilistic choices (follow the injection? approve? block?)
// differ between seeds, so runs are memoized in a trie keyed by the choices taken: each seed walks
// the trie with its own PRNG and only a path never seen before is actually executed. Because a run
// draws from the same PRNG in the same order, the result equals running every seed in full.
import { createRng, nextFloat } from '../core/rng.ts';
import type { SimEvent } from '../core/events.ts';
import { runScenario, type Outcome, type RunOptions } from './runScenario.ts';
import { PathGraph } from './pathGraph.ts';

type TrieNode = { kind: 'leaf'; outcome: Outcome } | { kind: 'branch'; p: number; next: [TrieNode | undefined, TrieNode | undefined] };

export interface MonteCarloOptions extends Omit<RunOptions, 'seed' | 'answers'> {
  runs: number;
  /** First seed; seeds are firstSeed .. firstSeed + runs - 1. */
  firstSeed?: number;
  /** Called every `progressEvery` seeds (default 50) and at the end, for a progress bar. */
  onProgress?: (done: number, total: number) => void;
  progressEvery?: number;
  /** Checked before each executed path; once aborted, the call rejects with MonteCarloCancelled. */
  signal?: { readonly aborted: boolean };
  /**
   * Awaited after each executed path, so a host can let other work in (the worker yields to its
   * message queue here: pane re-runs and a cancel are not stuck behind a long distribution).
   */
  pause?: () => Promise<void>;
}

export class MonteCarloCancelled extends Error {
  constructor(done: number, total: number) {
    super(`Monte Carlo cancelled after ${done} of ${total} seeds`);
    this.name = 'MonteCarloCancelled';
  }
}

export interface Distribution {
  runs: number;
  /** Runs that actually executed the engine (distinct choice paths). */
  distinctPaths: number;
  harms: Record<string, number>;
  anyHarm: number;
  exfiltrated: number;
  taskCompleted: number;
  prompts: { total: number; mean: number; max: number };
  decidedBy: Record<string, number>;
}

function uncertainChoices(log: readonly SimEvent[]): { p: number; taken: boolean }[] {
  const out: { p: number; taken: boolean }[] = [];
  for (const e of log) if (e.type === 'choice' && e.p > 0 && e.p < 1) out.push({ p: e.p, taken: e.taken });
  return out;
}

function insert(root: TrieNode | undefined, choices: { p: number; taken: boolean }[], outcome: Outcome): TrieNode {
  const leaf: TrieNode = { kind: 'leaf', outcome };
  if (choices.length === 0) return leaf;
  const [first, ...rest] = choices as [{ p: number; taken: boolean }, ...{ p: number; taken: boolean }[]];
  const node: TrieNode = root && root.kind === 'branch' ? root : { kind: 'branch', p: first.p, next: [undefined, undefined] };
  if (node.kind !== 'branch') return node;
  const i = first.taken ? 1 : 0;
  node.next[i] = insert(node.next[i], rest, outcome);
  return node;
}

/** Walk the trie with the seed's PRNG; returns the memoized outcome or undefined if the path is new. */
function lookup(root: TrieNode | undefined, seed: number): Outcome | undefined {
  const rng = createRng(seed);
  let node = root;
  while (node) {
    if (node.kind === 'leaf') return node.outcome;
    node = node.next[nextFloat(rng) < node.p ? 1 : 0];
  }
  return undefined;
}

function emptyDistribution(runs: number): Distribution {
  return { runs, distinctPaths: 0, harms: {}, anyHarm: 0, exfiltrated: 0, taskCompleted: 0, prompts: { total: 0, mean: 0, max: 0 }, decidedBy: {} };
}

function count(dist: Distribution, outcome: Outcome): void {
  for (const h of outcome.harms) dist.harms[h.id] = (dist.harms[h.id] ?? 0) + (h.happened ? 1 : 0);
  if (outcome.harms.some((h) => h.happened)) dist.anyHarm += 1;
  if (outcome.exfiltrations.length > 0) dist.exfiltrated += 1;
  if (outcome.taskCompleted) dist.taskCompleted += 1;
  dist.prompts.total += outcome.prompts;
  dist.prompts.max = Math.max(dist.prompts.max, outcome.prompts);
  const by = outcome.decidedBy ?? 'none';
  dist.decidedBy[by] = (dist.decidedBy[by] ?? 0) + 1;
}

/**
 * The distribution over seeds. Walks the path graph (pathGraph.ts), which executes each script item
 * once per distinct state it is reached in; falls back to one full run per distinct choice path
 * (monteCarloByRuns) where the graph does not apply.
 */
export async function monteCarlo(options: MonteCarloOptions): Promise<Distribution> {
  const { runs, firstSeed = 1, onProgress, progressEvery = 50, signal, pause, ...runOptions } = options;
  const graph = PathGraph.supports(runOptions) ? await PathGraph.create(runOptions) : null;
  if (graph === null) return monteCarloByRuns(options);
  const dist = emptyDistribution(runs);
  try {
    for (let seed = firstSeed; seed < firstSeed + runs; seed += 1) {
      const { outcome, newPath } = await graph.walk(seed, () => {
        if (signal?.aborted) throw new MonteCarloCancelled(seed - firstSeed, runs);
      });
      if (newPath) {
        dist.distinctPaths += 1;
        await pause?.();
      }
      count(dist, outcome);
      const done = seed - firstSeed + 1;
      if (onProgress && (done % progressEvery === 0 || done === runs)) onProgress(done, runs);
    }
  } finally {
    graph.dispose();
  }
  dist.prompts.mean = runs > 0 ? dist.prompts.total / runs : 0;
  return dist;
}

/** The same distribution by running each distinct choice path in full (the reference the graph is tested against). */
export async function monteCarloByRuns(options: MonteCarloOptions): Promise<Distribution> {
  const { runs, firstSeed = 1, onProgress, progressEvery = 50, signal, pause, ...runOptions } = options;
  let root: TrieNode | undefined;
  const dist = emptyDistribution(runs);
  for (let seed = firstSeed; seed < firstSeed + runs; seed += 1) {
    let outcome = lookup(root, seed);
    if (!outcome) {
      if (signal?.aborted) throw new MonteCarloCancelled(seed - firstSeed, runs);
      const result = await runScenario({ ...runOptions, seed });
      outcome = result.outcome;
      root = insert(root, uncertainChoices(result.log), outcome);
      dist.distinctPaths += 1;
      await pause?.();
    }
    count(dist, outcome);
    const done = seed - firstSeed + 1;
    if (onProgress && (done % progressEvery === 0 || done === runs)) onProgress(done, runs);
  }
  dist.prompts.mean = runs > 0 ? dist.prompts.total / runs : 0;
  return dist;
}
