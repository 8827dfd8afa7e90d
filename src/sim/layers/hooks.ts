// Claude Code hooks (settings.json `hooks`): commands the client itself runs on the host, outside the
// sandbox and without a prompt, at fixed points of a session. What the real client 2.1.328 does with
// them, as the differential suite measured it (test/fidelity/claudeCode/hooks.ts):
// - PreToolUse runs before the permission check, for every call whose tool name the matcher matches
//   (exact names, `A|B` alternatives, a pattern, `*` or none for every tool; case-sensitive).
// - Exit 2 refuses the call (the model sees "PreToolUse:Tool hook error: [command]: stderr"); exit 0
//   lets the permission rules decide, unless stdout is JSON with hookSpecificOutput.permissionDecision:
//   "deny" refuses, "ask" prompts even for what the rules allow, "allow" skips the prompt (a deny rule
//   still refuses). Any other exit code is a non-blocking error: the call goes on to the permissions.
// - PostToolUse runs after a call that ran; it cannot undo it.
// - SessionStart (and UserPromptSubmit) run with no tool call at all.
// The layer only says which commands a moment triggers and what their results decide; the runner runs
// them through the engine's shell over the modeled world, as the user, unsandboxed.
import { LinearRegExp } from '../core/linearRegex.ts';
import { decide, layerBase } from './catalog.ts';
import type { Layer, LayerDecision, ToolCall } from './types.ts';

export const HOOK_EVENTS = ['PreToolUse', 'PostToolUse', 'SessionStart', 'UserPromptSubmit', 'Stop', 'SubagentStop', 'Notification', 'PreCompact', 'SessionEnd'] as const;

/** One command hook as the profile holds it (flattened from settings' event -> matcher groups -> hooks). */
export interface HookSpec {
  event: string;
  /** Tool-name matcher (tool events) or source matcher (SessionStart: startup, resume...); absent = every one. */
  matcher?: string | undefined;
  command: string;
  /** JSON path of the command in the settings file it came from, for the review. */
  path?: string | undefined;
}

/** What a hook command did when the runner ran it. */
export interface HookRun {
  hook: HookSpec;
  exitCode: number;
  stdout: string;
  stderr: string;
}

/** The moment a hook fires on. `subject` is the tool name for tool events, the start source for SessionStart. */
export interface HookMoment {
  event: string;
  subject: string;
}

const SIMPLE = /^[A-Za-z0-9_|]+$/;

/** Whether a matcher selects a subject (tool name), as the real client compares them. */
export function matcherMatches(matcher: string | undefined, subject: string): boolean {
  if (matcher === undefined || matcher === '' || matcher === '*') return true;
  if (SIMPLE.test(matcher)) return matcher.split('|').some((m) => m.trim() === subject);
  try {
    return new LinearRegExp(matcher).test(subject);
  } catch {
    // A pattern the client cannot compile matches nothing.
    return false;
  }
}

export function hooksFor(hooks: readonly HookSpec[], m: HookMoment): HookSpec[] {
  const toolEvent = m.event === 'PreToolUse' || m.event === 'PostToolUse';
  return hooks.filter((h) => h.event === m.event && (toolEvent || m.event === 'SessionStart' ? matcherMatches(h.matcher, m.subject) : true));
}

interface HookJson {
  hookSpecificOutput?: { permissionDecision?: unknown; permissionDecisionReason?: unknown };
}

function jsonDecision(stdout: string): { decision: 'allow' | 'deny' | 'ask'; reason: string } | null {
  const text = stdout.trim();
  if (!text.startsWith('{')) return null;
  let parsed: HookJson;
  try {
    parsed = JSON.parse(text) as HookJson;
  } catch {
    return null;
  }
  const d = parsed.hookSpecificOutput?.permissionDecision;
  if (d !== 'allow' && d !== 'deny' && d !== 'ask') return null;
  const reason = parsed.hookSpecificOutput?.permissionDecisionReason;
  return { decision: d, reason: typeof reason === 'string' ? reason : '' };
}

/**
 * What the PreToolUse hooks that ran decide about the call: a refusal beats a prompt beats an
 * approval; null when none of them has an opinion (the permission rules decide alone).
 */
export function preToolUseDecision(tool: string, runs: readonly HookRun[]): LayerDecision | null {
  let ask: LayerDecision | null = null;
  let allow: LayerDecision | null = null;
  for (const r of runs) {
    if (r.exitCode === 2) {
      return decide('hooks', 'deny', `${r.hook.event} hook exited 2`, `PreToolUse:${tool} hook error: [${r.hook.command}]: ${r.stderr.trim() || 'No stderr output'}`);
    }
    if (r.exitCode !== 0) continue;
    const j = jsonDecision(r.stdout);
    if (j === null) continue;
    if (j.decision === 'deny') return decide('hooks', 'deny', 'hook permissionDecision deny', `PreToolUse:${tool} hook error: ${j.reason || r.hook.command}`);
    if (j.decision === 'ask') ask ??= decide('hooks', 'ask', 'hook permissionDecision ask', j.reason || `a PreToolUse hook asks before ${tool}`);
    else allow ??= decide('hooks', 'allow', 'hook permissionDecision allow', j.reason || `a PreToolUse hook approved ${tool}`);
  }
  return ask ?? allow;
}

