// Helpers to write lesson text as structured segments (rendered as text, never as HTML).
import type { ProductId } from '../sim/core/ids.ts';
import type { PaneSpot, Segment, Source } from './types.ts';

export const code = (text: string): Segment => ({ text, code: true });
export const strong = (text: string): Segment => ({ text, strong: true });
export const link = (text: string, href: string): Segment => ({ text, href });
/** Points at part of a product pane; the learner can click it to bring that part into view. */
export const show = (text: string, product: ProductId, spot: PaneSpot): Segment => ({ text, show: { product, spot } });

/** Sources cited across the curriculum. Facts come from these; the wording is ours. */
export const SOURCES = {
  post: { label: 'How we contain Claude across products (Anthropic engineering)', url: 'https://www.anthropic.com/engineering/how-we-contain-claude' },
  sandboxing: { label: 'Claude Code docs: Sandboxing', url: 'https://docs.claude.com/en/docs/claude-code/sandboxing' },
  settings: { label: 'Claude Code docs: Settings', url: 'https://docs.claude.com/en/docs/claude-code/settings' },
  iam: { label: 'Claude Code docs: Identity and access management (permission rules)', url: 'https://docs.claude.com/en/docs/claude-code/iam' },
  security: { label: 'Claude Code docs: Security', url: 'https://docs.claude.com/en/docs/claude-code/security' },
  devcontainer: { label: 'Claude Code docs: Development containers', url: 'https://docs.claude.com/en/docs/claude-code/devcontainer' },
  mcp: { label: 'Claude Code docs: MCP', url: 'https://docs.claude.com/en/docs/claude-code/mcp' },
  monitoring: { label: 'Claude Code docs: Monitoring (OpenTelemetry)', url: 'https://docs.claude.com/en/docs/claude-code/monitoring-usage' },
  srt: { label: 'sandbox-runtime (srt) source', url: 'https://github.com/anthropics/sandbox-runtime' },
} satisfies Record<string, Source>;
