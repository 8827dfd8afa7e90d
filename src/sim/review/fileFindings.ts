// What a settings file says that the incident runs do not show: keys the engine reads but does not
// simulate (hooks, env, helpers, sockets, outside proxies), keys the real tool does not know (a typo
// such as `sandbox.netwrk` silently drops the allowlist), and keys in the wrong place. Each finding
// names the file, the JSON paths responsible and what to do. Pure: the page and the CLI share it.
import { readJson } from '../config/issues.ts';
import { checkedObjects, keyInfo, knownPaths, type KeyInfo } from '../config/settingsKeys.ts';
import type { SettingsScope } from '../config/mergeScopes.ts';

export type FindingLevel = 'error' | 'warning' | 'note';

export interface FileFinding {
  /** Stable rule id (SARIF ruleId), e.g. `settings/unknown-key`. */
  rule: string;
  source: string;
  level: FindingLevel;
  title: string;
  detail: string;
  /** JSON paths responsible, most specific first. */
  paths: string[];
  fix: string | null;
}

export interface KeyAccount {
  path: string;
  source: string;
  info: KeyInfo;
}

export interface FileReview {
  findings: FileFinding[];
  /** Every key present in the files, with what the engine does with it. */
  keys: KeyAccount[];
}

export interface ReviewedSource {
  name: string;
  text: string;
  format: 'claude-code' | 'srt' | 'profile';
  scope: SettingsScope | null;
}

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => v !== null && typeof v === 'object' && !Array.isArray(v);
const at = (root: unknown, path: string): unknown => path.split('.').reduce<unknown>((cur, k) => (isObj(cur) ? cur[k] : undefined), root);
const join = (parent: string, key: string) => (parent === '' ? key : `${parent}.${key}`);

function distance(a: string, b: string): number {
  const x = a.toLowerCase();
  const y = b.toLowerCase();
  let prev = Array.from({ length: y.length + 1 }, (_, i) => i);
  for (let i = 1; i <= x.length; i += 1) {
    const cur = [i];
    for (let j = 1; j <= y.length; j += 1) cur[j] = Math.min((prev[j] ?? 0) + 1, (cur[j - 1] ?? 0) + 1, (prev[j - 1] ?? 0) + (x[i - 1] === y[j - 1] ? 0 : 1));
    prev = cur;
  }
  return prev[y.length] ?? 0;
}

/** The known key a stray key most likely meant: same object first (a typo), then anywhere (misplaced). */
function suggestion(format: 'claude-code' | 'srt', parent: string, key: string): { path: string; kind: 'typo' | 'misplaced' } | null {
  const all = knownPaths(format);
  const leaf = (p: string) => p.slice(p.lastIndexOf('.') + 1);
  const parentOf = (p: string) => (p.includes('.') ? p.slice(0, p.lastIndexOf('.')) : '');
  const siblings = all.filter((p) => parentOf(p) === parent);
  // Short keys ("ui") are too near too many others to guess at; case alone is always a typo.
  const limit = key.length < 5 ? 0 : Math.min(3, Math.floor(key.length / 4));
  const typo = siblings.map((p) => ({ p, d: distance(leaf(p), key) })).filter((c) => c.d <= limit).sort((a, b) => a.d - b.d)[0];
  if (typo) return { path: typo.p, kind: 'typo' };
  const elsewhere = all.filter((p) => leaf(p) === key && parentOf(p) !== parent);
  if (elsewhere.length > 0) return { path: elsewhere[0] as string, kind: 'misplaced' };
  // `sandbox.network` written at the top level of a Claude Code file, and similar.
  if (format === 'claude-code' && parent === '' && (key === 'network' || key === 'filesystem')) return { path: `sandbox.${key}`, kind: 'misplaced' };
  return null;
}

