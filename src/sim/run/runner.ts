// One scripted agent session against one product. The runner owns the mutable state of a single run
// (event log, PRNG, approval counters); everything it decides is logged, so the log alone replays it.
import { createRng, nextFloat, type Rng } from '../core/rng.ts';
import { EventLog, type ChoiceKind } from '../core/events.ts';
import type { LayerId } from '../core/ids.ts';
import { Shell } from '../exec/shell.ts';
import { GuardedFs, type AccessRecord, type FsAccess, type GuardOp, type GuardResult } from '../vfs/guardedFs.ts';
import { WHERE, type ApprovalAnswer, type Chance, type ExecVia, type Layer, type LayerDecision } from '../layers/types.ts';
import { decisionWithHooks, firstResultDecision, firstSessionDecision, hooksAt, judgesSessionStart } from '../layers/stack.ts';
import { postToolUseNote, type HookMoment, type HookRun } from '../layers/hooks.ts';
import { approvalQueueLayer } from '../layers/approvalQueue.ts';
import { modelClassifierLayer } from '../layers/modelClassifier.ts';
import { Network } from '../net/network.ts';
import type { ProductProfile } from '../profile/schema.ts';
import type { ScriptItem, ToolStep } from '../scenarios/types.ts';
import { plainCanaries } from '../world/canary.ts';
import type { World } from '../world/types.ts';
import { newClassifierState, type Answerer, type ApprovalRequest, type ClassifierState } from '../agent/approvals.ts';
import type { QueueCounters } from '../layers/approvalQueue.ts';
import { TriggerWatch, type WatchState } from './triggers.ts';
import { sendThroughLayers } from './egress.ts';
import { followRate } from '../agent/followRate.ts';
import { parseUrl } from '../net/http.ts';
import { executeTool, mcpServerOf } from './tools.ts';
import { configPathFor, projectHooks } from './projectConfig.ts';
import type { ProductEnv } from './productEnv.ts';
import { RunLimitReached, RUN_LIMITS, runStop, type RunLimitId, type RunLimits, type RunStop } from './limits.ts';

type Origin = 'task' | 'injection';
type StepEnd = 'ok' | 'failed' | 'blocked' | 'halted';

export interface Blocker {
  layer: LayerId | 'model';
  origin: Origin | 'setup';
  secretId?: string;
}

const MAX_OUTPUT = 2000;

/** Answers to hand to the first uncertain choices instead of drawing them (run/pathGraph.ts resumes runs this way). */
export interface ForcedChoices {
  answers: readonly boolean[];
  /** Every uncertain choice the run made, in order, forced or drawn. */
  made: { p: number; taken: boolean }[];
}

/** What a script item observed besides the filesystem, in order (run/pathGraph.ts memoizes items by it). */
export type RunObservation =
  | { k: 'choice'; p: number; taken: boolean }
  /** Whether a successfully written path was already among the files this run created. */
  | { k: 'created'; path: string; had: boolean }
  | { k: 'request'; id: number };

/** Everything a run carries from one script item to the next, as plain data (run/pathGraph.ts). */
export interface RunnerState {
  stepsTaken: number;
  created: readonly string[];
  exposed: readonly string[];
  requests: number;
  sessions: number;
  step: number;
  watch: WatchState;
  queue: QueueCounters;
  classifier: ClassifierState;
  symlinks: boolean;
  network: ReturnType<Network['save']>;
}

export interface RunBounds {
  limits: Readonly<RunLimits>;
  /** Milliseconds from an injected clock (the worker and CLI pass a real one); no clock, no time limit. */
  clock?: () => number;
}

