// `containment-lab explain CONFIG --cwd DIR [--home DIR] --action ACTION [--json]`: one decision,
// the layer that made it, the rule and why. `~/` resolves against --home, `./` and bare relative
// paths against --cwd. With --disk the sandbox also looks at what exists on disk, as srt does.
import { statSync } from 'node:fs';
import { homedir } from 'node:os';
import { isAbsolute, resolve } from 'node:path';
import { compileClaudeCode, decideClaudeCodeBash, type CompiledClaudeCode } from '../sim/policy/claudeCode.ts';
import { allow, LAYER_OS_SANDBOX, type Decision } from '../sim/policy/decision.ts';
import { evaluatePermission, PERMISSION_MODES, type PermissionContext, type PermissionMode } from '../sim/policy/permissions.ts';
import { resolvePath } from '../sim/policy/paths.ts';
import { compileSandbox, sandboxConnect, sandboxDelete, sandboxRead, sandboxWrite, type CompiledSandbox, type WorldProbe } from '../sim/policy/sandbox.ts';
import { parseArgs } from './args.ts';
import { fail, UsageError, type CliIO } from './io.ts';
import { loadConfig } from './loadConfig.ts';
import { profileConfig } from './loadProfile.ts';
import { compileClaudeCodeProfile } from '../sim/products/claudeCodeClient.ts';

export type Action =
  | { kind: 'read' | 'write' | 'delete'; path: string }
  | { kind: 'connect'; host: string; port: number | undefined }
  | { kind: 'bash'; command: string };

export function parseAction(text: string): Action {
  const colon = text.indexOf(':');
  const kind = colon === -1 ? text : text.slice(0, colon);
  const arg = colon === -1 ? '' : text.slice(colon + 1);
  if (kind === 'read' || kind === 'write' || kind === 'delete') {
    if (arg === '') throw new UsageError(`--action ${kind}: needs a path, e.g. ${kind}:~/.aws/credentials`);
    return { kind, path: arg };
  }
  if (kind === 'connect') {
    const m = /^(\[[^\]]+\]|[^:]+)(?::(\d{1,5}))?$/.exec(arg);
    const port = m?.[2] === undefined ? undefined : Number(m[2]);
    if (m === null || (port !== undefined && (port < 1 || port > 65535))) {
      throw new UsageError(`--action connect: expected HOST or HOST:PORT (port 1-65535), got "${arg}"`);
    }
    return { kind, host: m[1] as string, port };
  }
  if (kind === 'bash') {
    if (arg.trim() === '') throw new UsageError('--action bash: needs a command, e.g. bash:npm test');
    return { kind, command: arg };
  }
  throw new UsageError(`--action must start with read:, write:, delete:, connect: or bash:, got "${text}"`);
}

function diskProbe(p: string): 'file' | 'dir' | undefined {
  try {
    return statSync(p).isDirectory() ? 'dir' : 'file';
  } catch {
    return undefined;
  }
}

function explainSrt(c: CompiledSandbox, action: Action): Decision {
  switch (action.kind) {
    case 'read': return sandboxRead(c, action.path);
    case 'write': return sandboxWrite(c, action.path);
    case 'delete': return sandboxDelete(c, action.path);
    case 'connect': return sandboxConnect(c, action.host, action.port ?? 443);
    case 'bash': return allow(LAYER_OS_SANDBOX, null, 'srt runs every command inside the sandbox; each file and network access it makes is checked on its own');
  }
}

