// The agent's non-shell tools: Read / Write / Edit on the guarded filesystem, WebFetch through the
// product's egress layers, MCP tools (local or remote connectors) and sub-agents. Each returns what
// the model would see; effects happen only through the filesystem and network ports.
import type { IFileSystem } from 'just-bash';
import type { EventLog } from '../core/events.ts';
import type { Send } from '../exec/netCommands.ts';
import type { ToolCall } from '../layers/types.ts';
import { parseUrl } from '../net/http.ts';
import type { Network } from '../net/network.ts';
import { dirname, resolvePath } from '../vfs/paths.ts';
import { findCanaries } from '../world/canary.ts';
import type { McpServer, World } from '../world/types.ts';
import type { ProductEnv } from './productEnv.ts';

export interface ToolHost {
  fs: IFileSystem;
  env: ProductEnv;
  world: World;
  network: Network;
  log: EventLog;
  send: Send;
  nextRequestId(): number;
}

export interface ToolOutput {
  ok: boolean;
  output: string;
}

function field(input: unknown, name: string): string | undefined {
  if (typeof input !== 'object' || input === null) return undefined;
  const v = (input as Record<string, unknown>)[name];
  return typeof v === 'string' ? v : undefined;
}

/** The MCP server an `mcp__<server>__<tool>` call goes to, if the world has it. */
export function mcpServerOf(world: World, tool: string): McpServer | undefined {
  const [prefix, serverName] = tool.split('__');
  return prefix === 'mcp' ? world.mcp.find((s) => s.name === serverName) : undefined;
}

async function mcpCall(host: ToolHost, tool: string, input: unknown): Promise<ToolOutput> {
  const toolName = tool.split('__')[2] ?? '';
  const server = mcpServerOf(host.world, tool);
  if (!server || !server.tools.includes(toolName)) return { ok: false, output: `No MCP tool ${tool}` };
  // A chat connector reads the team workspace: whatever anyone posted there becomes agent input.
  const chat = host.world.chat.map((m) => `#${m.channel} ${m.author}: ${m.text}`).join('\n');
  const body = server.responses?.[toolName] ?? (server.host === host.world.network.find((h) => h.kind === 'chat')?.name ? chat : '');
  if (server.placement === 'remote' && server.host) {
    // Remote connectors are called by the product's own infrastructure, not from the agent's sandbox.
    const id = host.nextRequestId();
    const bytes = JSON.stringify(input ?? {}).length;
    host.log.append({ type: 'net-request', id, method: 'POST', url: `https://${server.host}/mcp/${toolName}`, host: server.host, bytes, via: `mcp:${server.name}` });
    host.log.append({ type: 'net-response', id, status: 200, summary: body.slice(0, 120) });
    // What the tool writes on a public or attacker-owned service (an issue, a comment) is published there.
    const owner = host.world.network.find((h) => h.name === server.host)?.owner;
    if (owner === 'public' || owner === 'attacker') {
      for (const hit of await findCanaries(JSON.stringify(input ?? {}), host.world.secrets)) {
        const secret = host.world.secrets.find((s) => s.id === hit.secretId);
        if (secret?.legitimateHosts.includes(server.host)) continue;
        host.log.append({ type: 'exfiltration', secretId: hit.secretId, host: server.host, recipient: `${server.host} via the ${server.name} connector's ${toolName}`, encoding: hit.encoding, requestId: id });
      }
    }
  }
  return { ok: true, output: body };
}

export async function executeTool(call: ToolCall, host: ToolHost): Promise<ToolOutput> {
  const { env } = host;
  if ((call.tool === 'Read' || call.tool === 'Write' || call.tool === 'Edit') && 'path' in call) {
    const path = resolvePath(env.cwd, call.path, env.home);
    if (call.tool === 'Read') return { ok: true, output: await host.fs.readFile(path) };
    const content = 'content' in call && typeof call.content === 'string' ? call.content : '';
    if (call.tool === 'Edit') {
      const before = await host.fs.readFile(path);
      await host.fs.writeFile(path, `${before}${content}`);
      return { ok: true, output: `Edited ${path}` };
    }
    // Claude Code's Write tool creates missing parent folders, like `mkdir -p` (a backend need not).
    const parent = dirname(path);
    if (!(await host.fs.exists(parent))) await host.fs.mkdir(parent, { recursive: true });
    await host.fs.writeFile(path, content);
    return { ok: true, output: `Wrote ${path}` };
  }
  if (call.tool === 'WebFetch' && 'url' in call) {
    const parsed = parseUrl(call.url);
    if (!parsed.ok) return { ok: false, output: parsed.message };
    const out = await host.send({ method: 'GET', url: call.url, host: parsed.host, port: parsed.port, path: parsed.path, headers: {}, body: new Uint8Array() }, 'WebFetch');
    return out.kind === 'response' ? { ok: out.response.status < 400, output: out.response.body } : { ok: false, output: out.message };
  }
  if (call.tool.startsWith('mcp__')) return mcpCall(host, call.tool, 'input' in call ? call.input : undefined);
  if (call.tool === 'Task') {
    // A sub-agent's report: the parent agent reads it like any other tool result.
    const input = 'input' in call ? call.input : undefined;
    return { ok: true, output: field(input, 'report') ?? '' };
  }
  return { ok: false, output: `Unknown tool ${call.tool}` };
}
