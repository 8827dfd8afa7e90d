// Connector (MCP server) tools that publish what the agent gives them on the service behind the
// connector: an issue, a comment, a gist, a chat message. Shared by the attack catalogue's MCP technique
// and the capability analysis, so both mean the same tools.
import type { McpServer, World } from './types.ts';

export const PUBLISHING_TOOLS: readonly string[] = ['create_issue', 'add_issue_comment', 'create_gist', 'post_message'];

/** Remote connectors of the world with a publishing tool on a service whose content others can read. */
export function publishingConnectors(world: World): { server: McpServer & { host: string }; tool: string }[] {
  const out: { server: McpServer & { host: string }; tool: string }[] = [];
  for (const server of world.mcp) {
    if (server.placement !== 'remote' || server.host === undefined) continue;
    const owner = world.network.find((h) => h.name === server.host)?.owner;
    if (owner !== 'public' && owner !== 'attacker') continue;
    const tool = server.tools.find((t) => PUBLISHING_TOOLS.includes(t));
    if (tool !== undefined) out.push({ server: { ...server, host: server.host }, tool });
  }
  return out;
}
