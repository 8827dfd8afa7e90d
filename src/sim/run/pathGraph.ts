// Monte Carlo without re-running shared history. A run is a sequence of script items; between two
// items everything that can change what happens next is the filesystem, the runner's carried state
// (runner.ts RunnerState) and the position in the script. The graph keeps one node per distinct
// (position, state): a seed walks it with its own PRNG, drawing exactly where the run would draw,
// and a script item is executed only when a seed reaches a (node, answers) pair nobody reached
// before. Two histories that leave the same state (a refused `git status` and an approved one leave
// the same files) meet again at one node, so what follows is executed once for both.
//
// The outcome of a path still depends on its whole log (harm predicates read it), so each edge keeps
// the events its item appended and each distinct path's log is put back together from them; the
// result is the log the seed's own full run writes, event for event. What the graph cannot vouch for
// (a path whose log would reach the event limit) is run in full instead.
import type { SimEvent, SimEventBody } from '../core/events.ts';
import { createRng, nextFloat, type Rng } from '../core/rng.ts';
import { ForkableFs, type FsObservation, type FsOpName, type FsSnapshot } from '../vfs/forkableFs.ts';
import type { RunStop } from './limits.ts';
import { RunLimitReached, resolveLimits } from './limits.ts';
import type { Blocker, Runner, RunnerState, RunObservation } from './runner.ts';
import { outcomeOf, prepareRun, runScenario, type Outcome, type RunOptions } from './runScenario.ts';

type Piece = SimEventBody & { step: number };

interface Edge {
  id: number;
  events: Piece[];
  blockers: Blocker[];
  /** Step counter after the item (the final event's step when the run ends here). */
  stepAfter: number;
  /** Null when the run ends with this item. */
  next: GraphNode | null;
  stopped?: RunStop;
  /** The item hit a bound the graph does not track per path: paths through here run in full. */
  runInFull?: true;
}

type ChoiceTree = { kind: 'choice'; p: number; next: [ChoiceTree | undefined, ChoiceTree | undefined] } | { kind: 'edge'; edge: Edge };

interface GraphNode {
  pos: number;
  fs: FsSnapshot;
  state: RunnerState;
  tree: ChoiceTree | undefined;
}

type Observation = FsObservation | RunObservation;

/** What an item did, relative to the state it started from (steps and event steps as offsets). */
interface Effects {
  events: Piece[];
  blockers: Blocker[];
  stepsDelta: number;
  stepDelta: number;
  watchLengthDelta: number;
  after: Pick<RunnerState, 'exposed' | 'sessions' | 'queue' | 'classifier' | 'symlinks' | 'network'> & { counts: readonly number[]; states: readonly number[] };
}

/**
 * Items already executed, as a trie over what they observed, in order: the next filesystem call and
 * its outcome, each uncertain choice, whether a written file was new, each request id. An item is
 * deterministic given its observations, so a walk that observes the same things ends at the same
 * effects; the first different observation leaves the trie, and the item is executed for real.
 */
type Memo =
  | { kind: 'fs'; op: FsOpName; args: unknown[]; next: Map<string, Memo> }
  | { kind: 'choice'; p: number; next: Map<string, Memo> }
  | { kind: 'created'; path: string; next: Map<string, Memo> }
  | { kind: 'request'; next: Map<string, Memo> }
  | { kind: 'end'; effects: Effects };

function observationKey(o: Observation): string {
  switch (o.k) {
    case 'fs': return o.fp;
    case 'choice': return o.taken ? '1' : '0';
    case 'created': return o.had ? '1' : '0';
    case 'request': return String(o.id);
  }
}

function memoStep(o: Observation): Memo {
  switch (o.k) {
    case 'fs': return { kind: 'fs', op: o.op, args: o.args, next: new Map() };
    case 'choice': return { kind: 'choice', p: o.p, next: new Map() };
    case 'created': return { kind: 'created', path: o.path, next: new Map() };
    case 'request': return { kind: 'request', next: new Map() };
  }
}

function sameStep(m: Memo, o: Observation): boolean {
  switch (o.k) {
    case 'fs': return m.kind === 'fs' && m.op === o.op && m.args.length === o.args.length && m.args.every((a, i) => typeof a !== 'string' || a === o.args[i]);
    case 'choice': return m.kind === 'choice' && m.p === o.p;
    case 'created': return m.kind === 'created' && m.path === o.path;
    case 'request': return m.kind === 'request';
  }
}