/**
 * Joins a hook's opinion with the permission rules': a rule's refusal stands; a hook's deny or ask wins
 * over an allow; a hook's allow answers only the prompt no rule asked for, and not one for a write to a
 * protected file (`protectedWrite`).
 */
export function withHookDecision<D extends LayerDecision>(rules: D, hook: LayerDecision | null, protectedWrite = false): D {
  if (hook === null || rules.decision === 'deny') return rules;
  if (hook.decision === 'deny') return { ...rules, ...hook };
  if (hook.decision === 'ask') return rules.decision === 'allow' ? { ...rules, ...hook } : rules;
  if (rules.decision !== 'ask' || rules.layer !== 'permission-rules' || rules.rule !== 'default' || protectedWrite) return rules;
  return { ...rules, ...hook };
}

/** What a PostToolUse hook that exits 2 tells the model (the call has already run). */
export function postToolUseNote(tool: string, runs: readonly HookRun[]): string | null {
  const blocking = runs.find((r) => r.exitCode === 2);
  return blocking ? `PostToolUse:${tool} hook blocking error from command: "${blocking.hook.command}": ${blocking.stderr.trim()}` : null;
}

/** `protectedWrite`: whether a call changes a file a hook's approval does not cover (policy/permissions.ts). */
export function hooksLayer(hooks: readonly HookSpec[], protectedWrite: (call: ToolCall) => boolean = () => false): Layer {
  return {
    ...layerBase('hooks'),
    hooks: (m) => hooksFor(hooks, m),
    hookDecision: (a) => withHookDecision(a.rules, preToolUseDecision(a.call.tool, a.runs), protectedWrite(a.call)),
  };
}

/**
 * Moments a capability analysis asks about: every tool event for the tools an agent has, and every
 * event with no call (a session starting or ending, a prompt, the agent or a subagent stopping, a
 * notification, a compaction). The client runs a command hook on any of them on the host, outside the
 * sandbox, so each is a channel, whether or not a scripted run reaches that moment.
 */
const PROBE_MOMENTS: readonly HookMoment[] = [
  ...['Bash', 'Read', 'Write', 'Edit', 'WebFetch'].flatMap((tool) => [{ event: 'PreToolUse', subject: tool }, { event: 'PostToolUse', subject: tool }]),
  { event: 'SessionStart', subject: 'startup' },
  ...HOOK_EVENTS.filter((e) => e !== 'PreToolUse' && e !== 'PostToolUse' && e !== 'SessionStart').map((event) => ({ event, subject: '' })),
];

/** Every hook a stack runs at some moment, each once. */
export function allHooks(at: (m: HookMoment) => HookSpec[]): HookSpec[] {
  const seen = new Map<string, HookSpec>();
  for (const m of PROBE_MOMENTS) for (const h of at(m)) if (!seen.has(`${h.event}\u0000${h.command}`)) seen.set(`${h.event}\u0000${h.command}`, h);
  return [...seen.values()];
}

/** Package scripts and makefiles: a hook that runs `npm run x` or `make` runs what those files say. */
const RUNS_PROJECT_FILE: readonly [RegExp, string][] = [[/^(npm|pnpm|yarn|bun)$/, 'package.json'], [/^make$/, 'Makefile'], [/^just$/, 'justfile']];

/**
 * Files whose content decides what a hook command does (scripts it names, package.json behind
 * `npm run`), as absolute paths: whoever can write one of them chooses code that runs on the host.
 */
export function hookScriptPaths(command: string, where: { cwd: string; home: string; project: string }): string[] {
  const expanded = command.replace(/"?\$\{?CLAUDE_PROJECT_DIR\}?"?/g, where.project);
  const out = new Set<string>();
  for (const raw of expanded.split(/[\s;&|()<>]+/)) {
    const word = raw.replace(/^['"]|['"]$/g, '');
    if (word === '' || word.startsWith('-') || /[$*?[\]{}\\=`]/.test(word) || /^[a-z]+:\/\//i.test(word)) continue;
    const named = RUNS_PROJECT_FILE.find(([re]) => re.test(word));
    if (named) out.add(`${where.cwd}/${named[1]}`);
    else if (word.includes('/') || /\.(sh|bash|py|js|mjs|cjs|ts|rb|pl)$/.test(word)) {
      const abs = word.startsWith('/') ? word : word.startsWith('~/') ? `${where.home}/${word.slice(2)}` : `${where.cwd}/${word}`;
      out.add(abs.replace(/\/\.\//g, '/'));
    }
  }
  return [...out].filter((p) => !p.startsWith('/dev/') && !/^\/(usr|bin|sbin|etc|proc)\//.test(p));
}
