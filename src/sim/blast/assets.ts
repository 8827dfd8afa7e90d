// The assets of a world as blast radius sees them: every secret, file area, credential, network
// destination and account, each on a ring (zone) by its distance from the agent and with a weight
// from weights.ts. Zones depend on the product: the folder a product hands its agent is its workspace
// (its module's `place`, src/sim/products/).
import { isWithin, normalizePath } from '../vfs/paths.ts';
import type { Roots } from '../products/types.ts';
import type { World } from '../world/types.ts';
import { ACCOUNT_WEIGHT, AREA_WEIGHT, DESTINATION_WEIGHT, EPHEMERAL_FILES_WEIGHT, SECRET_WEIGHT, type AreaCategory } from './weights.ts';

/** Rings, innermost first (the UI draws them in this order). */
export const ZONES = ['workspace', 'home', 'host-secrets', 'internal', 'internet'] as const;
export type Zone = (typeof ZONES)[number];

export type Capability = 'read' | 'write' | 'delete' | 'send';
export type AssetKind = 'secret' | 'credential' | 'file-area' | 'destination' | 'account';

export interface Asset {
  id: string;
  label: string;
  zone: Zone;
  kind: AssetKind;
  weight: number;
  /** What can be done to it: files are read, written, deleted; destinations and accounts are sent to. */
  capabilities: readonly Capability[];
  /** Paths probed for reach (world files plus one representative path for an empty area). */
  probes: string[];
  /** Writes here are reloaded by the next session or shell: a write is persistence. */
  persistent: boolean;
  secretId?: string;
  area?: { root: string; category: AreaCategory };
  host?: string;
  /** For accounts: the key that acts as this principal. */
  apiKey?: string;
}

export type { Roots } from '../products/types.ts';

const FILE_CAPS: readonly Capability[] = ['read', 'write', 'delete'];
const SEND_CAPS: readonly Capability[] = ['send'];
const SHELL_STARTUP = new Set(['.bashrc', '.bash_profile', '.zshrc', '.zprofile', '.profile']);
const AGENT_CONFIG = new Set(['.mcp.json', 'CLAUDE.md']);

export function categoryOf(path: string): AreaCategory {
  const parts = normalizePath(path).split('/');
  const base = parts[parts.length - 1] ?? '';
  if (parts.includes('.claude') || AGENT_CONFIG.has(base)) return 'agent-config';
  if (parts.includes('.git')) return 'git-internals';
  if (SHELL_STARTUP.has(base)) return 'shell-startup';
  return 'files';
}

/** The ring and root a path belongs to, or null when it is outside both roots (e.g. /tmp). */
export function placeOf(path: string, roots: Roots): { zone: 'workspace' | 'home'; root: string } | null {
  if (isWithin(roots.workspace, path)) return { zone: 'workspace', root: roots.workspace };
  if (isWithin(roots.home, path)) return { zone: 'home', root: roots.home };
  return null;
}

export function areaId(zone: string, category: AreaCategory): string {
  return `area:${zone}:${category}`;
}

function display(path: string, home: string): string {
  return isWithin(home, path) ? `~${path.slice(normalizePath(home).length)}` : path;
}

const AREA_LABEL: Record<AreaCategory, string> = {
  'agent-config': 'agent settings, hooks and memory in',
  'shell-startup': 'shell startup files in',
  'git-internals': 'git hooks and config in',
  files: 'files in',
};

const AREA_PROBE: Record<AreaCategory, string> = {
  'agent-config': '.claude/settings.json',
  'shell-startup': '.bashrc',
  'git-internals': '.git/hooks/pre-commit',
  files: 'notes.txt',
};