function accountKeys(source: string, format: 'claude-code' | 'srt', value: Obj, findings: FileFinding[]): KeyAccount[] {
  const keys: KeyAccount[] = [];
  for (const parent of checkedObjects(format)) {
    const obj = parent === '' ? value : at(value, parent);
    if (!isObj(obj)) continue;
    for (const key of Object.keys(obj)) {
      const path = join(parent, key);
      const info = keyInfo(format, path);
      if (info) {
        keys.push({ path, source, info });
        continue;
      }
      const tool = format === 'srt' ? 'sandbox-runtime' : 'Claude Code';
      const s = suggestion(format, parent, key);
      const meant = s ? keyInfo(format, s.path) : null;
      const matters = meant !== null && meant.status !== 'no-containment-effect';
      findings.push({
        rule: s?.kind === 'misplaced' ? 'settings/misplaced-key' : 'settings/unknown-key', source,
        level: matters ? 'warning' : 'note',
        title: s?.kind === 'typo' ? `"${path}" is not a ${tool} key: probably a typo for "${s.path}"`
          : s?.kind === 'misplaced' ? `"${path}" is in the wrong place: ${tool} reads it as "${s.path}"`
            : `"${path}" is not a ${tool} key`,
        detail: `${tool} ignores it, so whatever it was meant to set is not set${matters ? ` (${s?.path}: ${meant?.effect})` : ''}.`,
        paths: [path], fix: s ? `rename or move it to "${s.path}"` : 'remove it, or check the key against the settings documentation',
      });
    }
  }
  return keys;
}

const CREDENTIAL_ENV: Record<string, string> = {
  ANTHROPIC_BASE_URL: 'sends every API request, with your API key or login token, to that address',
  ANTHROPIC_BEDROCK_BASE_URL: 'sends Bedrock requests and their credentials to that address',
  ANTHROPIC_VERTEX_BASE_URL: 'sends Vertex requests and their credentials to that address',
  ANTHROPIC_API_KEY: 'puts an API key in the file: sessions run on that key\'s account (whoever holds it sees the traffic)',
  ANTHROPIC_AUTH_TOKEN: 'puts a bearer token in the file',
  ANTHROPIC_CUSTOM_HEADERS: 'adds headers to every API request',
  HTTP_PROXY: 'routes traffic through that proxy', HTTPS_PROXY: 'routes traffic through that proxy', ALL_PROXY: 'routes traffic through that proxy',
  NO_PROXY: 'exempts hosts from the proxy',
  NODE_TLS_REJECT_UNAUTHORIZED: 'with "0", switches off TLS certificate checks (anyone on the path can read the traffic)',
  NODE_EXTRA_CA_CERTS: 'trusts an extra certificate authority (a proxy holding it can read the traffic)',
};

function envFindings(source: string, scope: SettingsScope | null, value: Obj, out: FileFinding[]): void {
  const env = value.env;
  if (!isObj(env)) return;
  const fromRepo = scope === 'project' || scope === 'local';
  for (const [name, v] of Object.entries(env)) {
    const what = CREDENTIAL_ENV[name.toUpperCase()];
    if (what === undefined) continue;
    if (name.toUpperCase() === 'NODE_TLS_REJECT_UNAUTHORIZED' && String(v) !== '0') continue;
    out.push({
      rule: 'settings/env-credential-route', source, level: fromRepo || name.toUpperCase() === 'ANTHROPIC_BASE_URL' ? 'error' : 'warning',
      title: `env.${name} changes where credentials or traffic go`,
      detail: `${what}.${fromRepo ? ' In project settings a repository chooses this for whoever opens it; ANTHROPIC_BASE_URL in project settings sending the key before the trust prompt is a published Claude Code CVE.' : ''}`,
      paths: [`env.${name}`], fix: fromRepo ? 'set it in user or managed settings, never in a repository\'s settings' : 'check the address is yours',
    });
  }
}

const HELPERS = ['apiKeyHelper', 'awsCredentialExport', 'awsAuthRefresh', 'gcpAuthRefresh', 'otelHeadersHelper', 'proxyAuthHelper', 'statusLine', 'subagentStatusLine', 'fileSuggestion'];

function commandOf(v: unknown): string | null {
  if (typeof v === 'string' && v.trim() !== '') return v;
  if (isObj(v) && typeof v.command === 'string') return v.command;
  return null;
}

