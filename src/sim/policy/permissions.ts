// Claude Code permission rules and modes: deny -> ask -> allow, first match wins; then the mode's
// default for the tool. Sources: https://code.claude.com/docs/en/permissions and
// https://code.claude.com/docs/en/permission-modes. The auto-mode classifier and the human at the
// prompt are later layers: here `ask` means "someone or something else decides".
import { analyzeBash, FILESYSTEM_COMMANDS, pathLikeOperands, readOnlyPaths } from './bashAnalysis.ts';
import { compileBashPattern, matchesBashPattern, normalizeCommand, splitCompound, type BashPattern } from './bashRules.ts';
import { ask, allow, deny, LAYER_PERMISSION_RULES as L, type Decision } from './decision.ts';
import { hostMatches, parseDomainPattern, type DomainPattern } from './domains.ts';
import { compilePathPattern, type PathRuleContext } from './pathRules.ts';
import { isAtOrUnder, resolvePath } from './paths.ts';
import { parseRule } from './ruleSyntax.ts';

/** Claude Code's permission modes, the only list of them, loosest last (a "one notch looser" change follows it). */
export const PERMISSION_MODES = ['plan', 'dontAsk', 'default', 'acceptEdits', 'auto', 'bypassPermissions'] as const;
export type PermissionMode = (typeof PERMISSION_MODES)[number];

/** A tool call as the agent makes it (the only definition; layers/types.ts re-exports it). */
export type ToolCall =
  | { tool: 'Bash'; command: string }
  | { tool: 'Read' | 'Edit' | 'Write'; path: string; content?: string }
  | { tool: 'WebFetch'; url: string }
  | { tool: string; input?: unknown };

export interface PermissionRules {
  allow: string[];
  ask: string[];
  deny: string[];
  defaultMode?: PermissionMode;
  additionalDirectories?: string[];
  /** Which client's defaults apply: the current one (default) or the v1 approve-everything client. */
  client?: 'current' | 'v1';
}

export interface PermissionContext extends PathRuleContext {
  /** Overrides rules.defaultMode (e.g. `--permission-mode` on the command line). */
  mode?: PermissionMode;
}

/** Tools Claude Code counts as read-only: no prompt inside the working directories. */
const READ_TOOLS = new Set(['Read', 'Grep', 'Glob', 'LS', 'NotebookRead']);
/** Edit rules apply to every built-in tool that changes files. */
const EDIT_TOOLS = new Set(['Edit', 'Write', 'MultiEdit', 'NotebookEdit']);
/** Folders whose writes still prompt under bypassPermissions and are never auto-approved in auto mode. */
const PROTECTED_DIRS = ['.git', '.claude', '.vscode', '.idea'];

type Matcher = (call: ToolCall, ctx: PermissionContext) => boolean;

function callPath(call: ToolCall): string | null {
  if ('path' in call && typeof call.path === 'string') return call.path;
  const input = inputOf(call);
  const p = input.file_path ?? input.path ?? input.notebook_path;
  return typeof p === 'string' ? p : null;
}

function inputOf(call: ToolCall): Record<string, unknown> {
  const input = 'input' in call ? call.input : undefined;
  return input !== null && typeof input === 'object' && !Array.isArray(input) ? input as Record<string, unknown> : {};
}

function hostOf(url: string): string | null {
  try {
    return new URL(url).hostname.replace(/\.$/, '').toLowerCase();
  } catch {
    return null;
  }
}

function bashCommands(call: ToolCall): string[] | null {
  return call.tool === 'Bash' && 'command' in call && typeof call.command === 'string'
    ? splitCompound(call.command).map(normalizeCommand) : null;
}

interface CompiledRule {
  raw: string;
  matches: Matcher;
  /** Bash rules match per command of a compound line. */
  bash: BashPattern | 'any' | null;
}

