// Claude Code's two enforcement layers together: permission rules for every tool call, and the
// OS sandbox (sandbox-runtime) around Bash. Facts: https://code.claude.com/docs/en/sandboxing and
// https://code.claude.com/docs/en/settings ("Sandbox settings"). Claude Code makes the working
// directory (and additionalDirectories) writable inside the sandbox; with autoAllowBashIfSandboxed a
// sandboxed command runs without a prompt, but deny and ask rules still apply; excludedCommands run
// outside the sandbox under the normal rules; a command that fails in the sandbox may be retried
// unsandboxed only through an approval, and allowUnsandboxedCommands: false removes that retry.
import { allow, ask, deny, LAYER_OS_SANDBOX, LAYER_PERMISSION_RULES, type Decision } from './decision.ts';
import { compileBashPattern, matchesBashPattern, normalizeCommand, splitCompound, type BashPattern } from './bashRules.ts';
import { compilePermissions, evaluatePermission, matchPermissionRules, type CompiledPermissions, type PermissionContext, type PermissionRules } from './permissions.ts';
import { sandboxPathsFromRules } from './rulesIntoSandbox.ts';
import { analyzeBash } from './bashAnalysis.ts';
import { compileSandbox, type CompiledSandbox, type SandboxContext, type SandboxSettings } from './sandbox.ts';

export interface ClaudeCodeSandboxBlock {
  enabled?: boolean;
  autoAllowBashIfSandboxed?: boolean;
  excludedCommands?: string[];
  allowUnsandboxedCommands?: boolean;
  failIfUnavailable?: boolean;
  network?: { allowedDomains?: string[]; deniedDomains?: string[]; allowUnixSockets?: string[]; allowLocalBinding?: boolean; allowManagedDomainsOnly?: boolean };
  filesystem?: { allowWrite?: string[]; denyWrite?: string[]; denyRead?: string[]; allowRead?: string[] };
}

export interface ClaudeCodeSettingsBlocks {
  permissions: PermissionRules;
  sandbox: ClaudeCodeSandboxBlock;
}

export interface CompiledClaudeCode {
  permissions: CompiledPermissions;
  sandbox: CompiledSandbox | null;
  block: Required<Pick<ClaudeCodeSandboxBlock, 'autoAllowBashIfSandboxed' | 'allowUnsandboxedCommands' | 'failIfUnavailable'>> & { excluded: BashPattern[] };
}