function helperFindings(source: string, scope: SettingsScope | null, value: Obj, out: FileFinding[]): void {
  const fromRepo = scope === 'project' || scope === 'local';
  for (const key of HELPERS) {
    const command = commandOf(value[key]);
    if (command === null) continue;
    const credential = key !== 'statusLine' && key !== 'subagentStatusLine' && key !== 'fileSuggestion';
    out.push({
      rule: credential ? 'settings/credential-helper' : 'settings/host-command', source,
      level: credential ? (fromRepo ? 'error' : 'warning') : fromRepo ? 'warning' : 'note',
      title: `${key} runs \`${command.slice(0, 80)}\` on the host, outside the sandbox`,
      detail: `${credential ? 'Its output becomes a credential Claude Code sends. ' : ''}The sandbox covers Bash commands the agent runs, not commands Claude Code itself runs for settings.${fromRepo ? ' This file sits in the repository, so whoever can change the repository chooses what runs.' : ''}`,
      paths: [key], fix: fromRepo ? 'keep commands out of project settings, or review the script as code that runs on every start' : null,
    });
  }
}

/** Hook events that run a command on the host with no tool call to block. */
const UNGATED_EVENTS = new Set(['SessionStart', 'SessionEnd', 'UserPromptSubmit', 'Stop', 'SubagentStop', 'PreCompact', 'Notification', 'Setup']);

function hookFindings(source: string, scope: SettingsScope | null, value: Obj, out: FileFinding[]): void {
  const hooks = value.hooks;
  if (!isObj(hooks)) return;
  if (value.disableAllHooks === true) {
    out.push({ rule: 'settings/hooks-disabled', source, level: 'note', title: 'disableAllHooks is true: none of these hooks run, blocking ones included', detail: 'A PreToolUse hook meant to block calls does nothing while hooks are off.', paths: ['disableAllHooks', 'hooks'], fix: null });
    return;
  }
  const fromRepo = scope === 'project' || scope === 'local';
  for (const [event, groups] of Object.entries(hooks)) {
    if (!Array.isArray(groups)) continue;
    groups.forEach((g, gi) => {
      if (!isObj(g) || !Array.isArray(g.hooks)) return;
      const matcher = typeof g.matcher === 'string' && g.matcher !== '' ? g.matcher : '*';
      g.hooks.forEach((h, hi) => {
        const type = isObj(h) && typeof h.type === 'string' ? h.type : 'command';
        if (type !== 'command') {
          // Only command hooks are run by the engine (config/hooksSettings.ts): say what the others could change.
          const target = isObj(h) && typeof h.url === 'string' ? ` to ${h.url.slice(0, 80)}` : '';
          out.push({
            rule: 'settings/hook-not-modeled', source, level: 'warning',
            title: `${event} hook of type "${type.slice(0, 40)}" is not modeled`,
            detail: `The incident runs do not execute ${type} hooks, so the verdicts above leave it out.${event === 'PreToolUse' ? ' As a PreToolUse hook it could block or allow matching calls.' : ''}${type === 'http' ? ` It sends each event's data${target} from the host, outside the sandbox.` : ' It runs outside the sandbox, with your rights.'}`,
            paths: [`hooks.${event}[${gi}].hooks[${hi}].type`], fix: null,
          });
          return;
        }
        const command = isObj(h) ? commandOf(h) : null;
        if (command === null) return;
        const path = `hooks.${event}[${gi}].hooks[${hi}].command`;
        if (event === 'PreToolUse') {
          out.push({
            rule: 'settings/hook-gate', source, level: 'note',
            title: `PreToolUse hook on "${matcher}" can block those tool calls`,
            detail: `\`${command.slice(0, 80)}\` runs on the host before each matching call; exiting with code 2 (or printing a JSON permissionDecision "deny") blocks the call, measured on Claude Code 2.1.328. The incident runs execute it over the modeled machine, so a block it makes is in the verdicts above; it is a pattern over tool names and inputs, not a boundary around what an allowed command then does, and it runs unsandboxed itself.`,
            paths: [path, `hooks.${event}[${gi}].matcher`], fix: null,
          });
          return;
        }
        const ungated = UNGATED_EVENTS.has(event);
        out.push({
          rule: 'settings/hook-unsandboxed', source, level: fromRepo && ungated ? 'error' : 'warning',
          title: `${event} hook${ungated ? '' : ` on "${matcher}"`} runs \`${command.slice(0, 60)}\` on the host, outside the sandbox`,
          detail: `${ungated ? `It runs at ${event} with no tool call and no prompt.` : 'It runs after each matching tool call, with no prompt.'} Hooks run with your own rights, not the sandbox's: anything that can change the command or the script it names gets code run outside the sandbox.${fromRepo ? ' In a repository\'s settings that is whoever can change the repository (the "config parsed before trust" incident).' : ''}`,
          paths: [path], fix: fromRepo ? 'keep hooks in user or managed settings, or make sure the script they run is write-protected from the agent (sandbox.filesystem.denyWrite)' : null,
        });
      });
    });
  }
}

