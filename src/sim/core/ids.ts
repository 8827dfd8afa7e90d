// Stable identifiers shared by the engine, the UI and the CLI.
/** Every product the registry (src/sim/products/) declares, in display order. */
export const PRODUCT_IDS = ['claude-ai', 'claude-code', 'cowork', 'devcontainer'] as const;
export type ProductId = (typeof PRODUCT_IDS)[number];

export const LAYER_IDS = [
  'trust-gate', 'permission-rules', 'os-sandbox', 'container-boundary', 'vm-boundary', 'mounts',
  'egress-proxy', 'api-proxy', 'credentials', 'tool-result-inspection', 'approval-queue', 'model-classifier',
  'dev-container', 'container-firewall', 'hooks',
] as const;
export type LayerId = (typeof LAYER_IDS)[number];

export function isProductId(value: string): value is ProductId {
  return (PRODUCT_IDS as readonly string[]).includes(value);
}

/**
 * The four kinds of outcome kept apart everywhere: held by a boundary; held only by a person's "no"
 * (not contained); nothing to hold (the incident cannot happen here); and harm (or only a probabilistic
 * layer, or an unfinished run, in the way). Judged in src/sim/verdict.ts.
 */
export type ContainmentStatus = 'contained' | 'prompt-only' | 'not-applicable' | 'not-contained';
