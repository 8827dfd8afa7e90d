// Single-control loosenings: each takes a profile and opens exactly one control one notch. Used by the
// monotonicity property ("loosening never shrinks what is reachable") and by lessons that ask
// "which single change made this worse?".
import type { ProductProfile } from './schema.ts';

export interface Loosening {
  id: string;
  applies(p: ProductProfile): boolean;
  apply(p: ProductProfile): ProductProfile;
}

function edit<T extends ProductProfile>(p: T, change: (q: T) => void): T {
  const q = structuredClone(p);
  change(q);
  return q;
}

const MODE_ORDER = ['plan', 'dontAsk', 'default', 'acceptEdits', 'auto', 'bypassPermissions'] as const;

export const LOOSENINGS: readonly Loosening[] = [
  { id: 'sandbox off', applies: (p) => p.product === 'claude-code' && p.sandbox.enabled, apply: (p) => (p.product === 'claude-code' ? edit(p, (q) => { q.sandbox.enabled = false; }) : p) },
  { id: 'escape hatch on', applies: (p) => p.product === 'claude-code' && !p.sandbox.allowUnsandboxedCommands, apply: (p) => (p.product === 'claude-code' ? edit(p, (q) => { q.sandbox.allowUnsandboxedCommands = true; }) : p) },
  { id: 'no denyRead', applies: (p) => p.product === 'claude-code' && p.sandbox.filesystem.denyRead.length > 0, apply: (p) => (p.product === 'claude-code' ? edit(p, (q) => { q.sandbox.filesystem.denyRead = []; }) : p) },
  { id: 'write home', applies: (p) => p.product === 'claude-code', apply: (p) => (p.product === 'claude-code' ? edit(p, (q) => { q.sandbox.filesystem.allowWrite.push('~'); }) : p) },
  {
    id: 'looser permission mode',
    applies: (p) => p.product === 'claude-code' && p.permissions.defaultMode !== 'bypassPermissions',
    apply: (p) => (p.product === 'claude-code' ? edit(p, (q) => { q.permissions.defaultMode = MODE_ORDER[MODE_ORDER.indexOf(q.permissions.defaultMode) + 1] ?? 'bypassPermissions'; }) : p),
  },
  {
    id: 'allow collector domain',
    applies: () => true,
    apply: (p) => edit(p, (q) => {
      if (q.product === 'claude-code') q.sandbox.network.allowedDomains.push('collect.metrics-beacon.io');
      else q.egress.allowedDomains.push('collect.metrics-beacon.io');
    }),
  },
  { id: 'api proxy off', applies: (p) => p.product === 'cowork' && p.apiProxy.enabled, apply: (p) => (p.product === 'cowork' ? edit(p, (q) => { q.apiProxy.enabled = false; }) : p) },
  { id: 'symlinks after validation', applies: (p) => p.product === 'cowork' && p.mounts.symlinks === 'resolve-before-validation', apply: (p) => (p.product === 'cowork' ? edit(p, (q) => { q.mounts.symlinks = 'resolve-after-validation'; }) : p) },
  {
    id: 'mount read-write',
    applies: (p) => p.product === 'cowork' && p.mounts.entries.some((m) => m.mode !== 'read-write'),
    apply: (p) => (p.product === 'cowork' ? edit(p, (q) => { q.mounts.entries = q.mounts.entries.map((m) => ({ ...m, mode: m.mode === 'read-only' ? 'read-write-no-delete' : 'read-write' })); }) : p),
  },
  { id: 'mount home', applies: (p) => p.product === 'cowork', apply: (p) => (p.product === 'cowork' ? edit(p, (q) => { q.mounts.entries.push({ hostPath: '/home/dev', mode: 'read-only' }); }) : p) },
  { id: 'no admin mount allowlist', applies: (p) => p.product === 'cowork' && p.mounts.adminAllowlist !== null, apply: (p) => (p.product === 'cowork' ? edit(p, (q) => { q.mounts.adminAllowlist = null; }) : p) },
  { id: 'token not revoked', applies: (p) => p.product === 'cowork' && p.credentials.revoked, apply: (p) => (p.product === 'cowork' ? edit(p, (q) => { q.credentials.revoked = false; }) : p) },
];