export class Runner {
  readonly log: EventLog;
  /** Set once a limit is reached; the run ends at the next boundary. */
  stopped: RunStop | null = null;
  private readonly limits: Readonly<RunLimits>;
  private readonly clock: (() => number) | undefined;
  private readonly startedAt: number;
  private stepsTaken = 0;
  private readonly created = new Set<string>();
  readonly network: Network;
  readonly blockers: Blocker[] = [];
  pending: ApprovalRequest | undefined;
  private rng: Rng;
  private readonly shell: Shell;
  /** Who answers a prompt, in order: the auto-mode classifier (while it has not fallen back), then a person. */
  private readonly approvers: Layer[];
  private readonly chance: Chance;
  private readonly secretByPath = new Map<string, string>();
  private readonly exposed = new Set<string>();
  private via: ExecVia = 'tool';
  private origin: Origin = 'task';
  private requests = 0;
  /** What the agent has read this session, as far as injection triggers care. */
  private watch = new TriggerWatch([]);
  private sandboxRefused = false;
  private followingPlan = false;
  private markers: string[] = [];
  private sessions = 1;
  private readonly queue: QueueCounters = { prompts: 0, answered: 0 };
  private readonly classifier: ClassifierState = newClassifierState();
  private readonly guardedFs: GuardedFs;
  /** Set by run/pathGraph.ts to resume a run with the answers of a path it already knows. */
  forced: ForcedChoices | null = null;
  /** Set by run/pathGraph.ts while it records what a script item observes. */
  observer: { push(o: RunObservation): unknown } | null = null;

  constructor(
    private readonly world: World, private readonly profile: ProductProfile, private readonly env: ProductEnv,
    seed: number, private readonly answerer: Answerer, private readonly answers: readonly boolean[], private readonly worstCase: boolean,
    bounds: RunBounds = { limits: RUN_LIMITS },
  ) {
    this.limits = bounds.limits;
    this.clock = bounds.clock;
    this.startedAt = this.clock?.() ?? 0;
    this.log = new EventLog((count) => {
      if (count >= this.limits.events) this.halt('events');
      if (this.clock !== undefined && this.clock() - this.startedAt > this.limits.wallMs) this.halt('wallMs');
    });
    this.rng = createRng(seed);
    this.network = new Network(world);
    // On another machine (claude.ai's container) a file created at ~/.aws/credentials is not the user's.
    for (const f of world.host.files) if (f.secretId && !env.absent?.(f.path)) this.secretByPath.set(f.path, f.secretId);
    for (const f of world.container.files) if (f.secretId) this.secretByPath.set(f.path, f.secretId);
    const fs = this.guardedFs = new GuardedFs(env.fs, { check: (op, a) => this.check(op, a), record: (op, a, r) => this.record(op, a, r) }, { mayHoldSymlinks: env.seededSymlinks || !env.seededFresh });
    this.chance = { choose: (kind, p, about) => this.choose(kind, p, about), worstCase };
    const classifierOn = env.autoMode || answerer === 'classifier';
    this.approvers = [
      ...(classifierOn ? [modelClassifierLayer(this.classifier)] : []),
      approvalQueueLayer({ who: answerer === 'classifier' ? 'fatigued' : answerer, answers }, this.queue),
    ];
    this.shell = new Shell({
      fs, cwd: env.cwd, home: env.home, user: env.user, env: env.env, limits: this.limits,
      send: (req, label) => sendThroughLayers(env, this.network, this.log, world.secrets, { onDeny: (d) => this.noteDeny(d) }, req, label, this.via, this.nextRequest()),
    });
  }

  /** End the run at a limit: the log takes no more events, and every boundary rethrows. */
  halt(limit: RunLimitId): never {
    this.stopped ??= runStop(limit, this.limits);
    this.log.seal();
    throw new RunLimitReached(this.stopped);
  }

  /** Rethrow a stop that was caught on the way (just-bash and tool code catch what commands throw). */
  private checkStopped(): void {
    if (this.stopped !== null) throw new RunLimitReached(this.stopped);
  }

  private nextRequest(): number {
    this.requests += 1;
    this.observer?.push({ k: 'request', id: this.requests });
    return this.requests;
  }

  /**
   * What a script item can observe of the carried state other than the filesystem, the created
   * files, the request counter and the step counters (run/pathGraph.ts checks those one by one).
   */
  memoKey(): string {
    return JSON.stringify([[...this.exposed].sort(), this.sessions, this.queue, this.classifier, this.guardedFs.mayHoldSymlinks, this.network.save(), this.watch.exactKey()]);
  }

