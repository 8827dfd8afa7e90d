// Claude Code's two enforcement layers together: permission rules for every tool call, and the
// OS sandbox (sandbox-runtime) around Bash. Facts: https://code.claude.com/docs/en/sandboxing and
// https://code.claude.com/docs/en/settings ("Sandbox settings"). Claude Code makes the working
// directory (and additionalDirectories) writable inside the sandbox; with autoAllowBashIfSandboxed a
// sandboxed command runs without a prompt, but deny and ask rules still apply; excludedCommands run
// outside the sandbox under the normal rules; a command that fails in the sandbox may be retried
// unsandboxed only through an approval, and allowUnsandboxedCommands: false removes that retry.
import { allow, ask, deny, LAYER_OS_SANDBOX, LAYER_PERMISSION_RULES, type Decision } from './decision.ts';
import { compileBashPattern, matchesBashPattern, normalizeCommand, splitCompound, type BashPattern } from './bashRules.ts';
import { compilePermissions, evaluatePermission, matchPermissionRules, type CompiledPermissions, type PermissionContext, type PermissionRules, type ToolCall } from './permissions.ts';
import { sandboxPathsFromRules } from './rulesIntoSandbox.ts';
import { compileSandbox, type CompiledSandbox, type SandboxSettings, type WorldProbe } from './sandbox.ts';

export interface ClaudeCodeSandboxBlock {
  enabled?: boolean;
  autoAllowBashIfSandboxed?: boolean;
  excludedCommands?: string[];
  allowUnsandboxedCommands?: boolean;
  failIfUnavailable?: boolean;
  network?: { allowedDomains?: string[]; deniedDomains?: string[]; allowUnixSockets?: string[]; allowLocalBinding?: boolean };
  filesystem?: { allowWrite?: string[]; denyWrite?: string[]; denyRead?: string[]; allowRead?: string[] };
}

export interface ClaudeCodeProfile {
  permissions: PermissionRules;
  sandbox: ClaudeCodeSandboxBlock;
}

export interface CompiledClaudeCode {
  permissions: CompiledPermissions;
  sandbox: CompiledSandbox | null;
  block: Required<Pick<ClaudeCodeSandboxBlock, 'autoAllowBashIfSandboxed' | 'allowUnsandboxedCommands' | 'failIfUnavailable'>> & { excluded: BashPattern[] };
}

/** The sandbox-runtime settings Claude Code hands the runtime for Bash. */
export function claudeCodeSandboxSettings(p: ClaudeCodeProfile): SandboxSettings {
  const fs = p.sandbox.filesystem ?? {};
  const net = p.sandbox.network ?? {};
  const fromRules = sandboxPathsFromRules(p.permissions);
  return {
    network: {
      allowedDomains: [...(net.allowedDomains ?? []), ...fromRules.allowedDomains], deniedDomains: [...(net.deniedDomains ?? []), ...fromRules.deniedDomains],
      ...(net.allowUnixSockets === undefined ? {} : { allowUnixSockets: net.allowUnixSockets }),
      ...(net.allowLocalBinding === undefined ? {} : { allowLocalBinding: net.allowLocalBinding }),
    },
    filesystem: {
      denyRead: [...(fs.denyRead ?? []), ...fromRules.denyRead],
      allowRead: fs.allowRead ?? [],
      allowWrite: ['.', ...(p.permissions.additionalDirectories ?? []), ...(fs.allowWrite ?? []), ...fromRules.allowWrite],
      denyWrite: [...(fs.denyWrite ?? []), ...fromRules.denyWrite],
    },
  };
}

export function compileClaudeCode(p: ClaudeCodeProfile, ctx: { cwd: string; home: string; probe?: WorldProbe }): CompiledClaudeCode {
  const b = p.sandbox;
  return {
    permissions: compilePermissions(p.permissions),
    sandbox: b.enabled === true ? compileSandbox(claudeCodeSandboxSettings(p), ctx) : null,
    block: {
      autoAllowBashIfSandboxed: b.autoAllowBashIfSandboxed ?? false,
      allowUnsandboxedCommands: b.allowUnsandboxedCommands ?? true,
      failIfUnavailable: b.failIfUnavailable ?? false,
      excluded: (b.excludedCommands ?? []).map(compileBashPattern),
    },
  };
}

