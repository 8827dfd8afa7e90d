// Every Claude Code tool call of an incident, with the incident's world moved into a case's throwaway
// root (its home becomes $HOME, its project $PROJ). MCP and sub-agent calls need servers the harness
// does not start and are left out. Shared by the differential suite (test/fidelity) and `verify`.
import type { ClaudeCodeProfile } from '../../sim/profile/schema.ts';
import type { Scenario, ScriptItem, ToolStep } from '../../sim/scenarios/types.ts';
import type { CallSpec, CcCase } from './caseTypes.ts';
import { SETTINGS_AT } from './realSession.ts';

/** A Claude Code profile as the settings.json that says the same (what a file can express). */
export function profileToSettings(p: ClaudeCodeProfile): { settings: Record<string, unknown>; mode?: 'bypassPermissions' } {
  const { defaultMode, allow, ask, deny, additionalDirectories } = p.permissions;
  const s = p.sandbox;
  const settings = {
    permissions: { ...(defaultMode === 'bypassPermissions' ? {} : { defaultMode }), allow, ask, deny, additionalDirectories },
    sandbox: {
      enabled: s.enabled && s.available, autoAllowBashIfSandboxed: s.autoAllowBashIfSandboxed, allowUnsandboxedCommands: s.allowUnsandboxedCommands,
      failIfUnavailable: s.failIfUnavailable, excludedCommands: s.excludedCommands, network: s.network, filesystem: s.filesystem,
    },
  };
  // A project file cannot switch permissions off; the mode comes from the command line instead.
  return defaultMode === 'bypassPermissions' ? { settings, mode: 'bypassPermissions' } : { settings };
}

/** Programs the incident worlds model as data (git history, the npm registry, a vendor upload CLI). */
const MODELED = new Set(['git', 'npm', 'anthropic-upload']);

function modeledOnly(command: string): boolean {
  return command.split(/&&|\|\||[;|]/).some((part) => MODELED.has(part.trim().split(/\s+/)[0] ?? ''));
}

function steps(script: readonly ScriptItem[]): ToolStep[] {
  return script.flatMap((i) => (i.kind === 'task' ? [i.step] : i.kind === 'injection' ? i.steps : []));
}

/** An incident's calls and world, ready to become a case under any settings; null when it has no such calls. */
export type IncidentCase = Pick<CcCase, 'calls' | 'files' | 'links' | 'canaries'>;

export function incidentCase(scenario: Scenario): IncidentCase | null {
  const world = scenario.world();
  const cwd = scenario.project;
  const home = world.host.home;
  const move = (text: string) => text.replaceAll(cwd, '$PROJ').replaceAll(home, '$HOME');
  const movePath = (p: string) => (p.startsWith('/') || p.startsWith('~') ? move(p) : `$PROJ/${p}`);
  const calls: CallSpec[] = [];
  for (const step of steps(scenario.script)) {
    const c = step.call;
    const disable = step.dangerouslyDisableSandbox === true;
    if (c.tool === 'Bash' && 'command' in c) {
      const judge = modeledOnly(c.command) ? { judge: 'decision' as const } : {};
      calls.push({ tool: 'Bash', command: move(c.command), ...judge, ...(disable ? { dangerouslyDisableSandbox: true } : {}) });
      if (step.onBlocked === 'retry-unsandboxed' && !disable) calls.push({ tool: 'Bash', command: move(c.command), ...judge, dangerouslyDisableSandbox: true });
    } else if ((c.tool === 'Read' || c.tool === 'Write' || c.tool === 'Edit') && 'path' in c) {
      calls.push(c.tool === 'Write' ? { tool: 'Write', path: movePath(c.path), ...(c.content === undefined ? {} : { content: c.content }) } : { tool: c.tool, path: movePath(c.path) });
    } else if (c.tool === 'WebFetch' && 'url' in c) calls.push({ tool: 'WebFetch', url: c.url });
  }
  if (calls.length === 0) return null;
  const files: Record<string, string> = {};
  for (const f of world.host.files) {
    const rel = f.path.startsWith(cwd + '/') ? `proj/${f.path.slice(cwd.length + 1)}` : f.path.startsWith(home + '/') ? `home/${f.path.slice(home.length + 1)}` : null;
    if (rel !== null && rel !== SETTINGS_AT) files[rel] = f.content;
  }
  const inWorld = (p: string) => (p.startsWith(cwd + '/') ? `proj/${p.slice(cwd.length + 1)}` : p.startsWith(home + '/') ? `home/${p.slice(home.length + 1)}` : null);
  const links: Record<string, string> = {};
  for (const l of world.host.symlinks) {
    const rel = inWorld(l.path);
    const target = inWorld(l.target);
    if (rel !== null) links[rel] = target === null ? l.target : `$ROOT/${target}`;
  }
  const canaries = Object.fromEntries(world.secrets.map((s) => [s.canary, s.id]));
  return { calls, files, links, canaries };
}
