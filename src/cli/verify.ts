// `containment-lab verify CONFIG... [--claude PATH] [--incident ID]... [--json]`
// Runs every incident's Claude Code tool calls on a real Claude Code (the pinned one the differential
// suite installs, or the reviewer's own with --claude) with the suite's scripted model, inside a box
// with loopback-only network and a throwaway home and project built from the incident's world, and
// prints call by call what the client did next to what the engine predicted. Only the file's
// `permissions` and `sandbox` blocks reach the client (keys that run code or move credentials, such as
// hooks or env, never do), and the engine reads the same text. Exit 0 when every call agrees, 1 when some
// do not, 2 on bad input or when this machine cannot give the isolation (it then runs nothing).
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, realpathSync, rmSync, writeFileSync } from 'node:fs';
import { homedir, tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { detectFormat } from '../sim/config/detectFormat.ts';
import type { SettingsScope } from '../sim/config/mergeScopes.ts';
import { importConfig } from '../sim/review/importConfig.ts';
import { selectIncidents } from '../sim/review/check.ts';
import { parseArgs } from './args.ts';
import { takeIncidents } from './check.ts';
import { fail, UsageError, type CliIO } from './io.ts';
import { readText, scopeFor, splitScope } from './loadConfig.ts';
import type { CallObservation, CallSpec, CcCase } from './verify/caseTypes.ts';
import { describeCall, differences } from './verify/compare.ts';
import { runEngineCase } from './verify/engineSession.ts';
import { incidentCase } from './verify/incidents.ts';
import type { Job, JobResult } from './verify/inside.ts';
import { claudeCacheDir, CLAUDE_CODE_VERSION } from './verify/install.ts';
import { binaryFolder, boxArgs, isolationText, maskedPaths, probeBox, type BoxSpec, type ProbeResult } from './verify/isolation.ts';

/** The only blocks of a settings file handed to the real client. */
export const PASSED_KEYS = ['permissions', 'sandbox'] as const;
const PLACED: Partial<Record<SettingsScope, string>> = { project: '$PROJ/.claude/settings.json', local: '$PROJ/.claude/settings.local.json', user: '$HOME/.claude/settings.json' };
const TOOL_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const INSIDE = join(dirname(fileURLToPath(import.meta.url)), 'verify', 'inside.mjs');

export interface VerifyDeps {
  /** The isolation check (isolation.ts probeBox); tests inject one. */
  probe?: (spec: BoxSpec) => ProbeResult;
  /** Runs the job inside the box and gives back what the client did; tests inject one. */
  runBox?: (job: Job, spec: BoxSpec) => Promise<JobResult>;
  /** The pinned binary's path when it is installed, else null. */
  pinned?: () => string | null;
  home?: string;
  /** Where Ctrl-C and kill arrive (default the process); tests inject an emitter. */
  signals?: Pick<NodeJS.EventEmitter, 'once' | 'off'>;
  /** How an interrupted run ends (default process.exit). */
  exit?: (code: number) => void;
}

const STOP_SIGNALS = [['SIGINT', 130], ['SIGTERM', 143], ['SIGHUP', 129]] as const;

export interface VerifyFile { file: string; scope: SettingsScope; placedAt: string; dropped: string[]; settings: Record<string, unknown> }

/** Reads, checks and trims the CONFIG files; every problem is a UsageError naming the file. */
export function loadVerifyFiles(args: string[], home: string): VerifyFile[] {
  if (args.length === 0) throw new UsageError('missing CONFIG: give the Claude Code settings.json to verify');
  const out: VerifyFile[] = [];
  for (const arg of args) {
    const { scope: named, file } = splitScope(arg);
    const text = readText(file);
    const d = detectFormat(text);
    if (!d.ok) throw new UsageError(`${file}: ${d.message}`);
    if (d.format !== 'claude-code') throw new UsageError(`${file}: verify runs Claude Code, and this is a ${d.format === 'srt' ? 'sandbox-runtime settings file' : 'product profile'}; \`containment-lab check\` reviews it`);
    const scope = named ?? scopeFor(file, home);
    const placedAt = PLACED[scope];
    if (placedAt === undefined) throw new UsageError(`${file}: verify places files at the user, project or local scope, not ${scope} (managed settings are machine-wide); name another, e.g. project=${file}`);
    if (out.some((f) => f.scope === scope)) throw new UsageError(`${file}: two files at the ${scope} scope; give one per scope`);
    const all = JSON.parse(text) as Record<string, unknown>;
    const settings = Object.fromEntries(Object.entries(all).filter(([k]) => (PASSED_KEYS as readonly string[]).includes(k)));
    out.push({ file, scope, placedAt, dropped: Object.keys(all).filter((k) => !(PASSED_KEYS as readonly string[]).includes(k)), settings });
  }
  // The engine must accept what the client will read; a value Claude Code would refuse is bad input here.
  const r = importConfig(out.map((f) => ({ name: f.file, text: JSON.stringify(f.settings), scope: f.scope })), 'claude-code');
  if (!r.ok) {
    const e = r.errors[0];
    throw new UsageError(`${e?.source ?? args[0]}: ${e?.path ? `${e.path}: ` : ''}${e?.message ?? 'refused'}`);
  }
  return out;
}

/** One case per incident with Claude Code tool calls, under the reviewer's files. */
export function verifyCases(files: VerifyFile[], ids: string[]): { id: string; case: CcCase }[] {
  const selection = selectIncidents(ids);
  if (!selection.ok) throw new UsageError(selection.message);
  const at = (s: SettingsScope) => files.find((f) => f.scope === s)?.settings;
  const user = at('user');
  const local = at('local');
  const scoped = { ...(user ? { user } : {}), ...(local ? { local } : {}) };
  const out: { id: string; case: CcCase }[] = [];
  for (const scenario of selection.scenarios) {
    const base = incidentCase(scenario);
    if (base === null) continue;
    out.push({ id: scenario.id, case: { name: scenario.id, category: scenario.id, settings: at('project') ?? {}, ...(Object.keys(scoped).length > 0 ? { scoped } : {}), ...base } });
  }
  if (out.length === 0) throw new UsageError('none of the chosen incidents makes a Claude Code tool call');
  return out;
}

/** One observation in words: the decision, then what the call did. */
export function describeObservation(o: CallObservation): string {
  const parts: string[] = [o.decision];
  if (o.sandboxed !== null) parts.push(o.sandboxed ? 'sandboxed' : 'not sandboxed');
  if (o.read.length > 0) parts.push(`read ${o.read.join(' ')}`);
  if (o.written.length > 0) parts.push(`wrote ${o.written.join(' ')}`);
  if (o.deleted.length > 0) parts.push(`deleted ${o.deleted.join(' ')}`);
  if (o.sent.length > 0) parts.push(`sent to ${o.sent.join(' ')}`);
  if (o.blocked.length > 0) parts.push(`blocked ${o.blocked.join(' ')}`);
  return parts.join(', ');
}

export interface VerifiedCall { call: string; real: Omit<CallObservation, 'output'> | null; engine: Omit<CallObservation, 'output'> | null; agree: boolean; differences: string[] }
export interface VerifyResult { id: string; calls: VerifiedCall[]; problems: string[] }

const strip = (o: CallObservation | undefined) => {
  if (o === undefined) return null;
  const { output: _o, ...rest } = o;
  void _o;
  return rest;
};

export function compareRun(id: string, calls: CallSpec[], real: JobResult['runs'][number] | undefined, engine: CallObservation[]): VerifyResult {
  const out: VerifiedCall[] = calls.map((call, i) => {
    const r = real?.observations[i];
    const s = engine[i];
    const diff = r === undefined || s === undefined ? [r === undefined ? 'the real client gave no answer for this call' : 'the engine gave no answer for this call'] : differences(r, s, call);
    return { call: describeCall(call), real: strip(r), engine: strip(s), agree: diff.length === 0, differences: diff };
  });
  return { id, calls: out, problems: real?.problems ?? ['the real client did not run'] };
}

export function summaryLine(version: string, results: VerifyResult[]): string {
  const calls = results.flatMap((r) => r.calls);
  return `verified on Claude Code ${version}: ${calls.filter((c) => c.agree).length} of ${calls.length} calls agree`;
}

export function resultText(results: VerifyResult[], version: string): string {
  const out: string[] = [];
  for (const r of results) {
    const agree = r.calls.filter((c) => c.agree).length;
    out.push('', `${r.id}: ${agree} of ${r.calls.length} calls agree`);
    r.calls.forEach((c, i) => {
      out.push(`  ${String(i + 1).padStart(2)}  ${c.agree ? 'same   ' : 'DIFFERS'}  ${c.call}`);
      const real = c.real === null ? 'no answer' : describeObservation({ ...c.real, output: '' });
      const engine = c.engine === null ? 'no answer' : describeObservation({ ...c.engine, output: '' });
      out.push(`               real: ${real}  |  engine: ${engine}`);
      if (!c.agree) for (const d of c.differences) out.push(`               ${d}`);
    });
    for (const p of r.problems) out.push(`  problem: ${p}`);
  }
  out.push('', summaryLine(version, results));
  return `${out.join('\n')}\n`;
}

function defaultPinned(): string | null {
  const bin = join(claudeCacheDir(), 'node_modules', '.bin', 'claude');
  return existsSync(bin) ? bin : null;
}

/** Runs inside.mjs in the box and reads its result. */
async function defaultRunBox(job: Job, spec: BoxSpec): Promise<JobResult> {
  const jobFile = join(spec.work, 'job.json');
  writeFileSync(jobFile, JSON.stringify(job));
  const env = { PATH: process.env.PATH ?? '/usr/bin:/bin', HOME: spec.work, USER: process.env.USER ?? 'user', LANG: 'C.UTF-8', TMPDIR: '/tmp' };
  const args = [...boxArgs(spec), ...Object.entries(env).flatMap(([k, v]) => ['--setenv', k, v]), '--', process.execPath, INSIDE, jobFile];
  const stderr = await new Promise<string>((ok, no) => {
    const child = spawn('bwrap', args, { stdio: ['ignore', 'ignore', 'pipe'] });
    let err = '';
    child.stderr.on('data', (d: Buffer) => {
      err += d.toString('utf8');
    });
    // Each session kills itself after 120 s; this bounds the whole run.
    const timer = setTimeout(() => child.kill('SIGKILL'), Math.max(10, job.cases.length) * 150_000);
    child.on('error', no);
    child.on('close', () => {
      clearTimeout(timer);
      ok(err);
    });
  });
  if (!existsSync(job.out)) throw new Error(`the boxed run gave no result: ${stderr.trim().split('\n').slice(-3).join(' | ')}`);
  return JSON.parse(readFileSync(job.out, 'utf8')) as JobResult;
}

export async function run(argv: string[], io: CliIO, deps: VerifyDeps = {}): Promise<number> {
  let work: string | null = null;
  const stopHandlers: (() => void)[] = [];
  try {
    const { ids, rest } = takeIncidents(argv);
    const args = parseArgs(rest, { values: ['claude'], booleans: ['json'] });
    const json = args.booleans.has('json');
    const home = deps.home ?? homedir();
    const files = loadVerifyFiles(args.positionals, home);
    const cases = verifyCases(files, ids);
    const given = args.values.get('claude');
    let bin: string;
    if (given !== undefined) {
      if (!existsSync(given)) throw new UsageError(`--claude ${given}: no such file`);
      // The real file: a launcher symlink (~/.local/bin/claude) may sit in a folder the box hides.
      bin = realpathSync(resolve(given));
    } else {
      const pinned = (deps.pinned ?? defaultPinned)();
      if (pinned === null) throw new UsageError(`Claude Code ${CLAUDE_CODE_VERSION} is not installed in ${claudeCacheDir()}: give your own with --claude PATH, or install the pinned one (npm install --prefix ${claudeCacheDir()} @anthropic-ai/claude-code@${CLAUDE_CODE_VERSION})`);
      bin = pinned;
    }
    work = mkdtempSync(join(tmpdir(), 'cl-verify-'));
    // An interrupted run still removes its throwaway folder (the boxed client dies with us: --die-with-parent).
    const made = work;
    const signals = deps.signals ?? process;
    for (const [signal, code] of STOP_SIGNALS) {
      const onSignal = (): void => {
        rmSync(made, { recursive: true, force: true });
        io.stderr.write(`containment-lab verify: stopped by ${signal}; the throwaway folder ${made} is removed and nothing else was touched\n`);
        (deps.exit ?? process.exit)(code);
      };
      signals.once(signal, onSignal);
      stopHandlers.push(() => signals.off(signal, onSignal));
    }
    const spec: BoxSpec = { work, home, keep: [TOOL_ROOT, binaryFolder(bin), dirname(process.execPath)] };
    const calls = cases.reduce((n, c) => n + c.case.calls.length, 0);
    // Say what will run and what it is kept from before anything runs (stderr under --json).
    const plan = [
      `containment-lab verify: ${calls} Claude Code tool calls from ${cases.length} incidents, each run on the real client and in the engine`,
      `  client: ${bin}${given === undefined ? ` (the pinned ${CLAUDE_CODE_VERSION})` : ''}, driven by a scripted model; the permission prompt always answers no`,
      ...files.map((f) => `  settings: ${f.file} as ${f.placedAt} (${f.scope} scope): ${PASSED_KEYS.join(' and ')} only${f.dropped.length > 0 ? `; not given to the client: ${f.dropped.join(', ')}` : ''}`),
      ...(files.some((f) => (f.settings.permissions as { defaultMode?: unknown } | undefined)?.defaultMode === 'auto')
        ? ['  note: auto mode\'s classifier is a model call the scripted model cannot play; the client then asks, so calls the classifier would judge are expected to differ']
        : []),
      '  isolation:', ...isolationText(spec).map((l) => `    ${l}`),
    ];
    (json ? io.stderr : io.stdout).write(`${plan.join('\n')}\n`);
    const probe = (deps.probe ?? probeBox)(spec);
    if (!probe.ok) throw new UsageError(`refusing to run: ${probe.reason}. verify runs a real Claude Code only inside a loopback-only network namespace; nothing was run`);
    const roots = cases.map((_, i) => join(work as string, `case-${i}`));
    for (const r of roots) mkdirSync(r);
    const job: Job = { bin, cases: cases.map((c, i) => ({ case: c.case, root: roots[i] as string })), out: join(work, 'result.json'), concurrency: 2 };
    const result = await (deps.runBox ?? defaultRunBox)(job, spec);
    if (result.version === null) throw new UsageError(`--claude ${bin}: not a Claude Code binary (${result.versionError ?? 'no version'})`);
    const results: VerifyResult[] = [];
    for (const [i, c] of cases.entries()) {
      const engine = await runEngineCase(c.case, roots[i] as string);
      results.push(compareRun(c.id, c.case.calls, result.runs[i], engine));
    }
    const summary = summaryLine(result.version, results);
    if (json) {
      io.stdout.write(`${JSON.stringify({
        claudeCode: { bin, version: result.version, pinned: given === undefined },
        files: files.map((f) => ({ file: f.file, scope: f.scope, placedAt: f.placedAt, passed: PASSED_KEYS, dropped: f.dropped })),
        isolation: { network: 'loopback-only network namespace', masked: maskedPaths(spec), writable: work },
        incidents: results,
        agree: results.flatMap((r) => r.calls).filter((c) => c.agree).length,
        calls: results.flatMap((r) => r.calls).length,
        summary,
      })}\n`);
    } else io.stdout.write(resultText(results, result.version));
    return results.every((r) => r.problems.length === 0 && r.calls.every((c) => c.agree)) ? 0 : 1;
  } catch (e) {
    if (e instanceof UsageError) return fail(io, e.message);
    throw e;
  } finally {
    for (const off of stopHandlers) off();
    if (work !== null) rmSync(work, { recursive: true, force: true });
  }
}
