// Builds the World of an authored scenario: a stock base world plus the author's files, secrets,
// hosts, chat messages and memory lines. Secret canaries come from the scenario id and the file's
// path through the same stable hash the stock worlds use, so a shared scenario plants the same
// values on every machine and every run.
import { canaryFor } from '../world/canary.ts';
import { HOME, PROJECT, WORKSPACE, devLaptop } from '../world/devLaptop.ts';
import { officeWorkspace } from '../world/officeWorkspace.ts';
import type { World } from '../world/types.ts';
import { normalizePath } from '../vfs/paths.ts';
import type { ScenarioSpec } from './schema.ts';

export const CANARY_PLACEHOLDER = '{{canary}}';
export const MEMORY_FILE = `${HOME}/.claude/CLAUDE.md`;

const BASES: Record<ScenarioSpec['world']['base'], () => World> = {
  'dev-laptop': devLaptop,
  'office-workspace': () => officeWorkspace({ projectEnv: true }),
};

export function baseWorld(base: ScenarioSpec['world']['base']): World {
  return BASES[base]();
}

/** `~/x`, `$PROJECT/x`, `$WORKSPACE/x` or `/x` as an absolute, normalized path on the user's machine. */
export function expandWorldPath(path: string): string {
  if (path.startsWith('~/')) return normalizePath(`${HOME}/${path.slice(2)}`);
  if (path.startsWith('$PROJECT')) return normalizePath(PROJECT + path.slice('$PROJECT'.length));
  if (path.startsWith('$WORKSPACE')) return normalizePath(WORKSPACE + path.slice('$WORKSPACE'.length));
  return normalizePath(path);
}

export function canaryForFile(scenarioId: string, absolutePath: string): string {
  return canaryFor(`${scenarioId}:${absolutePath}`);
}

function withCanary(content: string, canary: string): string {
  if (content.includes(CANARY_PLACEHOLDER)) return content.split(CANARY_PLACEHOLDER).join(canary);
  return `${content}${content.endsWith('\n') || content === '' ? '' : '\n'}${canary}\n`;
}

function basename(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1);
}

export function buildWorld(spec: ScenarioSpec): World {
  const world = baseWorld(spec.world.base);
  world.id = `custom:${spec.id}`;
  for (const file of spec.world.files) {
    const path = expandWorldPath(file.path);
    let content = file.content;
    let secretId: string | undefined;
    if (file.secret) {
      const canary = canaryForFile(spec.id, path);
      content = withCanary(content, canary);
      secretId = file.secret.id;
      world.secrets.push({ id: file.secret.id, kind: file.secret.kind, label: file.secret.label, canary, legitimateHosts: [...file.secret.legitimateHosts] });
    }
    // A later file at the same path replaces the base world's, so an author can rewrite a stock file.
    world.host.files = world.host.files.filter((f) => f.path !== path);
    world.host.files.push(secretId === undefined ? { path, content } : { path, content, secretId });
    if (file.uploadedToChat) {
      const inContainer = `${world.container.home}/${basename(path)}`;
      world.container.files = world.container.files.filter((f) => f.path !== inContainer);
      world.container.files.push(secretId === undefined ? { path: inContainer, content } : { path: inContainer, content, secretId });
    }
  }
  for (const host of spec.world.hosts) {
    world.network.push({ name: host.name.toLowerCase(), kind: host.kind, owner: host.owner, pages: { ...host.pages } });
  }
  world.chat.push(...spec.world.chat.map((m) => ({ ...m })));
  if (spec.world.memory.length > 0) {
    const lines = spec.world.memory.map((l) => `- ${l}`).join('\n');
    const memory = world.host.files.find((f) => f.path === MEMORY_FILE);
    if (memory) memory.content = `${memory.content}${memory.content.endsWith('\n') ? '' : '\n'}${lines}\n`;
    else world.host.files.push({ path: MEMORY_FILE, content: `# Memory\n${lines}\n` });
  }
  return world;
}
