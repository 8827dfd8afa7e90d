// How each product contains its agent, in one line each (BRIEF.md patterns 1-3). Display text only;
// the enforcement itself lives in src/sim.
export type ProductId = 'claude-ai' | 'claude-code' | 'cowork';

export interface ProductInfo {
  id: ProductId;
  name: string;
  pattern: string;
  summary: string;
}

export const PRODUCTS: readonly ProductInfo[] = [
  {
    id: 'claude-ai',
    name: 'claude.ai',
    pattern: 'Ephemeral server container',
    summary: 'Code runs server-side in a gVisor container with a per-session filesystem and an egress allowlist. Nothing touches the user\'s machine.',
  },
  {
    id: 'claude-code',
    name: 'Claude Code',
    pattern: 'Human-in-the-loop OS sandbox',
    summary: 'Runs on the developer\'s machine. Permission rules and approvals, plus an OS sandbox: writes only in the workspace, network only through an allowlist proxy.',
  },
  {
    id: 'cowork',
    name: 'Cowork',
    pattern: 'Local VM with mounts',
    summary: 'A VM with its own kernel on the user\'s machine. Only the chosen folder is mounted; egress and API calls pass proxies; credentials stay on the host.',
  },
];