/** The sandbox-runtime settings Claude Code hands the runtime for Bash. */
export function claudeCodeSandboxSettings(p: ClaudeCodeSettingsBlocks): SandboxSettings {
  const fs = p.sandbox.filesystem ?? {};
  const net = p.sandbox.network ?? {};
  const fromRules = sandboxPathsFromRules(p.permissions);
  return {
    network: {
      // Under managed-only domains, WebFetch allow rules no longer open the network (the managed file's
      // own are already in allowedDomains: config/mergeScopes.ts).
      allowedDomains: [...(net.allowedDomains ?? []), ...(net.allowManagedDomainsOnly === true ? [] : fromRules.allowedDomains)], deniedDomains: [...(net.deniedDomains ?? []), ...fromRules.deniedDomains],
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

export function compileClaudeCode(p: ClaudeCodeSettingsBlocks, ctx: SandboxContext): CompiledClaudeCode {
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

/** What every tool call meets when failIfUnavailable holds and the sandbox cannot start: no session. */
export function refusedStart(): Decision {
  return deny(LAYER_OS_SANDBOX, 'sandbox.failIfUnavailable', 'the sandbox cannot start here and failIfUnavailable is true, so Claude Code refuses to start: no tool runs');
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
      return { ...refusedStart(), sandboxed: false };
    }
    return { ...rules, reason: `the sandbox cannot start, so Claude Code warns and runs Bash unsandboxed under the permission rules: ${rules.reason}`, sandboxed: false };
  }
  // Measured on 2.1.328 (differential group "excludedCommands in compound lines"): only a line that is
  // one simple command matching an entry leaves the sandbox; a compound line, a pipe or a redirection
  // (`docker; ls`, `ls && docker`, `echo hi | docker`, `docker >/dev/null`) stays sandboxed.
  const parts = splitCompound(command).map(normalizeCommand);
  const simple = parts.length === 1 && !/[<>|`]|\$\(/.test(command);
  const excluded = simple && c.block.excluded.some((pattern) => matchesBashPattern(pattern, parts[0] as string));
  if (excluded) {
    return { ...rules, reason: `an excludedCommands entry runs this outside the sandbox, under the permission rules: ${rules.reason}`, sandboxed: false };
  }
  const mode = ctx.mode ?? c.permissions.defaultMode;
  // Plan mode refuses what is not read-only even inside the sandbox (measured on 2.1.328).
  if (c.block.autoAllowBashIfSandboxed && mode !== 'plan') {
    // Auto-allow: only explicit Bash deny and ask rules still stand; what the command may touch is the
    // sandbox's to decide (Read deny rules arrive there as denyRead, see claudeCodeSandboxSettings).
    const explicit = matchPermissionRules(c.permissions, { tool: 'Bash', command }, ctx);
    if (explicit !== null) return { ...explicit, sandboxed: true };
    const suspicious = autoAllowRefuses(command);
    if (suspicious !== null && rules.decision !== 'allow') return { ...rules, reason: `${suspicious}, so auto-allow does not cover it: ${rules.reason}`, sandboxed: true };
    return { ...allow(LAYER_OS_SANDBOX, 'sandbox.autoAllowBashIfSandboxed', 'the command runs inside the OS sandbox without a prompt; the sandbox decides each file and network access'), sandboxed: true };
  }
  return { ...rules, sandboxed: true };
}

/**
 * Shapes the real client does not auto-allow even inside the sandbox (measured on 2.1.328; each is a
 * differential case): an environment assignment before the command, a word starting with `=` (zsh's
 * `=cmd` expansion), a quoted `export NAME=`, and curl or wget fetching a URL whose query sets a value. Null when none applies.
 */
function autoAllowRefuses(command: string): string | null {
  const { commands } = analyzeBash(command);
  if (commands.some((c) => c.envPrefix)) return 'it sets environment variables for the command';
  if (commands.some((c) => c.words.some((w) => w.startsWith('=')))) return 'a word starts with "=", which some shells expand to a program path';
  if (/(["'])[^"']*\bexport\s+[A-Za-z_][A-Za-z0-9_]*=[^"']*\1/.test(command)) return 'it quotes an `export NAME=` assignment';
  if (commands.some((c) => (c.words[0] === 'curl' || c.words[0] === 'wget') && c.words.some((w) => /^https?:\/\/[^?\s]*\?[^\s]*=/.test(w)))) return 'it fetches a URL whose query carries values';
  return null;
}


/**
 * A command the agent asks to run outside the sandbox (dangerouslyDisableSandbox). Without a sandbox it
 * is an ordinary command. With the escape hatch open, an explicit rule decides (an allow rule lets it out
 * with no prompt, as the real client does); otherwise it needs a person's yes, in every mode that asks.
 * With the hatch removed the flag is ignored by the caller and the command is sandboxed as usual.
 */
export function decideUnsandboxedRetry(c: CompiledClaudeCode, command: string, ctx: PermissionContext): Decision {
  const rules = evaluatePermission(c.permissions, { tool: 'Bash', command }, ctx);
  if (c.sandbox === null) return rules;
  if (!c.block.allowUnsandboxedCommands) {
    return deny(LAYER_OS_SANDBOX, 'sandbox.allowUnsandboxedCommands', 'allowUnsandboxedCommands is false: there is no escape hatch, the command stays sandboxed');
  }
  const explicit = matchPermissionRules(c.permissions, { tool: 'Bash', command }, ctx);
  if (explicit !== null) return explicit;
  const mode = ctx.mode ?? c.permissions.defaultMode;
  if (mode === 'bypassPermissions' || rules.decision === 'deny') return rules;
  return ask(LAYER_PERMISSION_RULES, 'sandbox.allowUnsandboxedCommands', `running "${command}" outside the sandbox needs the user's approval`);
}
