// Capability analysis: every asset the profile lets the agent read, change, delete or send data to,
// computed without running a scenario. "Reachable" includes what a human could approve (an `ask`),
// because a prompt is a door a tired human can open.
import type { IFileSystem } from 'just-bash';
import type { ProductProfile } from '../profile/schema.ts';
import type { World } from '../world/types.ts';
import type { ExecVia, LayerDecision, ToolCall } from '../layers/types.ts';
import { buildProductEnv, type ProductEnv } from './productEnv.ts';
import { defaultRuleMatcher } from './rules.ts';
import type { RuleMatcher } from '../layers/permissionRules.ts';

export type AssetKey = `${'read' | 'write' | 'delete'}:${string}` | `egress:${string}`;

const open = (d: LayerDecision | null | undefined) => d === null || d === undefined || d.decision !== 'deny';

function toolOpen(env: ProductEnv, call: ToolCall, unsandboxed = false): { open: boolean; sandboxed: boolean } {
  const auth = env.authorizeTool(call, unsandboxed);
  return { open: auth.decision.decision !== 'deny', sandboxed: auth.sandboxed };
}

export async function reachableAssets(world: World, profile: ProductProfile, cwd: string, options: { matchRules?: RuleMatcher; fs?: IFileSystem } = {}): Promise<Set<AssetKey>> {
  const env = await buildProductEnv(world, profile, cwd, { matchRules: options.matchRules ?? defaultRuleMatcher, ...(options.fs ? { fs: options.fs } : {}) });
  const out = new Set<AssetKey>();
  if (env.loopDown || env.execDown) return out;
  const files = env.product === 'claude-ai' ? world.container.files : world.host.files;
  const hosts = world.network.map((h) => h.name);
  const vias: ExecVia[] = [];
  const bash = toolOpen(env, { tool: 'Bash', command: 'true' });
  if (bash.open) vias.push(bash.sandboxed ? 'sandboxed-bash' : 'bash');
  if (env.product === 'claude-code' && bash.sandboxed && toolOpen(env, { tool: 'Bash', command: 'true' }, true).open) vias.push('bash');
  for (const via of vias) {
    for (const f of files) {
      for (const op of ['read', 'write', 'delete'] as const) {
        if (open(env.fsDecision({ op, path: f.path, realPath: f.path, via }))) out.add(`${op}:${f.path}`);
      }
    }
    for (const l of env.product === 'claude-ai' ? [] : world.host.symlinks) {
      const target = files.find((f) => f.path.startsWith(l.target));
      if (target && open(env.fsDecision({ op: 'read', path: l.path, realPath: target.path, via }))) out.add(`read:${target.path}`);
    }
    for (const host of hosts) {
      const headers: Record<string, string> = env.sessionToken ? { 'x-api-key': env.sessionToken } : {};
      const req = { method: 'POST', url: `https://${host}/`, host, port: 443, path: '/', headers, body: new Uint8Array() };
      if (env.connectDecisions({ req, via }).every(open)) out.add(`egress:${host}`);
    }
  }
  if (env.product === 'claude-code') {
    for (const f of files) {
      if (toolOpen(env, { tool: 'Read', path: f.path }).open) out.add(`read:${f.path}`);
      if (toolOpen(env, { tool: 'Write', path: f.path }).open) out.add(`write:${f.path}`);
    }
    for (const host of hosts) if (toolOpen(env, { tool: 'WebFetch', url: `https://${host}/` }).open) out.add(`egress:${host}`);
  }
  return out;
}