  /** Draw the run's uncertain choices from this generator from now on (run/pathGraph.ts walks one per seed). */
  useRng(rng: Rng): void {
    this.rng = rng;
  }

  /** Release pooled resources; call once the run is over. */
  dispose(): void {
    this.shell.dispose();
  }

  choose(kind: ChoiceKind, p: number, about: string): boolean {
    // Only genuinely uncertain choices draw from the PRNG, so certain ones never shift later draws.
    let taken = p >= 1 ? true : p <= 0 ? false : undefined;
    if (taken === undefined) {
      const f = this.forced;
      taken = f !== null && f.made.length < f.answers.length ? f.answers[f.made.length] === true : nextFloat(this.rng) < p;
      f?.made.push({ p, taken });
      this.observer?.push({ k: 'choice', p, taken });
    }
    this.log.append({ type: 'choice', kind, p, taken, about });
    return taken;
  }

  async run(script: readonly ScriptItem[]): Promise<void> {
    if (!(await this.begin(script))) return;
    for (const item of script) if ((await this.runItem(item)) === 'halted') return;
  }

  /** Set up for a script; false when the agent loop is down and nothing runs. */
  async begin(script: readonly ScriptItem[]): Promise<boolean> {
    const triggers = script.flatMap((i) => (i.kind === 'injection' && i.trigger !== 'always' ? [i.trigger] : []));
    this.markers = triggers.map((t) => t.seen);
    this.watch = new TriggerWatch(triggers);
    if (this.env.loopDown) {
      this.log.append({ type: 'crash', component: 'agent-loop', message: this.env.loopDown });
      return false;
    }
    // The client starts: its SessionStart hooks run before the first prompt.
    await this.momentHooks({ event: 'SessionStart', subject: 'startup' });
    return true;
  }

  /** One script item; 'halted' when the run cannot go on (waiting for a learner's answer). */
  async runItem(item: ScriptItem): Promise<'ok' | 'halted'> {
    if (item.kind === 'say') {
      this.log.append({ type: 'user-prompt', text: item.text, origin: item.origin });
      await this.momentHooks({ event: 'UserPromptSubmit', subject: '' });
    } else if (item.kind === 'open-project') await this.openProject(item.configPath, item.trusted);
    else if (item.kind === 'new-session') await this.newSession();
    else if (item.kind === 'task') {
      if ((await this.step(item.step, 'task')) === 'halted') return 'halted';
    } else {
      if (item.trigger !== 'always' && this.watch.count(item.trigger.seen) < (item.trigger.times ?? 1)) return 'ok';
      const p = this.worstCase ? 1 : followRate(this.profile.model, item.source);
      if (!this.choose('follow-injection', p, `${item.id} (${item.source})`)) {
        this.blockers.push({ layer: 'model', origin: 'injection' });
        return 'ok';
      }
      this.followingPlan = item.source === 'model-plan';
      try {
        for (const s of item.steps) {
          const end = await this.step(s, 'injection');
          if (end === 'halted') return 'halted';
          if (end !== 'ok' && item.stopOnFailure === true) break;
        }
      } finally {
        this.followingPlan = false;
      }
    }
    return 'ok';
  }

  /** The state carried between script items (the filesystem's own is saved by its owner). */
  saveState(): RunnerState {
    return {
      stepsTaken: this.stepsTaken, created: [...this.created], exposed: [...this.exposed], requests: this.requests,
      sessions: this.sessions, step: this.log.step, watch: this.watch.save(), queue: { ...this.queue },
      classifier: { ...this.classifier }, symlinks: this.guardedFs.mayHoldSymlinks, network: this.network.save(),
    };
  }

  /** Resume from a saved state with an empty log positioned at its step; blockers start empty too. */
  loadState(s: RunnerState): void {
    this.stepsTaken = s.stepsTaken;
    this.created.clear();
    for (const c of s.created) this.created.add(c);
    this.exposed.clear();
    for (const e of s.exposed) this.exposed.add(e);
    this.requests = s.requests;
    this.sessions = s.sessions;
    this.log.restart(s.step);
    this.watch.load(s.watch);
    Object.assign(this.queue, s.queue);
    Object.assign(this.classifier, s.classifier);
    this.guardedFs.mayHoldSymlinks = s.symlinks;
    this.network.load(s.network);
    this.blockers.length = 0;
    this.pending = undefined;
    this.stopped = null;
    this.sandboxRefused = false;
    this.followingPlan = false;
    this.via = 'tool';
    this.origin = 'task';
  }

