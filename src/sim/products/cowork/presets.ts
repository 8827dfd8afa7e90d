// Cowork's named presets: `shipped` is what Cowork ships today; the others are the configurations
// its incidents happened under (BRIEF.md pattern 3).
import { DEVELOPER_DOMAINS, SHIPPED_MODEL } from '../defaults.ts';
import type { CoworkProfile } from './schema.ts';

export const coworkShipped: CoworkProfile = {
  product: 'cowork',
  name: 'shipped',
  model: SHIPPED_MODEL,
  vm: { agentLoop: 'host', starts: true, agentUser: 'unprivileged' },
  mounts: {
    entries: [{ hostPath: '$WORKSPACE', mode: 'read-write' }, { hostPath: '$WORKSPACE/.claude', mode: 'read-write' }],
    symlinks: 'resolve-before-validation',
    adminAllowlist: null,
  },
  egress: { allowedDomains: DEVELOPER_DOMAINS, deniedDomains: [] },
  apiProxy: { enabled: true, requireSessionToken: true, blockServerSideFetchHeaders: true },
  credentials: { mode: 'scoped-session-token', scopes: ['messages', 'files'], revoked: false },
  toolResultInspection: { enabled: true, catchRate: 0.9 },
  localMcpOnHost: true,
  otlpExport: true,
};

const clone = <T>(value: T): T => structuredClone(value);

export function coworkPresets(): Record<string, CoworkProfile> {
  const preMitm = clone(coworkShipped);
  preMitm.name = 'pre-api-proxy';
  preMitm.apiProxy.enabled = false;
  const fullVm = clone(coworkShipped);
  fullVm.name = 'full-vm';
  fullVm.vm.agentLoop = 'full-vm';
  // Incident settings: no event export, symlinks checked before they are resolved.
  const preOtlp = clone(coworkShipped);
  preOtlp.name = 'pre-otlp';
  preOtlp.otlpExport = false;
  const preSymlink = clone(coworkShipped);
  preSymlink.name = 'pre-symlink-fix';
  preSymlink.mounts.symlinks = 'resolve-after-validation';
  return { shipped: clone(coworkShipped), 'pre-api-proxy': preMitm, 'full-vm': fullVm, 'pre-otlp': preOtlp, 'pre-symlink-fix': preSymlink };
}
