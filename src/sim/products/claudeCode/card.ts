// claudeCode's card: what the page shows before the engine loads (products/cards.ts); index.ts adds the engine.
import { CLAUDE_CODE_CONTROLS } from '../claudeCodeControls.ts';
import type { ClaudeCodeProfile } from './schema.ts';
import { claudeCodePresets, CLAUDE_CODE_HISTORICAL } from './presets.ts';
import type { ProductCard } from '../types.ts';

export const claudeCodeCard: ProductCard<ClaudeCodeProfile> = {
  id: 'claude-code',
  info: {
    name: 'Claude Code',
    pattern: 'Human-in-the-loop OS sandbox',
    summary: 'Runs on the developer\'s machine. Permission rules and approvals, plus an OS sandbox: writes only in the workspace, network only through an allowlist proxy.',
  },
  presets: claudeCodePresets,
  historical: CLAUDE_CODE_HISTORICAL,
  controls: CLAUDE_CODE_CONTROLS,
  defaultAnswerer: 'fatigued',
  marker: 'square',
};
