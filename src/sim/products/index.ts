// The product registry: every containment pattern, declared once. Everything that needs to know a
// product asks here (by id) and then asks the module; nothing else branches on a product's name.
import { PRODUCT_IDS, type ProductId } from '../core/ids.ts';
import type { World } from '../world/types.ts';
import { claudeAi } from './claudeAi/index.ts';
import { claudeCode } from './claudeCode/index.ts';
import { cowork } from './cowork/index.ts';
import { devcontainer } from './devcontainer/index.ts';
import type { ProductProfile } from './schema.ts';
import type { AgentPlace, Loosening, ProductModule, ProductSetup } from './types.ts';

type AnyModule = ProductModule<ProductProfile>;

const MODULES: Record<ProductId, AnyModule> = {
  'claude-ai': claudeAi as unknown as AnyModule,
  'claude-code': claudeCode as unknown as AnyModule,
  cowork: cowork as unknown as AnyModule,
  devcontainer: devcontainer as unknown as AnyModule,
};

/** Every product, in display order. */
export const PRODUCTS: readonly AnyModule[] = PRODUCT_IDS.map((id) => MODULES[id]);

export function productModule(id: ProductId): AnyModule {
  return MODULES[id];
}

/** The module a profile belongs to. */
export function moduleOf(profile: ProductProfile): AnyModule {
  return MODULES[profile.product];
}

/** The world as the profile's product holds it (its own paths), for the project the user opened. */
export function worldFor(profile: ProductProfile, world: World, project: string): World {
  return moduleOf(profile).view?.(world, project) ?? world;
}

/** Where the agent works: the product's place in the world it holds. */
export function placeFor(profile: ProductProfile, view: World, project: string): AgentPlace {
  return moduleOf(profile).place(view, project, profile);
}

/** How a scenario applies to a product: the scenario's own entry, else the product module's (if any). */
export function findSetup(scenario: { id: string; products: Partial<Record<ProductId, ProductSetup>> }, product: ProductId): ProductSetup | undefined {
  return scenario.products[product] ?? MODULES[product].incidents?.[scenario.id];
}

/** How a catalogue incident applies to a product; every incident declares every product (a test checks). */
export function setupFor(scenario: { id: string; products: Partial<Record<ProductId, ProductSetup>> }, product: ProductId): ProductSetup {
  const setup = findSetup(scenario, product);
  if (setup === undefined) throw new Error(`incident ${scenario.id} says nothing about product ${product}`);
  return setup;
}

/** A host the attacker owns, added to a product's allowlist by the shared loosening below. */
const COLLECTOR = 'collect.metrics-beacon.io';

function withHostAllowed(p: ProductProfile, path: string, host: string): ProductProfile {
  const q = structuredClone(p) as unknown as Record<string, unknown>;
  const keys = path.split('.');
  let node: Record<string, unknown> = q;
  for (const key of keys.slice(0, -1)) node = node[key] as Record<string, unknown>;
  const last = keys[keys.length - 1] as string;
  node[last] = [...(node[last] as string[]), host];
  return q as unknown as ProductProfile;
}

/**
 * Every single-control loosening of every product (each applies only to its own product's profiles),
 * plus the one all products share: a host on the allowlist.
 */
export const LOOSENINGS: readonly Loosening[] = [
  ...PRODUCTS.flatMap((m) => m.loosenings.map((l): Loosening => ({ id: l.id, applies: (p) => p.product === m.id && l.applies(p), apply: (p) => (p.product === m.id ? l.apply(p) : p) }))),
  { id: 'allow collector domain', applies: () => true, apply: (p) => withHostAllowed(p, moduleOf(p).allowlistPath, COLLECTOR) },
];

export { isHistoricalPreset, presetLabel } from './cards.ts';