function explainClaudeCode(c: CompiledClaudeCode, action: Action, ctx: PermissionContext): Decision {
  switch (action.kind) {
    // Read/Edit/Write tools run outside the OS sandbox: only the permission rules apply to them.
    case 'read': return evaluatePermission(c.permissions, { tool: 'Read', path: action.path }, ctx);
    case 'write': return evaluatePermission(c.permissions, { tool: 'Write', path: action.path }, ctx);
    case 'delete': {
      const bash = decideClaudeCodeBash(c, `rm -- ${action.path}`, ctx);
      if (bash.decision !== 'allow' || !bash.sandboxed || c.sandbox === null) return bash;
      return sandboxDelete(c.sandbox, action.path);
    }
    case 'connect': {
      if (c.sandbox !== null) return sandboxConnect(c.sandbox, action.host, action.port ?? 443);
      const url = `https://${action.host}${action.port === undefined ? '' : ':' + action.port}/`;
      return evaluatePermission(c.permissions, { tool: 'WebFetch', url }, ctx);
    }
    case 'bash': {
      const { sandboxed: _s, ...d } = decideClaudeCodeBash(c, action.command, ctx);
      return d;
    }
  }
}

export async function run(argv: string[], io: CliIO): Promise<number> {
  try {
    const args = parseArgs(argv, { values: ['cwd', 'home', 'action', 'format', 'mode', 'project-root'], booleans: ['json', 'disk'] });
    const cwdArg = args.values.get('cwd');
    if (cwdArg === undefined) throw new UsageError('missing --cwd DIR (the agent\'s working directory)');
    const actionArg = args.values.get('action');
    if (actionArg === undefined) throw new UsageError('missing --action (read:PATH, write:PATH, delete:PATH, connect:HOST[:PORT] or bash:CMD)');
    const modeArg = args.values.get('mode');
    if (modeArg !== undefined && !(PERMISSION_MODES as readonly string[]).includes(modeArg)) {
      throw new UsageError(`--mode must be one of ${PERMISSION_MODES.join(', ')}, not "${modeArg}"`);
    }
    const cwd = resolve(cwdArg);
    const homeArg = args.values.get('home');
    const home = homeArg === undefined ? homedir() : resolve(homeArg);
    const action = parseAction(actionArg);
    if ('path' in action) action.path = resolvePath(action.path, { cwd, home });
    if (args.positionals.length === 0) throw new UsageError('missing CONFIG: give a Claude Code settings.json, a sandbox-runtime settings file or a product-profile JSON');
    // The format is detected as check detects it, so a product profile is read as one.
    const profile = profileConfig(args.positionals, args.values.get('format'));
    if (profile !== null && profile.product !== 'claude-code') {
      throw new UsageError(`${args.positionals[0] ?? ''}: explain answers for Claude Code; this product profile is for ${profile.product} (use check or replay)`);
    }
    const config = profile === null ? loadConfig(args.positionals, args.values.get('format'), home) : null;
    const probe: WorldProbe | undefined = args.booleans.has('disk') ? diskProbe : undefined;
    const projectRootArg = args.values.get('project-root');
    const projectRoot = projectRootArg === undefined ? cwd : isAbsolute(projectRootArg) ? projectRootArg : resolve(cwd, projectRootArg);
    const ctx = { cwd, home, ...(probe ? { probe } : {}) };
    const permissionCtx = { cwd, home, projectRoot, ...(modeArg === undefined ? {} : { mode: modeArg as PermissionMode }) };
    let d: Decision;
    if (profile?.product === 'claude-code') d = explainClaudeCode(compileClaudeCodeProfile(profile, ctx), action, permissionCtx);
    else if (config?.format === 'srt') d = explainSrt(compileSandbox(config.settings, ctx), action);
    else if (config?.format === 'claude-code') d = explainClaudeCode(compileClaudeCode(config.profile, ctx), action, permissionCtx);
    else throw new UsageError('no config to explain');
    const warnings = config?.warnings ?? [];
    if (args.booleans.has('json')) {
      io.stdout.write(JSON.stringify({ decision: d.decision, layer: d.layer, rule: d.rule, reason: d.reason }) + '\n');
    } else {
      io.stdout.write(`${d.decision.toUpperCase()}  (${d.layer}${d.rule === null ? '' : `, rule ${d.rule}`})\n  ${d.reason}\n`);
      for (const w of warnings) io.stdout.write(`  warning: ${w}\n`);
    }
    return 0;
  } catch (e) {
    if (e instanceof UsageError) return fail(io, e.message);
    throw e;
  }
}