function compileRule(raw: string): CompiledRule | null {
  const parsed = parseRule(raw);
  if ('error' in parsed) return null;
  const { tool, specifier } = parsed;
  if (tool.startsWith('mcp__')) {
    // mcp__server matches every tool of that server; mcp__server__* too; otherwise the exact tool.
    const server = /^mcp__([^_]+(?:_[^_]+)*)(?:__\*)?$/.exec(tool);
    const whole = server !== null && (tool.split('__').length === 2 || tool.endsWith('__*'));
    const prefix = whole ? `mcp__${server?.[1]}__` : null;
    return { raw, bash: null, matches: (c) => (prefix !== null ? c.tool.startsWith(prefix) : c.tool === tool) };
  }
  if (specifier === null) return { raw, bash: tool === 'Bash' ? 'any' : null, matches: (c) => c.tool === tool || (tool === 'Edit' && EDIT_TOOLS.has(c.tool)) || (tool === 'Read' && READ_TOOLS.has(c.tool)) };
  if (tool === 'Bash') {
    const p = compileBashPattern(specifier);
    return { raw, bash: p, matches: () => false };
  }
  if (tool === 'Read' || tool === 'Edit') {
    const family = tool === 'Read' ? READ_TOOLS : EDIT_TOOLS;
    // The pattern's anchors depend on cwd/home/project root, so it is compiled once per context.
    const cache = new Map<string, RegExp | null>();
    return {
      raw, bash: null, matches: (c, ctx) => {
        const p = callPath(c);
        if (!family.has(c.tool) || p === null) return false;
        const key = `${ctx.cwd}\0${ctx.home}\0${ctx.projectRoot}`;
        let re = cache.get(key);
        if (re === undefined) {
          re = compilePathPattern(specifier, ctx);
          cache.set(key, re);
        }
        return re !== null && re.test(resolvePath(p, ctx));
      },
    };
  }
  if (tool === 'WebFetch') {
    const m = /^domain:(.+)$/.exec(specifier);
    const pattern: DomainPattern | null = m === null ? null : parseDomainPattern(m[1] as string);
    return {
      raw, bash: null, matches: (c) => {
        if (c.tool !== 'WebFetch' || pattern === null || !('url' in c) || typeof c.url !== 'string') return false;
        const host = hostOf(c.url);
        return host !== null && hostMatches(host, pattern);
      },
    };
  }
  // Other tools (Task, Skill, ...): the specifier names one input value, e.g. Task(reviewer).
  return { raw, bash: null, matches: (c) => c.tool === tool && Object.values(inputOf(c)).some((v) => v === specifier) };
}

export interface CompiledPermissions {
  compiled: true;
  deny: CompiledRule[];
  ask: CompiledRule[];
  allow: CompiledRule[];
  defaultMode: PermissionMode;
  additionalDirectories: string[];
  /** The current client runs read-only Bash without a prompt; the v1 client asked for every command. */
  readOnlyBash: boolean;
}

export function compilePermissions(rules: PermissionRules): CompiledPermissions {
  const list = (xs: string[]) => xs.map(compileRule).filter((r): r is CompiledRule => r !== null);
  return {
    compiled: true, deny: list(rules.deny), ask: list(rules.ask), allow: list(rules.allow),
    defaultMode: rules.defaultMode ?? 'default', additionalDirectories: rules.additionalDirectories ?? [],
    readOnlyBash: rules.client !== 'v1',
  };
}

function ruleHits(rule: CompiledRule, call: ToolCall, ctx: PermissionContext, commands: string[] | null): boolean {
  if (rule.bash === 'any') return call.tool === 'Bash';
  if (rule.bash !== null) {
    if (commands === null) return false;
    const p = rule.bash;
    return commands.some((c) => matchesBashPattern(p, c));
  }
  return rule.matches(call, ctx);
}

/** Allow needs every command of a compound line covered, by one rule or several. */
function allowHit(rules: CompiledRule[], call: ToolCall, ctx: PermissionContext, commands: string[] | null): CompiledRule | null {
  if (commands === null) return rules.find((r) => ruleHits(r, call, ctx, null)) ?? null;
  const whole = rules.find((r) => r.bash === 'any');
  if (whole !== undefined) return whole;
  const byCommand = commands.map((c) => rules.find((r) => r.bash !== null && r.bash !== 'any' && matchesBashPattern(r.bash, c)));
  return commands.length > 0 && byCommand.every((r) => r !== undefined) ? (byCommand[0] as CompiledRule) : null;
}

function workingDirs(c: CompiledPermissions, ctx: PermissionContext): string[] {
  return [ctx.cwd, ...c.additionalDirectories.map((d) => resolvePath(d, ctx))];
}

function isProtected(absPath: string, ctx: PermissionContext): boolean {
  for (const root of [ctx.cwd, ctx.projectRoot]) {
    if (!isAtOrUnder(absPath, root) || absPath === root) continue;
    const rel = absPath.slice(root === '/' ? 1 : root.length + 1);
    if (PROTECTED_DIRS.some((d) => rel === d || rel.startsWith(d + '/'))) return true;
  }
  return false;
}

