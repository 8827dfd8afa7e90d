// Several settings files at once: managed > CLI > local project > project > user
// (https://code.claude.com/docs/en/settings, "Settings precedence"). Rule lists and other arrays
// are merged across scopes; a single value comes from the highest scope that sets it. Managed
// settings can set allowManagedPermissionRulesOnly, which drops every other scope's rules, and
// sandbox.network.allowManagedDomainsOnly, which drops every other scope's allowed domains (their
// WebFetch domain rules still judge the WebFetch tool, but no longer open the sandbox's network).
// disableBypassPermissionsMode turns a bypassPermissions mode from any scope into the default mode.
// allowManagedHooksOnly (managed) drops every other scope's hooks (docs; not measured here).
// The last three were checked against the real client 2.1.328 (test/fidelity/claudeCode/managed.ts).
import { sandboxPathsFromRules } from '../policy/rulesIntoSandbox.ts';
import type { ClaudeCodeSettings } from './claudeCodeSettings.ts';

export type SettingsScope = 'managed' | 'cli' | 'local' | 'project' | 'user';
export const SCOPE_PRECEDENCE: readonly SettingsScope[] = ['managed', 'cli', 'local', 'project', 'user'];

type Json = unknown;

function isPlainObject(v: Json): v is Record<string, Json> {
  return v !== null && typeof v === 'object' && !Array.isArray(v);
}

/** `high` wins for scalars; arrays are unioned (high first); objects merge key by key. */
function mergeValue(high: Json, low: Json): Json {
  if (high === undefined) return low;
  if (low === undefined) return high;
  if (Array.isArray(high) && Array.isArray(low)) return [...new Set([...high, ...low])];
  if (isPlainObject(high) && isPlainObject(low)) {
    const out: Record<string, Json> = {};
    for (const k of new Set([...Object.keys(high), ...Object.keys(low)])) out[k] = mergeValue(high[k], low[k]);
    return out;
  }
  return high;
}

export function mergeClaudeCodeScopes(files: ReadonlyArray<{ scope: SettingsScope; settings: ClaudeCodeSettings }>): ClaudeCodeSettings {
  const ordered = [...files].sort((a, b) => SCOPE_PRECEDENCE.indexOf(a.scope) - SCOPE_PRECEDENCE.indexOf(b.scope));
  const managedOnly = ordered.some((f) => f.scope === 'managed' && (f.settings as Record<string, unknown>).allowManagedPermissionRulesOnly === true);
  const managedHooksOnly = ordered.some((f) => f.scope === 'managed' && (f.settings as Record<string, unknown>).allowManagedHooksOnly === true);
  const managedDomainsOnly = ordered.some((f) => f.scope === 'managed' && f.settings.sandbox?.network?.allowManagedDomainsOnly === true);
  let merged: Json = {};
  for (const f of [...ordered].reverse()) {
    let s: ClaudeCodeSettings = f.settings;
    if (managedDomainsOnly && s.sandbox?.network !== undefined) {
      const { allowedDomains: _dropped, ...network } = s.sandbox.network;
      // The managed file's own WebFetch domain rules still join the sandbox: name them outright, since
      // the compiled sandbox stops reading WebFetch rules once only managed domains count.
      const kept = f.scope === 'managed'
        ? [...(s.sandbox.network.allowedDomains ?? []), ...sandboxPathsFromRules({ allow: s.permissions?.allow ?? [], deny: [] }).allowedDomains]
        : [];
      s = { ...s, sandbox: { ...s.sandbox, network: { ...network, ...(kept.length > 0 ? { allowedDomains: kept } : {}) } } };
    }
    if (managedHooksOnly && f.scope !== 'managed' && (s as Record<string, unknown>).hooks !== undefined) {
      const { hooks: _h, ...rest } = s as Record<string, unknown>;
      s = rest as ClaudeCodeSettings;
    }
    if (managedOnly && f.scope !== 'managed' && s.permissions !== undefined) {
      const { allow: _a, ask: _q, deny: _d, ...rest } = s.permissions;
      s = { ...s, permissions: rest };
    }
    // A repository cannot switch permissions off for whoever opens it: the real client (2.1.328, measured
    // in the differential suite) ignores defaultMode bypassPermissions in project settings.
    if (f.scope === 'project' && s.permissions?.defaultMode === 'bypassPermissions') {
      const { defaultMode: _m, ...rest } = s.permissions;
      s = { ...s, permissions: rest };
    }
    merged = mergeValue(s, merged);
  }
  const out = merged as ClaudeCodeSettings;
  if (out.permissions?.disableBypassPermissionsMode === 'disable' && out.permissions.defaultMode === 'bypassPermissions') {
    const { defaultMode: _m, ...rest } = out.permissions;
    return { ...out, permissions: rest };
  }
  return out;
}