/** Add an executed item to the trie; false (nothing added) if it contradicts what is there. */
function memoize(root: Memo | undefined, obs: readonly Observation[], effects: Effects): Memo | undefined {
  const first = obs[0];
  const top: Memo = root ?? (first === undefined ? { kind: 'end', effects } : memoStep(first));
  let m = top;
  for (let i = 0; i < obs.length; i += 1) {
    const o = obs[i] as Observation;
    if (m.kind === 'end' || !sameStep(m, o)) return root;
    const key = observationKey(o);
    const following = obs[i + 1];
    let next = m.next.get(key);
    if (next === undefined) {
      next = following === undefined ? { kind: 'end', effects } : memoStep(following);
      m.next.set(key, next);
    }
    m = next;
  }
  return m.kind === 'end' ? top : root;
}

interface PathLeaf {
  next: Map<number, PathLeaf>;
  outcome?: Outcome;
}

export interface WalkResult {
  outcome: Outcome;
  /** First time a seed took this path. */
  newPath: boolean;
}

export interface GraphStats {
  nodes: number;
  edges: number;
  /** Script items executed (one per edge). */
  itemsExecuted: number;
  /** Paths run in full because the graph could not vouch for them. */
  fullRuns: number;
}

export class PathGraph {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly paths: PathLeaf = { next: new Map() };
  private edges = 0;
  private executed = 0;
  private fullRuns = 0;
  private readonly memo = new Map<string, Memo>();
  /** The node the live runner is at (its state equals that node's), if any. */
  private liveAt: GraphNode | null = null;

  private constructor(
    private readonly options: Omit<RunOptions, 'seed' | 'answers'>,
    private readonly runner: Runner,
    private readonly fs: ForkableFs,
    private readonly start: { events: Piece[]; blockers: Blocker[]; seedEvent: number },
    private readonly root: GraphNode,
  ) {}

  /** Whether a run with these options can be walked on a graph (otherwise run every path in full). */
  static supports(options: Omit<RunOptions, 'seed'>): boolean {
    // A learner's answers arrive live, a caller's filesystem cannot be saved, and a wall clock is not a function of the state.
    return options.answerer !== 'learner' && options.fs === undefined && options.clock === undefined && (options.answers ?? []).length === 0;
  }

  static async create(options: Omit<RunOptions, 'seed' | 'answers'>): Promise<PathGraph | null> {
    const fs = new ForkableFs();
    const { runner } = await prepareRun({ ...options, seed: 0, fs }, true);
    if (!(await runner.begin(options.scenario.script))) {
      runner.dispose();
      return null;
    }
    const events = runner.log.events.map(pieceOf);
    const seedEvent = events.findIndex((e) => e.type === 'run-started');
    const root: GraphNode = { pos: 0, fs: fs.save(), state: runner.saveState(), tree: undefined };
    const graph = new PathGraph(options, runner, fs, { events, blockers: [...runner.blockers], seedEvent }, root);
    graph.nodes.set(graph.keyHere(0), root);
    graph.liveAt = root;
    return graph;
  }

  dispose(): void {
    this.runner.dispose();
  }

  stats(): GraphStats {
    return { nodes: this.nodes.size, edges: this.edges, itemsExecuted: this.executed, fullRuns: this.fullRuns };
  }

  private keyHere(pos: number): string {
    return `${pos}|${this.fs.digest()}|${this.runner.stateKey()}`;
  }