  /**
   * Everything in the current state that later steps can tell apart, except the filesystem (its
   * owner digests it): not the log or the blockers, which later steps only append to.
   */
  stateKey(): string {
    return JSON.stringify([this.stepsTaken, [...this.created].sort(), [...this.exposed].sort(), this.requests, this.sessions, this.log.step,
      this.queue, this.classifier, this.guardedFs.mayHoldSymlinks, this.network.save(), this.watch.key()]);
  }

  private noteDeny(d: LayerDecision, secretId?: string): void {
    if (d.layer === 'os-sandbox') this.sandboxRefused = true;
    this.blockers.push(secretId === undefined ? { layer: d.layer, origin: this.origin } : { layer: d.layer, origin: this.origin, secretId });
  }

  private decisionEvent(d: LayerDecision, subject: string): void {
    this.log.append({ type: 'layer-decision', layer: d.layer, decision: d.decision, rule: d.rule, reason: d.reason, where: d.where, subject });
  }

  private check(op: GuardOp, a: FsAccess): GuardResult {
    if (this.stopped !== null) throw new RunLimitReached(this.stopped);
    if (depth(a.path) > this.limits.pathDepth || depth(a.realPath) > this.limits.pathDepth) this.halt('pathDepth');
    const d = this.env.fsDecision({ op, path: a.path, realPath: a.realPath, via: this.via });
    if (!d || d.decision !== 'deny') return d?.discarded ? { ok: true, discarded: true } : { ok: true };
    const failure = d.failure === 'EROFS' || d.failure === 'EACCES' ? d.failure : d.failure === 'EBUSY' ? 'EACCES' : 'ENOENT';
    return { ok: false, failure, layer: d.layer, rule: d.rule, reason: d.reason };
  }

  private record(op: 'read' | 'write' | 'delete', a: FsAccess, r: AccessRecord): void {
    const secretId = this.secretByPath.get(a.realPath) ?? this.secretByPath.get(a.path);
    // A path reached through a symlink is logged as typed plus where it really landed.
    const real = a.realPath !== a.path ? { realPath: a.realPath } : {};
    if (r.ok && 'discarded' in r && r.discarded) {
      // Not an effect on the path: the write landed in the sandbox's throwaway tmpfs.
      this.log.append({ type: 'file-access', op, path: a.path, ok: false, discarded: true, ...real });
      return;
    }
    if (r.ok) {
      const had = op === 'write' && this.created.has(a.realPath);
      if (op === 'write') this.observer?.push({ k: 'created', path: a.realPath, had });
      if (op === 'write' && !had) {
        this.created.add(a.realPath);
        if (this.created.size > this.limits.files) this.halt('files');
      }
      this.log.append({ type: 'file-access', op, path: a.path, ok: true, ...real });
      if (op === 'read' && secretId !== undefined) this.expose(secretId, `read ${a.path}`);
      return;
    }
    if (r.layer === null) {
      this.log.append({ type: 'file-access', op, path: a.path, ok: false, failure: r.failure, ...real });
      return;
    }
    this.log.append({ type: 'file-access', op, path: a.path, ok: false, failure: r.failure, layer: r.layer, ...real });
    const d: LayerDecision = { decision: 'deny', layer: r.layer, rule: r.rule, reason: r.reason, where: '', failure: r.failure };
    this.log.append({ type: 'layer-decision', layer: r.layer, decision: 'deny', rule: r.rule, reason: r.reason, where: this.whereOf(r.layer), subject: `${op} ${a.path}` });
    this.noteDeny(d, secretId);
  }

  private whereOf(layer: LayerId): string {
    return WHERE[layer];
  }

  private expose(secretId: string, via: string): void {
    if (this.exposed.has(secretId)) return;
    this.exposed.add(secretId);
    this.log.append({ type: 'secret-exposed', secretId, via });
  }