function fileAreas(world: World, roots: Roots): Asset[] {
  const files = [...world.host.files, ...world.container.files].filter((f) => f.secretId === undefined);
  const areas = new Map<string, Asset>();
  const ensure = (zone: 'workspace' | 'home', root: string, category: AreaCategory): Asset => {
    const id = areaId(zone, category);
    let area = areas.get(id);
    if (!area) {
      const ephemeral = zone === 'workspace' && roots.ephemeralWorkspace;
      area = {
        id, label: `${AREA_LABEL[category]} ${display(root, roots.home)}${ephemeral ? ' (session container)' : ''}`,
        zone, kind: 'file-area', weight: ephemeral ? EPHEMERAL_FILES_WEIGHT : AREA_WEIGHT[category], capabilities: FILE_CAPS,
        probes: [], persistent: !ephemeral && category !== 'files', area: { root, category },
      };
      areas.set(id, area);
    }
    return area;
  };
  // Every product has these areas even when the world holds no file in them yet: creating one is the harm.
  ensure('workspace', roots.workspace, 'files');
  if (!roots.ephemeralWorkspace) ensure('workspace', roots.workspace, 'agent-config');
  ensure('home', roots.home, 'agent-config');
  ensure('home', roots.home, 'shell-startup');
  for (const f of files) {
    const place = placeOf(f.path, roots);
    if (!place) continue;
    const category = roots.ephemeralWorkspace && place.zone === 'workspace' ? 'files' : categoryOf(f.path);
    ensure(place.zone, place.root, category).probes.push(f.path);
  }
  for (const area of areas.values()) {
    if (area.probes.length === 0 && area.area) area.probes.push(normalizePath(`${area.area.root}/${AREA_PROBE[area.area.category]}`));
  }
  return [...areas.values()];
}

function secretAssets(world: World, roots: Roots): Asset[] {
  const files = [...world.host.files, ...world.container.files];
  return world.secrets.map((s) => {
    const paths = files.filter((f) => f.secretId === s.id).map((f) => f.path);
    const inWorkspace = paths.length > 0 && paths.every((p) => isWithin(roots.workspace, p));
    return {
      id: `secret:${s.id}`, label: s.label, zone: inWorkspace ? 'workspace' : 'host-secrets',
      kind: s.kind === 'document' ? 'secret' : 'credential', weight: SECRET_WEIGHT[s.kind], capabilities: FILE_CAPS,
      probes: paths, persistent: false, secretId: s.id,
    } satisfies Asset;
  });
}

function destinationAssets(world: World): Asset[] {
  return world.network.map((h) => ({
    id: `dest:${h.name}`, label: `send data to ${h.name}${h.owner === 'attacker' ? ' (unknown host)' : ''}`,
    zone: h.owner === 'user' ? 'internal' : 'internet', kind: 'destination', weight: DESTINATION_WEIGHT[h.kind],
    capabilities: SEND_CAPS, probes: [], persistent: false, host: h.name,
  }));
}

/** `sessionToken`: the scoped token the product hands its agent, if any (only that session is an account it has). */
function accountAssets(world: World, sessionToken: string | null): Asset[] {
  const api = world.network.find((h) => h.kind === 'anthropic-api')?.name;
  if (!api) return [];
  const out: Asset[] = [];
  for (const a of world.accounts) {
    if (a.owner === 'attacker' || (a.owner === 'session' && a.apiKey !== sessionToken)) continue;
    out.push({
      id: `account:${a.owner}`, label: a.owner === 'user' ? `act as the user on ${api}` : `act as the scoped session on ${api}`,
      zone: 'internet', kind: 'account', weight: ACCOUNT_WEIGHT[a.owner], capabilities: SEND_CAPS, probes: [],
      persistent: false, host: api, apiKey: a.apiKey,
    });
  }
  return out;
}

/** Every asset of `world` as seen from an agent placed at `roots`, ring by ring. */
export function worldAssets(world: World, roots: Roots, sessionToken: string | null): Asset[] {
  const all = [...secretAssets(world, roots), ...fileAreas(world, roots), ...destinationAssets(world), ...accountAssets(world, sessionToken)];
  return all.sort((a, b) => ZONES.indexOf(a.zone) - ZONES.indexOf(b.zone));
}

/** The asset a path belongs to: its secret if it holds one, else its file area. */
export function assetOfPath(assets: readonly Asset[], roots: Roots, path: string): Asset | undefined {
  const p = normalizePath(path);
  // In a server-side container a path like ~/.aws names the container's own file, not the user's.
  if (!roots.onUserMachine && !isWithin(roots.workspace, p)) return undefined;
  const secret = assets.find((a) => a.secretId !== undefined && a.probes.includes(p));
  if (secret) return secret;
  const place = placeOf(p, roots);
  if (!place) return undefined;
  const category = roots.ephemeralWorkspace && place.zone === 'workspace' ? 'files' : categoryOf(p);
  return assets.find((a) => a.id === areaId(place.zone, category)) ?? assets.find((a) => a.id === areaId(place.zone, 'files'));
}
