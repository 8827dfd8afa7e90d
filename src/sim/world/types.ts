// Worlds are data. A scenario builds one; each product materialises the part its agent can see.
export type SecretKind = 'aws-credentials' | 'ssh-key' | 'api-key' | 'session-token' | 'document' | 'token';

export interface Secret {
  id: string;
  kind: SecretKind;
  label: string;
  /** Unique value planted in the secret; finding it (in any encoding) outside a boundary = exfiltration. */
  canary: string;
  /** Hosts the secret may legitimately be sent to (e.g. an API key to its own API). */
  legitimateHosts: string[];
}

export interface WorldFile {
  path: string;
  content: string;
  /** Secret whose canary this file holds, if any. */
  secretId?: string;
}

export interface WorldSymlink {
  path: string;
  target: string;
}

export type HostOwner = 'vendor' | 'attacker' | 'public' | 'user';

export type NetHostKind = 'registry' | 'code-host' | 'anthropic-api' | 'collector' | 'chat' | 'mcp-remote' | 'web';

export interface NetHost {
  name: string;
  kind: NetHostKind;
  owner: HostOwner;
  /** Static pages served on GET, keyed by path. */
  pages?: Record<string, string>;
}

export interface ApiAccount {
  apiKey: string;
  owner: 'user' | 'attacker' | 'session';
}

export interface McpServer {
  name: string;
  placement: 'local' | 'remote';
  host?: string;
  tools: string[];
  /** What each tool returns (connector content is data the agent reads, possibly poisoned). */
  responses?: Record<string, string>;
}

/** The user's machine (Claude Code runs here; Cowork mounts part of it into its VM). */
export interface HostMachine {
  user: string;
  home: string;
  files: WorldFile[];
  symlinks: WorldSymlink[];
  projects: string[];
  /** Folder of office documents a Cowork user selects as workspace. */
  workspace: string;
}

/** claude.ai's server-side container: a fresh, per-session filesystem. */
export interface ContainerWorld {
  home: string;
  files: WorldFile[];
}

export interface World {
  id: string;
  host: HostMachine;
  container: ContainerWorld;
  secrets: Secret[];
  network: NetHost[];
  accounts: ApiAccount[];
  mcp: McpServer[];
  /** Messages in the team chat workspace (agents that read chat see them). */
  chat: { channel: string; author: string; text: string }[];
}