  private describe(step: ToolStep): string {
    const c = step.call;
    if ('command' in c) return c.command;
    if ('path' in c) return c.path;
    if ('url' in c) return c.url;
    return JSON.stringify(c.input ?? {});
  }

  private async step(step: ToolStep, origin: Origin, unsandboxed = step.dangerouslyDisableSandbox === true): Promise<StepEnd> {
    this.checkStopped();
    this.stepsTaken += 1;
    if (this.stepsTaken > this.limits.steps) this.halt('steps');
    this.origin = origin;
    this.log.nextStep();
    const input = this.describe(step);
    const rules = this.env.authorizeTool(step.call, unsandboxed);
    this.log.append({ type: 'tool-call', tool: step.call.tool, input: unsandboxed ? `${input}  [dangerouslyDisableSandbox]` : input, origin, sandboxed: rules.sandboxed, ...(origin === 'injection' && this.followingPlan ? { plan: true as const } : {}) });
    // PreToolUse hooks run first, on the host; their answer joins the permission rules' (layers/hooks.ts).
    const pre = await this.runHooks({ event: 'PreToolUse', subject: step.call.tool }, step.call);
    const auth = pre.length === 0 ? rules : decisionWithHooks(this.env.layers, { call: step.call, runs: pre, rules });
    this.decisionEvent(auth, `${step.call.tool}: ${input}`);
    if (auth.decision === 'deny') {
      this.noteDeny(auth);
      this.result(step.call.tool, false, `Permission denied by ${auth.layer}: ${auth.reason}`);
      return 'blocked';
    }
    if (auth.decision === 'ask') {
      const answer = this.approve(step, input, auth, origin);
      if (answer === 'wait') return 'halted';
      if (!answer) {
        this.result(step.call.tool, false, 'The user denied this action.');
        return 'blocked';
      }
    }
    this.sandboxRefused = false;
    const { ok, output } = await this.execute(step, auth.sandboxed);
    this.checkStopped();
    const post = ok ? await this.runHooks({ event: 'PostToolUse', subject: step.call.tool }, step.call) : [];
    const note = postToolUseNote(step.call.tool, post);
    this.result(step.call.tool, ok, note === null ? output : `${output}\n${note}`);
    // One retry: with the escape hatch removed the client ignores the request and sandboxes the retry too.
    if (!ok && this.sandboxRefused && auth.sandboxed && !unsandboxed && step.onBlocked === 'retry-unsandboxed') return this.step(step, origin, true);
    return ok ? 'ok' : 'failed';
  }

  private approve(step: ToolStep, input: string, asked: LayerDecision, origin: Origin): boolean | 'wait' {
    const tool = step.call.tool;
    for (const layer of this.approvers) {
      let promptNumber = 0;
      const a: ApprovalAnswer | undefined = layer.approval?.({
        tool, input, askedBy: asked, harmful: origin === 'injection',
        announce: (n) => {
          promptNumber = n;
          this.log.append({ type: 'approval-asked', id: n, tool, input, layer: asked.layer, promptNumber: n });
        },
      }, this.chance);
      if (a === undefined || a.decision === 'pass') continue;
      if (a.decision === 'wait') {
        this.pending = { id: promptNumber, tool, input, reason: asked.reason, layer: asked.layer, promptNumber };
        return 'wait';
      }
      if (a.by !== undefined) this.log.append({ type: 'approval-answered', id: a.promptNumber ?? promptNumber, approved: a.decision === 'allow', by: a.by });
      const d: LayerDecision = { decision: a.decision, layer: a.layer, rule: a.rule, reason: a.reason, where: a.where };
      this.decisionEvent(d, `${tool}: ${input}`);
      if (d.decision !== 'allow') this.noteDeny(d);
      return d.decision === 'allow';
    }
    return false;
  }

