// One scripted agent session against one product. The runner owns the mutable state of a single run
// (event log, PRNG, approval counters); everything it decides is logged, so the log alone replays it.
import { createRng, nextFloat } from '../core/rng.ts';
import { EventLog, type ChoiceKind } from '../core/events.ts';
import type { LayerId } from '../core/ids.ts';
import { Shell } from '../exec/shell.ts';
import { GuardedFs, type AccessRecord, type FsAccess, type GuardOp, type GuardResult } from '../vfs/guardedFs.ts';
import { WHERE, type ExecVia, type LayerDecision } from '../layers/types.ts';
import { Network } from '../net/network.ts';
import type { ProductProfile } from '../profile/schema.ts';
import type { ScriptItem, ToolStep } from '../scenarios/types.ts';
import { plainCanaries } from '../world/canary.ts';
import type { World } from '../world/types.ts';
import { classify, humanAnswer, newClassifierState, type Answerer, type ApprovalRequest } from '../agent/approvals.ts';
import { sendThroughLayers } from './egress.ts';
import { followRate } from '../agent/followRate.ts';
import { parseUrl } from '../net/http.ts';
import { executeTool } from './tools.ts';
import { configPathFor, projectHooks } from './projectConfig.ts';
import { projectConfigDecision } from '../layers/trustGate.ts';
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
/** Output the agent has read, kept for injection triggers (markers are at most 500 characters). */
const MAX_SEEN = 4_000_000;

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
  private readonly rng;
  private readonly shell: Shell;
  private readonly classifierState = newClassifierState();
  private readonly secretByPath = new Map<string, string>();
  private readonly exposed = new Set<string>();
  private via: ExecVia = 'tool';
  private origin: Origin = 'task';
  private prompts = 0;
  private answered = 0;
  private requests = 0;
  private seen = '';
  private sandboxRefused = false;
  private followingPlan = false;
  private markers: string[] = [];
  private sessions = 1;

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
    // claude.ai's container is another machine: a file it creates at ~/.aws/credentials is not the user's.
    if (env.product !== 'claude-ai') for (const f of world.host.files) if (f.secretId) this.secretByPath.set(f.path, f.secretId);
    for (const f of world.container.files) if (f.secretId) this.secretByPath.set(f.path, f.secretId);
    const seededSymlinks = env.product !== 'claude-ai' && world.host.symlinks.length > 0;
    const fs = new GuardedFs(env.fs, { check: (op, a) => this.check(op, a), record: (op, a, r) => this.record(op, a, r) }, { mayHoldSymlinks: seededSymlinks || !env.seededFresh });
    this.shell = new Shell({
      fs, cwd: env.cwd, home: env.home, user: env.user, env: env.env, limits: this.limits,
      send: (req, label) => sendThroughLayers(env, this.network, this.log, world.secrets, { onDeny: (d) => this.noteDeny(d) }, req, label, this.via, ++this.requests),
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

  /** Release pooled resources; call once the run is over. */
  dispose(): void {
    this.shell.dispose();
  }

  choose(kind: ChoiceKind, p: number, about: string): boolean {
    // Only genuinely uncertain choices draw from the PRNG, so certain ones never shift later draws.
    const taken = p >= 1 ? true : p <= 0 ? false : nextFloat(this.rng) < p;
    this.log.append({ type: 'choice', kind, p, taken, about });
    return taken;
  }

  async run(script: readonly ScriptItem[]): Promise<void> {
    this.markers = script.flatMap((i) => (i.kind === 'injection' && i.trigger !== 'always' ? [i.trigger.seen] : []));
    if (this.env.loopDown) {
      this.log.append({ type: 'crash', component: 'agent-loop', message: this.env.loopDown });
      return;
    }
    for (const item of script) {
      if (item.kind === 'say') this.log.append({ type: 'user-prompt', text: item.text, origin: item.origin });
      else if (item.kind === 'open-project') await this.openProject(item.configPath, item.trusted);
      else if (item.kind === 'new-session') await this.newSession();
      else if (item.kind === 'task') {
        if ((await this.step(item.step, 'task')) === 'halted') return;
      } else {
        if (item.trigger !== 'always' && this.seen.split(item.trigger.seen).length - 1 < (item.trigger.times ?? 1)) continue;
        const p = this.worstCase ? 1 : followRate(this.profile.model, item.source);
        if (!this.choose('follow-injection', p, `${item.id} (${item.source})`)) {
          this.blockers.push({ layer: 'model', origin: 'injection' });
          continue;
        }
        this.followingPlan = item.source === 'model-plan';
        for (const s of item.steps) if ((await this.step(s, 'injection')) === 'halted') return;
        this.followingPlan = false;
      }
    }
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
    if (!d || d.decision !== 'deny') return { ok: true };
    const failure = d.failure === 'EROFS' || d.failure === 'EACCES' ? d.failure : d.failure === 'EBUSY' ? 'EACCES' : 'ENOENT';
    return { ok: false, failure, layer: d.layer, rule: d.rule, reason: d.reason };
  }

  private record(op: 'read' | 'write' | 'delete', a: FsAccess, r: AccessRecord): void {
    const secretId = this.secretByPath.get(a.realPath) ?? this.secretByPath.get(a.path);
    // A path reached through a symlink is logged as typed plus where it really landed.
    const real = a.realPath !== a.path ? { realPath: a.realPath } : {};
    if (r.ok) {
      if (op === 'write' && !this.created.has(a.realPath)) {
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
    const auth = this.env.authorizeTool(step.call, unsandboxed);
    this.log.append({ type: 'tool-call', tool: step.call.tool, input: unsandboxed ? `${input}  [dangerouslyDisableSandbox]` : input, origin, sandboxed: auth.sandboxed, ...(origin === 'injection' && this.followingPlan ? { plan: true as const } : {}) });
    this.decisionEvent(auth.decision, `${step.call.tool}: ${input}`);
    if (auth.decision.decision === 'deny') {
      this.noteDeny(auth.decision);
      this.result(step.call.tool, false, `Permission denied by ${auth.decision.layer}: ${auth.decision.reason}`);
      return 'blocked';
    }
    if (auth.decision.decision === 'ask') {
      const answer = this.approve(step, input, auth.decision, origin);
      if (answer === 'wait') return 'halted';
      if (!answer) {
        this.result(step.call.tool, false, 'The user denied this action.');
        return 'blocked';
      }
    }
    this.sandboxRefused = false;
    const { ok, output } = await this.execute(step, auth.sandboxed);
    this.checkStopped();
    this.result(step.call.tool, ok, output);
    // One retry: with the escape hatch removed the client ignores the request and sandboxes the retry too.
    if (!ok && this.sandboxRefused && auth.sandboxed && !unsandboxed && step.onBlocked === 'retry-unsandboxed') return this.step(step, origin, true);
    return ok ? 'ok' : 'failed';
  }

  private approve(step: ToolStep, input: string, asked: LayerDecision, origin: Origin): boolean | 'wait' {
    const harmful = origin === 'injection';
    const classifierOn = this.env.autoMode || this.answerer === 'classifier';
    if (classifierOn && !this.classifierState.fallenBack) {
      const verdict = classify(this.classifierState, harmful, (k, p, about) => this.choose(k, p, about), input);
      const d: LayerDecision = { decision: verdict === 'block' ? 'deny' : 'allow', layer: 'model-classifier', rule: verdict === 'block' ? 'transcript classifier: block' : 'transcript classifier: allow', reason: verdict === 'block' ? 'the classifier judged the action overeager or harmful' : 'the classifier let the action through', where: this.whereOf('model-classifier') };
      this.decisionEvent(d, `${step.call.tool}: ${input}`);
      if (verdict === 'block') this.noteDeny(d);
      return verdict === 'allow';
    }
    this.prompts += 1;
    const req: ApprovalRequest = { id: this.prompts, tool: step.call.tool, input, reason: asked.reason, layer: asked.layer, promptNumber: this.prompts };
    this.log.append({ type: 'approval-asked', id: req.id, tool: req.tool, input, layer: asked.layer, promptNumber: req.promptNumber });
    const human = this.answerer === 'classifier' ? 'fatigued' : this.answerer;
    const answer = humanAnswer(human, req, harmful, this.answers, this.answered, (k, p, about) => this.choose(k, p, about));
    if (answer.kind === 'wait') {
      this.pending = req;
      return 'wait';
    }
    this.answered += human === 'learner' ? 1 : 0;
    this.log.append({ type: 'approval-answered', id: req.id, approved: answer.approved, by: answer.by });
    const d: LayerDecision = { decision: answer.approved ? 'allow' : 'deny', layer: 'approval-queue', rule: `answered by ${answer.by}`, reason: answer.approved ? 'the human approved' : 'the human refused', where: this.whereOf('approval-queue') };
    this.decisionEvent(d, `${step.call.tool}: ${input}`);
    if (!answer.approved) this.noteDeny(d);
    return answer.approved;
  }

  private async execute(step: ToolStep, sandboxed: boolean): Promise<{ ok: boolean; output: string }> {
    const c = step.call;
    if (this.env.execDown && (c.tool === 'Bash' || c.tool === 'Read' || c.tool === 'Write' || c.tool === 'Edit')) {
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
      this.via = this.env.product === 'cowork' ? 'bash' : 'tool';
      return await executeTool(c, {
        fs: this.shell.fs, env: this.env, world: this.world, network: this.network, log: this.log, send: this.shell.send,
        nextRequestId: () => ++this.requests,
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
    this.seen += output;
    if (this.seen.length > MAX_SEEN) this.seen = this.seen.slice(-MAX_SEEN);
  }

  /** Tool-result inspection: a small classifier reads the result before the model does. */
  private inspect(tool: string, output: string): string {
    const inspection = this.profile.toolResultInspection;
    if (!inspection.enabled) return output;
    const marker = this.markers.find((m) => output.includes(m));
    if (marker === undefined) return output;
    // Worst case means every probabilistic layer misses; only a classifier that never misses still holds.
    const catchRate = this.worstCase && inspection.catchRate < 1 ? 0 : inspection.catchRate;
    if (!this.choose('classifier-blocks', catchRate, `injected instructions in the ${tool} result`)) return output;
    const d: LayerDecision = { decision: 'deny', layer: 'tool-result-inspection', rule: 'injected instructions', reason: `the ${tool} result carried instructions aimed at the agent and was withheld`, where: WHERE['tool-result-inspection'] };
    this.decisionEvent(d, `${tool} result`);
    this.blockers.push({ layer: d.layer, origin: 'injection' });
    return `[${tool} result withheld by tool-result inspection]`;
  }

  private async openProject(configPath: string, trusted: boolean): Promise<void> {
    if (this.profile.product !== 'claude-code') return;
    this.log.nextStep();
    this.origin = 'injection';
    const path = configPathFor(this.env.cwd, configPath, this.env.home);
    const d = projectConfigDecision(this.profile, path, trusted);
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
    this.seen = '';
    const containerWiped = this.profile.product === 'claude-ai' && this.profile.container.ephemeral;
    const ephemeral = containerWiped || this.env.product === 'cowork' ? [this.env.home, '/tmp'] : [];
    this.sessions += 1;
    this.log.append({ type: 'session-started', session: this.sessions, wiped: ephemeral });
    for (const root of ephemeral) {
      for (const name of await this.env.fs.readdir(root).catch(() => [] as string[])) await this.env.fs.rm(`${root}/${name}`, { recursive: true, force: true });
    }
    if (containerWiped) {
      for (const f of this.world.container.files) await this.env.fs.writeFile(f.path, f.content);
    }
  }
}

function depth(path: string): number {
  let n = 0;
  for (let i = 0; i < path.length; i += 1) if (path.charCodeAt(i) === 47) n += 1;
  return n;
}