function sandboxFindings(source: string, format: 'claude-code' | 'srt', value: Obj, out: FileFinding[]): void {
  const base = format === 'srt' ? '' : 'sandbox.';
  const sandbox = format === 'srt' ? value : value.sandbox;
  if (!isObj(sandbox)) return;
  const net = isObj(sandbox.network) ? sandbox.network : {};
  const sockets = Array.isArray(net.allowUnixSockets) ? net.allowUnixSockets : [];
  sockets.forEach((s, i) => {
    if (typeof s !== 'string') return;
    const docker = /docker\.sock$|podman\.sock$|containerd\.sock$/.test(s);
    out.push({
      rule: 'settings/unix-socket', source, level: docker ? 'error' : 'warning',
      title: docker ? `${s} is reachable from the sandbox: a way out of it` : `Unix socket ${s} is reachable from the sandbox`,
      detail: docker ? 'Through the container engine\'s socket a sandboxed command can start a container with the host\'s filesystem mounted and the network open: nothing the sandbox denies holds.' : 'A socket reaches a process outside the sandbox, with that process\'s rights.',
      paths: [`${base}network.allowUnixSockets[${i}]`], fix: docker ? 'remove it; run container work outside the agent or in a separate, disposable machine' : 'allow only sockets whose far end you trust',
    });
  });
  if (net.allowAllUnixSockets === true) {
    out.push({ rule: 'settings/unix-socket', source, level: 'error', title: 'every Unix socket is reachable from the sandbox', detail: 'That includes the container engine\'s socket and SSH agents: processes outside the sandbox acting for the sandboxed command.', paths: [`${base}network.allowAllUnixSockets`], fix: 'set it to false and list the sockets you need' });
  }
  for (const key of ['httpProxyPort', 'socksProxyPort'] as const) {
    if (typeof net[key] !== 'number') continue;
    out.push({
      rule: 'settings/external-proxy', source, level: 'warning',
      title: `${key} ${net[key] as number}: domain filtering is handed to an outside proxy`,
      detail: `Sandboxed traffic goes to the proxy on port ${net[key] as number} instead of the sandbox's own, so that proxy's rules decide what leaves, not allowedDomains. This review runs the allowlist as written; it cannot see the proxy.`,
      paths: [`${base}network.${key}`], fix: 'make sure the proxy enforces at least the allowlist in this file, or remove the key',
    });
  }
  const weak: [string, FindingLevel, string][] = [
    ['enableWeakerNestedSandbox', 'warning', 'the sandbox runs without its own /proc: host processes and their details stay readable'],
    ['enableWeakerNetworkIsolation', 'warning', 'the trustd service is reachable from the sandbox, a possible way out for data'],
    ['allowNestedUserNamespaces', 'error', 'sandboxed commands can create user namespaces and with them get round denyWrite/denyRead'],
  ];
  for (const [key, level, what] of weak) {
    if (sandbox[key] !== true) continue;
    out.push({ rule: 'settings/weaker-sandbox', source, level, title: `${key} is true`, detail: `${what}.`, paths: [`${base}${key}`], fix: 'set it to false unless the machine cannot run the full sandbox' });
  }
  if (format === 'claude-code' && sandbox.enabled !== true && (isObj(sandbox.network) || isObj(sandbox.filesystem))) {
    const rules = ['network', 'filesystem'].filter((k) => isObj(sandbox[k])).map((k) => `sandbox.${k}`);
    out.push({
      rule: 'settings/sandbox-rules-inert', source, level: 'warning',
      title: `${rules.join(' and ')} ${rules.length > 1 ? 'are' : 'is'} set but the sandbox is off`,
      detail: 'Claude Code applies these rules only to sandboxed Bash; with sandbox.enabled not true in any scope they restrict nothing.',
      paths: [sandbox.enabled === undefined ? 'sandbox' : 'sandbox.enabled', ...rules], fix: 'set "sandbox.enabled" to true',
    });
  }
}