export interface BashVerdict extends Decision {
  /** Whether the command would run inside the OS sandbox (its file and network effects then go through it). */
  sandboxed: boolean;
}

/**
 * Whether a Bash command runs, and how. `sandboxAvailable: false` models a machine where the
 * sandbox cannot start: Claude Code then warns and runs unsandboxed unless failIfUnavailable.
 */
export function decideClaudeCodeBash(c: CompiledClaudeCode, command: string, ctx: PermissionContext, sandboxAvailable = true): BashVerdict {
  const rules = evaluatePermission(c.permissions, { tool: 'Bash', command }, ctx);
  if (c.sandbox === null) return { ...rules, sandboxed: false };
  if (!sandboxAvailable) {
    if (c.block.failIfUnavailable) {
      return { ...deny(LAYER_OS_SANDBOX, 'sandbox.failIfUnavailable', 'the sandbox cannot start here and failIfUnavailable is true, so Bash does not run'), sandboxed: false };
    }
    return { ...rules, reason: `the sandbox cannot start, so Claude Code warns and runs Bash unsandboxed under the permission rules: ${rules.reason}`, sandboxed: false };
  }
  const excluded = splitCompound(command).map(normalizeCommand)
    .some((cmd) => c.block.excluded.some((pattern) => matchesBashPattern(pattern, cmd)));
  if (excluded) {
    return { ...rules, reason: `an excludedCommands entry runs this outside the sandbox, under the permission rules: ${rules.reason}`, sandboxed: false };
  }
  if (c.block.autoAllowBashIfSandboxed) {
    // Auto-allow: only explicit Bash deny and ask rules still stand; what the command may touch is the
    // sandbox's to decide (Read deny rules arrive there as denyRead, see claudeCodeSandboxSettings).
    const explicit = matchBashRules(c.permissions, command, ctx);
    if (explicit !== null && explicit.decision !== 'allow') return { ...explicit, sandboxed: true };
    return { ...allow(LAYER_OS_SANDBOX, 'sandbox.autoAllowBashIfSandboxed', 'the command runs inside the OS sandbox without a prompt; the sandbox decides each file and network access'), sandboxed: true };
  }
  return { ...rules, sandboxed: true };
}

/** Bash deny and ask rules alone (no mode, no read-only analysis). */
function matchBashRules(p: CompiledPermissions, command: string, ctx: PermissionContext): Decision | null {
  return matchPermissionRules({ ...p, allow: [] }, { tool: 'Bash', command }, ctx);
}

/** After a command failed inside the sandbox: may the agent retry it outside? */
export function decideUnsandboxedRetry(c: CompiledClaudeCode, command: string): Decision {
  if (c.sandbox === null) return allow(LAYER_PERMISSION_RULES, null, 'no sandbox is enabled, so nothing needs escaping');
  if (!c.block.allowUnsandboxedCommands) {
    return deny(LAYER_OS_SANDBOX, 'sandbox.allowUnsandboxedCommands', 'allowUnsandboxedCommands is false: there is no escape hatch, the command stays sandboxed');
  }
  return ask(LAYER_PERMISSION_RULES, 'sandbox.allowUnsandboxedCommands', `retrying "${command}" without the sandbox needs the user's approval`);
}

/** Any tool call: Bash through decideClaudeCodeBash, everything else through the permission rules. */
export function decideClaudeCodeCall(c: CompiledClaudeCode, call: ToolCall, ctx: PermissionContext): Decision {
  if (call.tool === 'Bash' && 'command' in call && typeof call.command === 'string') return decideClaudeCodeBash(c, call.command, ctx);
  return evaluatePermission(c.permissions, call, ctx);
}
