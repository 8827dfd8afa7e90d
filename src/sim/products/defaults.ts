// Product defaults that are plain data (no schema code), so the page can show presets before the
// engine loads: the shipped model-layer rates and the developer domains the proxies let through.
/**
 * Prompt-injection success for a single attempt is ~0.1% (BRIEF.md); a user's own paste is obeyed.
 * The overeager rate has no published figure: 10% is our assumption (agent/followRate.ts).
 */
export const SHIPPED_MODEL = { injectionFollowRate: 0.001, userPromptFollowRate: 0.96, overeagerRate: 0.1 };

/** Domains the claude.ai egress proxy and Cowork's proxy let through by default. */
export const DEVELOPER_DOMAINS = ['registry.npmjs.org', 'pypi.org', 'files.pythonhosted.org', 'github.com', '*.github.com', 'api.anthropic.com'];