function permissionFindings(source: string, scope: SettingsScope | null, value: Obj, bypassDisabled: boolean, out: FileFinding[]): void {
  const p = isObj(value.permissions) ? value.permissions : {};
  if (p.defaultMode === 'bypassPermissions') {
    const disabled = bypassDisabled;
    const ignored = scope === 'project';
    out.push({
      rule: 'settings/bypass-permissions', source, level: disabled || ignored ? 'note' : 'error',
      title: disabled ? 'defaultMode bypassPermissions is switched off by disableBypassPermissionsMode'
        : ignored ? 'defaultMode bypassPermissions in project settings is ignored by Claude Code'
          : 'defaultMode bypassPermissions: every tool call runs without a prompt or a permission check',
      detail: disabled ? 'Sessions start in default mode instead; this review runs them that way.'
        : ignored ? 'A repository cannot switch permissions off for whoever opens it (measured on 2.1.328); if this file is your user settings, review it as user=FILE.'
          : 'Deny rules are the only permission check left, and no person sees what the agent does: whatever the sandbox (if any) does not stop happens.',
      paths: ['permissions.defaultMode'], fix: disabled || ignored ? null : 'use "default" or "acceptEdits", or run unattended only inside a disposable container or VM',
    });
  }
  if (value.skipDangerousModePermissionPrompt === true) {
    out.push({ rule: 'settings/bypass-permissions', source, level: 'warning', title: 'skipDangerousModePermissionPrompt: bypass mode starts without its warning', detail: 'The one confirmation before bypassPermissions is skipped.', paths: ['skipDangerousModePermissionPrompt'], fix: 'remove it' });
  }
  if (value.enableAllProjectMcpServers === true) {
    out.push({ rule: 'settings/project-mcp', source, level: 'warning', title: 'enableAllProjectMcpServers: every MCP server a repository names starts without asking', detail: 'MCP servers run on the host outside the sandbox; a repository\'s .mcp.json chooses the command.', paths: ['enableAllProjectMcpServers'], fix: 'list the servers you trust in enabledMcpjsonServers instead' });
  }
}

/** Findings and key accounting for every source of one review (several Claude Code scopes are reviewed together). */
export function reviewFiles(sources: readonly ReviewedSource[]): FileReview {
  const findings: FileFinding[] = [];
  const keys: KeyAccount[] = [];
  const parsed = sources.flatMap((s) => {
    if (s.format === 'profile') return [];
    const json = readJson(s.text);
    return json.ok && isObj(json.value) ? [{ s, format: s.format, value: json.value }] : [];
  });
  // disableBypassPermissionsMode in any scope switches bypass mode off for all of them.
  const bypassDisabled = parsed.some(({ s, value }) => s.format === 'claude-code' && isObj(value.permissions) && value.permissions.disableBypassPermissionsMode === 'disable');
  for (const { s, format, value } of parsed) {
    keys.push(...accountKeys(s.name, format, value, findings));
    sandboxFindings(s.name, format, value, findings);
    if (format === 'claude-code') {
      envFindings(s.name, s.scope, value, findings);
      helperFindings(s.name, s.scope, value, findings);
      hookFindings(s.name, s.scope, value, findings);
      permissionFindings(s.name, s.scope, value, bypassDisabled, findings);
    }
  }
  const rank: Record<FindingLevel, number> = { error: 0, warning: 1, note: 2 };
  findings.sort((a, b) => rank[a.level] - rank[b.level]);
  return { findings, keys };
}

/** Keys present in the files that change containment but the incident runs do not simulate. */
export function notModeledKeys(review: FileReview): KeyAccount[] {
  return review.keys.filter((k) => k.info.status === 'not-modeled');
}