// Settings objects are compiled once and reused while the same object is passed in.
const compiledCache = new WeakMap<PermissionRules, CompiledPermissions>();

function compiledOf(rules: PermissionRules | CompiledPermissions): CompiledPermissions {
  if ('compiled' in rules) return rules;
  let c = compiledCache.get(rules);
  if (c === undefined) {
    c = compilePermissions(rules);
    compiledCache.set(rules, c);
  }
  return c;
}

/** The explicit rules only (deny -> ask -> allow); null when none matches and the mode would decide. */
export function matchPermissionRules(rules: PermissionRules | CompiledPermissions, call: ToolCall, ctx: PathRuleContext): Decision | null {
  const c = compiledOf(rules);
  const commands = bashCommands(call);
  const denied = c.deny.find((r) => ruleHits(r, call, ctx, commands));
  if (denied !== undefined) return deny(L, denied.raw, `matches the deny rule ${denied.raw}; deny rules are checked first and always win`);
  const asked = c.ask.find((r) => ruleHits(r, call, ctx, commands));
  if (asked !== undefined) return ask(L, asked.raw, `matches the ask rule ${asked.raw}, so Claude Code prompts even if an allow rule also matches`);
  const allowed = allowHit(c.allow, call, ctx, commands);
  if (allowed !== null) return allow(L, allowed.raw, `matches the allow rule ${allowed.raw}`);
  return null;
}

export function evaluatePermission(rules: PermissionRules | CompiledPermissions, call: ToolCall, ctx: PermissionContext): Decision {
  const c = compiledOf(rules);
  const mode = ctx.mode ?? c.defaultMode;
  if (call.tool === 'Bash' && 'command' in call && typeof call.command === 'string') return evaluateBash(c, call.command, ctx, mode);
  const commands = bashCommands(call);
  const denied = c.deny.find((r) => ruleHits(r, call, ctx, commands));
  if (denied !== undefined) return deny(L, denied.raw, `matches the deny rule ${denied.raw}; deny rules are checked first and always win`);
  const asked = c.ask.find((r) => ruleHits(r, call, ctx, commands));
  if (asked !== undefined) return ask(L, asked.raw, `matches the ask rule ${asked.raw}, so Claude Code prompts even if an allow rule also matches`);
  if (mode === 'bypassPermissions') return allow(L, null, 'bypassPermissions skips every permission prompt');
  const allowed = allowHit(c.allow, call, ctx, commands);
  if (allowed !== null) return allow(L, allowed.raw, `matches the allow rule ${allowed.raw}`);
  return modeDefault(c, call, ctx, mode);
}

/** A Read(...) deny rule that covers a path: the same rules keep Bash from reading it. */
function pathDenyFor(c: CompiledPermissions, tool: 'Read' | 'Edit', absPath: string, ctx: PermissionContext): CompiledRule | undefined {
  // A rule on anything beneath the path (`dir/**`) covers a command naming the folder itself.
  return c.deny.find((r) => r.bash === null && (r.matches({ tool, path: absPath }, ctx) || r.matches({ tool, path: `${absPath}/-` }, ctx)));
}

function readAllowed(c: CompiledPermissions, absPath: string, ctx: PermissionContext): boolean {
  return workingDirs(c, ctx).some((d) => isAtOrUnder(absPath, d)) || c.allow.some((r) => r.bash === null && r.matches({ tool: 'Read', path: absPath }, ctx));
}

/** `src/../x`: a `..` after a folder name, which the real client will not judge from the text (a leading `../` it resolves). */
function hasDotDot(p: string): boolean {
  let named = false;
  for (const seg of p.split('/')) {
    if (seg === '..' && named) return true;
    if (seg !== '' && seg !== '.' && seg !== '..') named = true;
  }
  return false;
}

/** A path operand the read-only rule accepts: no `..`, no variables, inside the working dirs or allowed to Read. */
function plainReadablePath(c: CompiledPermissions, p: string, ctx: PermissionContext, isCd: boolean): boolean {
  if (p.includes('$')) return false;
  if (hasDotDot(p)) return isCd && !p.startsWith('/') && !p.startsWith('~');
  return readAllowed(c, resolvePath(p, ctx), ctx);
}