  /** The outcome of `seed`'s run; `beforeNewPath` is called before anything new is executed or assembled (cancel checks). */
  async walk(seed: number, beforeNewPath: () => void): Promise<WalkResult> {
    const rng = createRng(seed);
    const script = this.options.scenario.script;
    const taken: Edge[] = [];
    let node: GraphNode | null = this.root;
    let leaf = this.paths;
    while (node !== null && node.pos < script.length) {
      let t = node.tree;
      const answers: boolean[] = [];
      while (t !== undefined && t.kind === 'choice') {
        const yes = nextFloat(rng) < t.p;
        answers.push(yes);
        t = t.next[yes ? 1 : 0];
      }
      let edge: Edge;
      if (t === undefined) {
        beforeNewPath();
        edge = await this.expand(node, answers, rng);
      } else edge = t.edge;
      taken.push(edge);
      let next = leaf.next.get(edge.id);
      if (next === undefined) {
        next = { next: new Map() };
        leaf.next.set(edge.id, next);
      }
      leaf = next;
      node = edge.next;
    }
    if (leaf.outcome !== undefined) return { outcome: leaf.outcome, newPath: false };
    beforeNewPath();
    leaf.outcome = await this.outcomeOf(seed, taken);
    return { outcome: leaf.outcome, newPath: true };
  }

  /** Execute the script item at `node` with the answers the seed gave so far, drawing the rest from `rng`. */
  private async expand(node: GraphNode, answers: readonly boolean[], rng: Rng): Promise<Edge> {
    const runner = this.runner;
    runner.loadState(node.state);
    const memoKey = `${node.pos}|${runner.memoKey()}`;
    const replayed = await this.replay(node, memoKey, answers, rng);
    if (replayed !== null) return replayed;
    if (this.liveAt !== node) this.fs.load(node.fs);
    runner.loadState(node.state);
    this.liveAt = null;
    runner.useRng(rng);
    const forced = { answers, made: [] as { p: number; taken: boolean }[] };
    runner.forced = forced;
    const observed: Observation[] = [];
    this.fs.observe(observed);
    runner.observer = observed;
    const item = this.options.scenario.script[node.pos];
    let ended = false;
    let stopped: RunStop | undefined;
    this.executed += 1;
    try {
      if (item === undefined || (await runner.runItem(item)) === 'halted') ended = true;
    } catch (error) {
      ended = true;
      if (error instanceof RunLimitReached) stopped = runner.stopped ?? undefined;
      else runner.log.append({ type: 'crash', component: 'engine', message: error instanceof Error ? error.message : String(error) });
    } finally {
      runner.forced = null;
      runner.observer = null;
      this.fs.observe(null);
    }
    const edge: Edge = { id: this.edges, events: runner.log.events.map(pieceOf), blockers: [...runner.blockers], stepAfter: runner.log.step, next: null };
    this.edges += 1;
    if (!ended) {
      const before = node.state;
      const after = runner.saveState();
      const effects: Effects = {
        events: edge.events.map((e) => ({ ...e, step: e.step - before.step })), blockers: edge.blockers,
        stepsDelta: after.stepsTaken - before.stepsTaken, stepDelta: after.step - before.step, watchLengthDelta: after.watch.length - before.watch.length,
        after: { exposed: after.exposed, sessions: after.sessions, queue: after.queue, classifier: after.classifier, symlinks: after.symlinks, network: after.network, counts: after.watch.counts, states: after.watch.states },
      };
      const root = memoize(this.memo.get(memoKey), observed, effects);
      if (root !== undefined) this.memo.set(memoKey, root);
    }
    if (stopped !== undefined) {
      edge.stopped = stopped;
      // The event limit counts the whole log, which differs between paths meeting here.
      if (stopped.limit === 'events') edge.runInFull = true;
    }
    if (!ended) {
      const pos = node.pos + 1;
      const key = this.keyHere(pos);
      let next = this.nodes.get(key);
      if (next === undefined) {
        next = { pos, fs: this.fs.save(), state: runner.saveState(), tree: undefined };
        this.nodes.set(key, next);
      }
      edge.next = next;
      this.liveAt = next;
    }
    node.tree = insert(node.tree, forced.made, edge, 0);
    return edge;
  }

