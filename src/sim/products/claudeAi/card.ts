// claudeAi's card: what the page shows before the engine loads (products/cards.ts); index.ts adds the engine.
import { bool, injection, list } from '../controls.ts';
import type { ClaudeAiProfile } from './schema.ts';
import { claudeAiPresets } from './presets.ts';
import type { ProductCard } from '../types.ts';

export const claudeAiCard: ProductCard<ClaudeAiProfile> = {
  id: 'claude-ai',
  info: {
    name: 'claude.ai',
    pattern: 'Ephemeral server container',
    summary: 'Code runs server-side in a gVisor container with a per-session filesystem and an egress allowlist. Nothing touches the user\'s machine.',
  },
  presets: claudeAiPresets,
  historical: {},
  controls: [
    { path: 'container.ephemeral', label: 'Ephemeral per-session filesystem', group: 'boundary', ...bool, help: 'Destroy the container and its files when the session ends.' },
    { path: 'egress.allowedDomains', label: 'Egress allowlist', group: 'network', ...list('registry.npmjs.org'), help: 'Domains the egress proxy lets the container reach. Every function on an allowed domain is reachable too.' },
    { path: 'egress.deniedDomains', label: 'Egress denylist', group: 'network', ...list('evil.example'), help: 'Checked before the allowlist.' },
    { path: 'toolResultInspection.enabled', label: 'Inspect tool results', group: 'model', ...bool, help: 'A fast classifier screens tool output for injected instructions before the model sees it.' },
    injection,
  ],
  defaultAnswerer: 'attentive',
  marker: 'circle',
};