function writablePath(c: CompiledPermissions, p: string, ctx: PermissionContext): boolean {
  if (p.includes('$') || /[*?[]/.test(p) || hasDotDot(p)) return false;
  const abs = resolvePath(p, ctx);
  return workingDirs(c, ctx).some((d) => isAtOrUnder(abs, d)) && !isProtected(abs, ctx);
}

function evaluateBash(c: CompiledPermissions, line: string, ctx: PermissionContext, mode: PermissionMode): Decision {
  const call: ToolCall = { tool: 'Bash', command: line };
  const commands = bashCommands(call) ?? [];
  const denied = c.deny.find((r) => ruleHits(r, call, ctx, commands));
  if (denied !== undefined) return deny(L, denied.raw, `matches the deny rule ${denied.raw}; deny rules are checked first and always win`);
  const analysis = analyzeBash(line);
  // Read(...) deny rules also refuse a command that names a denied path (as the real client does).
  for (const cmd of analysis.commands) {
    for (const p of readOnlyPaths(cmd) ?? pathLikeOperands(cmd)) {
      if (p.includes('$')) continue;
      const rule = pathDenyFor(c, 'Read', resolvePath(p, ctx), ctx);
      if (rule !== undefined) return deny(L, rule.raw, `the command reads ${p}, which the deny rule ${rule.raw} covers: Read rules apply to Bash too`);
    }
  }
  // Edit(...) deny rules refuse a command that would change a denied path (rm, mv, cp, touch, mkdir, a redirection).
  for (const cmd of analysis.commands) {
    const targets = [...cmd.writes, ...(FILESYSTEM_COMMANDS.has(cmd.words[0] ?? '') ? cmd.words.slice(1).filter((w) => !w.startsWith('-')) : [])];
    for (const t of targets) {
      if (t.includes('$')) continue;
      const rule = pathDenyFor(c, 'Edit', resolvePath(t, ctx), ctx);
      if (rule !== undefined) return deny(L, rule.raw, `the command changes ${t}, which the deny rule ${rule.raw} covers: Edit rules apply to Bash too`);
    }
  }
  const asked = c.ask.find((r) => ruleHits(r, call, ctx, commands));
  if (asked !== undefined) return ask(L, asked.raw, `matches the ask rule ${asked.raw}, so Claude Code prompts even if an allow rule also matches`);
  if (mode === 'bypassPermissions') return allow(L, null, 'bypassPermissions skips every permission prompt');
  const redirects = analysis.commands.flatMap((cmd) => cmd.writes);
  if (redirects.length === 0) {
    const allowed = allowHit(c.allow, call, ctx, commands);
    if (allowed !== null) return allow(L, allowed.raw, `matches the allow rule ${allowed.raw}`);
  }
  const readOnly = c.readOnlyBash && !analysis.substitution && analysis.commands.length > 0 && analysis.commands.every((cmd) => {
    const paths = readOnlyPaths(cmd);
    return paths !== null && paths.every((p) => plainReadablePath(c, p, ctx, cmd.words[0] === 'cd'));
  });
  if (readOnly) return allow(L, null, 'a read-only command on paths inside the working directories needs no approval');
  if (mode === 'acceptEdits' && c.readOnlyBash && !analysis.substitution && analysis.commands.length > 0 && analysis.commands.every((cmd) => {
    if (cmd.envPrefix || !cmd.writes.every((w) => writablePath(c, w, ctx))) return false;
    const name = cmd.words[0] ?? '';
    if (FILESYSTEM_COMMANDS.has(name)) {
      const ops = cmd.words.slice(1).filter((w) => !w.startsWith('-'));
      return ops.length > 0 && ops.every((w) => writablePath(c, w, ctx));
    }
    const paths = readOnlyPaths({ ...cmd, writes: [] });
    return paths !== null && paths.every((p) => plainReadablePath(c, p, ctx, name === 'cd'));
  })) return allow(L, null, 'acceptEdits approves file commands (mkdir, touch, rm, rmdir, mv, cp) and redirections on paths inside the working directories');
  switch (mode) {
    case 'plan': return deny(L, null, 'plan mode only lets read-only commands run; this one would change something, so it is refused');
    case 'dontAsk': return deny(L, null, 'no allow rule pre-approves this command and it is not read-only; dontAsk refuses instead of prompting');
    case 'auto': return ask(L, null, 'auto mode sends Bash commands no rule covers to its transcript classifier');
    default: return ask(L, null, c.readOnlyBash
      ? `no rule covers this command and it is not a read-only command inside the working directories, so Claude Code prompts (mode ${mode})`
      : `no rule covers this command, and the v1 client asks before every Bash command (mode ${mode})`);
  }
}

function modeDefault(c: CompiledPermissions, call: ToolCall, ctx: PermissionContext, mode: PermissionMode): Decision {
  const path = callPath(call);
  const abs = path === null ? null : resolvePath(path, ctx);
  const inWorkDirs = abs !== null && workingDirs(c, ctx).some((d) => isAtOrUnder(abs, d));
  const tag = `mode ${mode}`;
  if (READ_TOOLS.has(call.tool)) {
    if (inWorkDirs || path === null) return allow(L, null, `${call.tool} is read-only and needs no approval inside the working directories (${tag})`);
    if (mode === 'plan') return allow(L, null, 'plan mode lets the agent read anywhere while it explores');
    if (mode === 'dontAsk') return deny(L, null, 'reading outside the working directories would prompt, and dontAsk turns prompts into denials');
    return ask(L, null, `${call.tool} outside the working directories prompts (${tag})`);
  }
  const isEdit = EDIT_TOOLS.has(call.tool);
  switch (mode) {
    case 'bypassPermissions':
      return allow(L, null, 'bypassPermissions skips every permission prompt');
    case 'dontAsk':
      return deny(L, null, `no allow rule pre-approves this ${call.tool} call, and dontAsk denies instead of prompting`);
    case 'plan':
      if (isEdit && abs !== null && isProtected(abs, ctx)) return deny(L, null, `plan mode refuses changes to a protected folder (.git, .claude, .vscode, .idea)`);
      if (isEdit) return ask(L, null, `plan mode asks before ${call.tool} changes a file`);
      return deny(L, null, `plan mode explores without acting: ${call.tool} is not run`);
    case 'acceptEdits':
      if (isEdit && inWorkDirs && abs !== null && !isProtected(abs, ctx)) return allow(L, null, 'acceptEdits auto-accepts file edits inside the working directories');
      if (isEdit && abs !== null && isProtected(abs, ctx)) return ask(L, null, `${abs} is in a protected folder (.git, .claude, .vscode, .idea): acceptEdits still asks`);
      return ask(L, null, `${call.tool} is not an edit inside the working directories, so acceptEdits still prompts`);
    case 'auto':
      if (isEdit && inWorkDirs && abs !== null && !isProtected(abs, ctx)) return allow(L, null, 'auto mode approves in-project file edits outside protected paths');
      return ask(L, null, `auto mode sends ${call.tool} calls no rule covers to its transcript classifier`);
    case 'default':
      return ask(L, null, `no rule covers this ${call.tool} call, so Claude Code prompts (mode default)`);
  }
}


/**
 * Files whose writes a PreToolUse hook's "allow" does not approve (measured on 2.1.328: `echo >> ~/.bashrc`,
 * `echo > .git/config` and a Write to .claude/settings.local.json still ask; writes elsewhere outside the
 * project do not). Shell and tool start-up files anywhere, plus the project's protected folders.
 */
const STARTUP_FILES = new Set(['.bashrc', '.bash_profile', '.zshrc', '.zprofile', '.profile', '.gitconfig', '.gitmodules', '.ripgreprc', '.mcp.json', '.claude.json']);

/** Whether a call would change a protected folder of the project or a start-up file. */
export function writesProtectedPath(call: ToolCall, ctx: PermissionContext): boolean {
  const hit = (p: string) => {
    if (p.includes('$')) return false;
    const abs = resolvePath(p, ctx);
    return isProtected(abs, ctx) || STARTUP_FILES.has(abs.slice(abs.lastIndexOf('/') + 1));
  };
  if (call.tool === 'Bash' && 'command' in call && typeof call.command === 'string') {
    return analyzeBash(call.command).commands.some((cmd) => [...cmd.writes, ...(FILESYSTEM_COMMANDS.has(cmd.words[0] ?? '') ? cmd.words.slice(1).filter((w) => !w.startsWith('-')) : [])].some(hit));
  }
  return EDIT_TOOLS.has(call.tool) && 'path' in call && typeof call.path === 'string' && hit(call.path);
}