  /** The item at `node` from the memo, if what it observes now leads to effects already known; null otherwise. */
  private async replay(node: GraphNode, memoKey: string, answers: readonly boolean[], rng: Rng): Promise<Edge | null> {
    let m = this.memo.get(memoKey);
    if (m === undefined) return null;
    const limits = resolveLimits(this.options.limits);
    const s = node.state;
    if (this.liveAt !== node) this.fs.load(node.fs);
    this.liveAt = null;
    this.fs.restartIdentities();
    const draws = { state: rng.state };
    const made: { p: number; taken: boolean }[] = [];
    const created = new Set(s.created);
    const added: string[] = [];
    let requests = s.requests;
    while (m.kind !== 'end') {
      let key: string;
      if (m.kind === 'fs') key = await this.fs.apply(m.op, m.args);
      else if (m.kind === 'choice') {
        const i = made.length;
        const taken = i < answers.length ? answers[i] === true : nextFloat(draws) < m.p;
        made.push({ p: m.p, taken });
        key = taken ? '1' : '0';
      } else if (m.kind === 'created') {
        const had = created.has(m.path);
        if (!had) {
          created.add(m.path);
          added.push(m.path);
          if (created.size > limits.files) return null;
        }
        key = had ? '1' : '0';
      } else {
        requests += 1;
        key = String(requests);
      }
      const next: Memo | undefined = m.next.get(key);
      if (next === undefined) return null;
      m = next;
    }
    const e = m.effects;
    if (s.stepsTaken + e.stepsDelta > limits.steps || made.length < answers.length) return null;
    rng.state = draws.state;
    const after: RunnerState = {
      stepsTaken: s.stepsTaken + e.stepsDelta, created: [...s.created, ...added], exposed: e.after.exposed, requests, sessions: e.after.sessions,
      step: s.step + e.stepDelta, watch: { counts: e.after.counts, states: e.after.states, length: s.watch.length + e.watchLengthDelta },
      queue: e.after.queue, classifier: e.after.classifier, symlinks: e.after.symlinks, network: e.after.network,
    };
    this.runner.loadState(after);
    const edge: Edge = { id: this.edges, events: e.events.map((ev) => ({ ...ev, step: ev.step + s.step })), blockers: e.blockers, stepAfter: after.step, next: null };
    this.edges += 1;
    const pos = node.pos + 1;
    const key = this.keyHere(pos);
    let next = this.nodes.get(key);
    if (next === undefined) {
      next = { pos, fs: this.fs.save(), state: after, tree: undefined };
      this.nodes.set(key, next);
    }
    edge.next = next;
    this.liveAt = next;
    node.tree = insert(node.tree, made, edge, 0);
    return edge;
  }

  private async outcomeOf(seed: number, taken: readonly Edge[]): Promise<Outcome> {
    const limits = resolveLimits(this.options.limits);
    const pieces: Piece[] = [...this.start.events];
    const seedEvent = pieces[this.start.seedEvent];
    if (seedEvent?.type === 'run-started') pieces[this.start.seedEvent] = { ...seedEvent, seed };
    const blockers: Blocker[] = [...this.start.blockers];
    let stopped: RunStop | undefined;
    let runInFull = false;
    for (const e of taken) {
      for (const ev of e.events) pieces.push(ev);
      for (const b of e.blockers) blockers.push(b);
      if (e.stopped) stopped = e.stopped;
      if (e.runInFull) runInFull = true;
    }
    if (runInFull || pieces.length >= limits.events) {
      this.fullRuns += 1;
      return (await runScenario({ ...this.options, seed })).outcome;
    }
    const step = taken.at(-1)?.stepAfter ?? 0;
    pieces.push(stopped ? { type: 'run-finished', status: 'finished', stopped, step } : { type: 'run-finished', status: 'finished', step });
    const log = pieces.map((p, seq) => ({ ...p, seq }) as SimEvent);
    return outcomeOf(this.options.scenario, this.options.profile, log, blockers);
  }
}

function pieceOf(e: SimEvent): Piece {
  const { seq: _seq, ...rest } = e;
  return rest;
}

function insert(tree: ChoiceTree | undefined, made: readonly { p: number; taken: boolean }[], edge: Edge, i: number): ChoiceTree {
  const c = made[i];
  if (c === undefined) {
    if (tree !== undefined) throw new Error('path graph: an item made fewer choices than on an earlier path with the same answers');
    return { kind: 'edge', edge };
  }
  const node = tree ?? { kind: 'choice', p: c.p, next: [undefined, undefined] };
  if (node.kind !== 'choice' || node.p !== c.p) throw new Error('path graph: an item made different choices from the same state');
  const k = c.taken ? 1 : 0;
  node.next[k] = insert(node.next[k], made, edge, i + 1);
  return node;
}