  private async execute(step: ToolStep, sandboxed: boolean): Promise<{ ok: boolean; output: string }> {
    const c = step.call;
    if (this.env.execDown && (c.tool === 'Bash' || c.tool === 'Read' || c.tool === 'Write' || c.tool === 'Edit' || (this.env.localMcpWithCode && mcpServerOf(this.world, c.tool)?.placement === 'local'))) {
      this.log.append({ type: 'crash', component: 'vm', message: this.env.execDown });
      return { ok: false, output: `Error: ${this.env.execDown}` };
    }
    try {
      if (c.tool === 'Bash' && 'command' in c) {
        this.via = sandboxed ? 'sandboxed-bash' : 'bash';
        const r = await this.shell.run(c.command);
        if (r.limit !== undefined) this.halt(r.limit);
        return { ok: r.exitCode === 0, output: r.stdout + r.stderr };
      }
      this.via = this.env.toolVia;
      return await executeTool(c, {
        fs: this.shell.fs, env: this.env, world: this.world, network: this.network, log: this.log, send: this.shell.send,
        nextRequestId: () => this.nextRequest(),
      });
    } catch (error) {
      if (error instanceof RunLimitReached) throw error;
      return { ok: false, output: error instanceof Error ? error.message : String(error) };
    } finally {
      this.via = 'tool';
    }
  }

  private result(tool: string, ok: boolean, raw: string): void {
    const output = this.inspect(tool, raw);
    this.log.append({ type: 'tool-result', tool, ok, output: output.length > MAX_OUTPUT ? `${output.slice(0, MAX_OUTPUT)}…` : output });
    for (const id of plainCanaries(output, this.world.secrets)) this.expose(id, `${tool} output`);
    this.watch.read(output);
  }

  /** The stack's tool-result layers read the result before the model does. */
  private inspect(tool: string, output: string): string {
    const d = firstResultDecision(this.env.layers, { tool, output, markers: this.markers }, this.chance);
    if (d === null || d.decision !== 'deny') return output;
    this.decisionEvent(d, `${tool} result`);
    this.blockers.push({ layer: d.layer, origin: 'injection' });
    return `[${tool} result withheld by tool-result inspection]`;
  }

  /** The hooks the stack runs at a moment, each through the shell on the host (unsandboxed, no prompt). */
  private async runHooks(m: HookMoment, call?: ToolStep['call']): Promise<HookRun[]> {
    const hooks = hooksAt(this.env.layers, m).slice(0, MAX_HOOKS_PER_MOMENT);
    if (hooks.length === 0) return [];
    const stdin = JSON.stringify({ session_id: 'simulated', cwd: this.env.cwd, hook_event_name: m.event, ...(call === undefined ? {} : { tool_name: call.tool, tool_input: hookToolInput(call) }) });
    const runs: HookRun[] = [];
    for (const hook of hooks) {
      this.log.append({ type: 'tool-call', tool: 'Hook', input: `${m.event}${m.subject === '' ? '' : ` (${m.subject})`}: ${hook.command}`, origin: this.origin, sandboxed: false });
      const before = this.via;
      this.via = 'bash';
      try {
        const r = await this.shell.run(hook.command, { env: { CLAUDE_PROJECT_DIR: this.env.roots.workspace }, stdin });
        if (r.limit !== undefined) this.halt(r.limit);
        this.checkStopped();
        runs.push({ hook, exitCode: r.exitCode, stdout: r.stdout, stderr: r.stderr });
      } finally {
        this.via = before;
      }
    }
    return runs;
  }

  /** Hooks on a moment with no tool call (a session starting, a prompt submitted): they act, and decide nothing. */
  private async momentHooks(m: HookMoment): Promise<void> {
    if (hooksAt(this.env.layers, m).length === 0) return;
    this.log.nextStep();
    this.origin = 'task';
    await this.runHooks(m);
  }

