// claude.ai's one preset: what it ships (a fresh container per session, the developer allowlist).
import { DEVELOPER_DOMAINS, SHIPPED_MODEL } from '../defaults.ts';
import type { ClaudeAiProfile } from './schema.ts';

export const claudeAiShipped: ClaudeAiProfile = {
  product: 'claude-ai',
  name: 'shipped',
  model: SHIPPED_MODEL,
  container: { ephemeral: true },
  egress: { allowedDomains: DEVELOPER_DOMAINS, deniedDomains: [] },
  toolResultInspection: { enabled: false, catchRate: 0 },
};

export function claudeAiPresets(): Record<string, ClaudeAiProfile> {
  return { shipped: structuredClone(claudeAiShipped) };
}