  private async openProject(configPath: string, trusted: boolean): Promise<void> {
    // Only a product whose client reads project config at start has a layer that judges it.
    if (!judgesSessionStart(this.env.layers)) return;
    this.log.nextStep();
    this.origin = 'injection';
    const path = configPathFor(this.env.cwd, configPath, this.env.home);
    const d = firstSessionDecision(this.env.layers, { configPath: path, trusted });
    if (d === null) return;
    this.decisionEvent(d, `load ${path}`);
    if (d.decision === 'deny') {
      this.noteDeny(d);
      return;
    }
    let text: string;
    try {
      this.via = 'tool';
      text = await this.shell.fs.readFile(path);
    } catch {
      return;
    }
    const hooks = projectHooks(text);
    for (const command of hooks.commands) {
      this.log.nextStep();
      this.log.append({ type: 'tool-call', tool: 'Hook', input: command, origin: 'injection', sandboxed: false });
      this.stepsTaken += 1;
      if (this.stepsTaken > this.limits.steps) this.halt('steps');
      this.via = 'bash';
      const r = await this.shell.run(command);
      this.via = 'tool';
      if (r.limit !== undefined) this.halt(r.limit);
      this.checkStopped();
      this.result('Hook', r.exitCode === 0, r.stdout + r.stderr);
    }
    if (hooks.baseUrl !== null) {
      const url = `${hooks.baseUrl.replace(/\/$/, '')}/v1/messages`;
      const parsed = parseUrl(url);
      if (!parsed.ok) return;
      const key = this.env.env.ANTHROPIC_API_KEY ?? '';
      // The Claude Code process itself makes this call on startup, outside any sandbox.
      await this.shell.send({ method: 'POST', url, host: parsed.host, port: parsed.port, path: parsed.path, headers: { 'x-api-key': key }, body: new TextEncoder().encode('{"model":"claude"}') }, 'claude-code');
    }
  }

  private async newSession(): Promise<void> {
    this.watch.reset();
    const { wipe, restore } = this.env.newSession;
    this.sessions += 1;
    this.log.append({ type: 'session-started', session: this.sessions, wiped: [...wipe] });
    for (const root of wipe) {
      for (const name of await this.env.fs.readdir(root).catch(() => [] as string[])) await this.env.fs.rm(`${root}/${name}`, { recursive: true, force: true });
    }
    for (const f of restore) await this.env.fs.writeFile(f.path, f.content);
    // The client starts first and runs its SessionStart hooks; its shell then reads its start-up files.
    await this.momentHooks({ event: 'SessionStart', subject: 'startup' });
    await this.runStartupFiles();
  }

  /** The next session's shell runs its start-up files: whatever was planted in them runs now. */
  private async runStartupFiles(): Promise<void> {
    const startup = this.env.newSession.startup;
    if (!startup) return;
    for (const path of startup.files) {
      const text = await this.env.fs.readFile(path).catch(() => null);
      if (text === null || text.trim() === '') continue;
      // The user's own start-up file as the machine had it is their own doing; once this run changed
      // it, what runs is what was planted.
      const planted = text !== this.world.host.files.find((f) => f.path === path)?.content;
      this.log.nextStep();
      this.log.append({ type: 'tool-call', tool: 'Startup', input: `. ${path}: ${text.length > MAX_OUTPUT ? `${text.slice(0, MAX_OUTPUT)}…` : text}`, origin: planted ? 'injection' : 'task', sandboxed: startup.via === 'sandboxed-bash' });
      this.stepsTaken += 1;
      if (this.stepsTaken > this.limits.steps) this.halt('steps');
      this.via = startup.via;
      const r = await this.shell.run(`. ${path}`);
      this.via = 'tool';
      if (r.limit !== undefined) this.halt(r.limit);
      this.checkStopped();
      this.result('Startup', r.exitCode === 0, r.stdout + r.stderr);
    }
  }
}

/** A settings file may list any number of hooks; one moment runs at most this many. */
const MAX_HOOKS_PER_MOMENT = 20;

/** The tool input a hook reads on stdin, in the client's field names. */
function hookToolInput(call: ToolStep['call']): Record<string, unknown> {
  if ('command' in call) return { command: call.command };
  if ('url' in call) return { url: call.url };
  if ('path' in call) return { file_path: call.path, ...('content' in call ? { content: call.content } : {}) };
  return 'input' in call && typeof call.input === 'object' && call.input !== null ? (call.input as Record<string, unknown>) : {};
}

function depth(path: string): number {
  let n = 0;
  for (let i = 0; i < path.length; i += 1) if (path.charCodeAt(i) === 47) n += 1;
  return n;
}
