// Named presets per product, from the registry: `shipped` is what the product ships today; the others
// are historical or teaching configurations that incidents need. Each product module declares its own
// (src/sim/products/<id>/presets.ts); they come from the light cards (products/cards.ts), so the page
// can show them before the engine loads.
import type { ProductId } from '../core/ids.ts';
import { productCard } from '../products/cards.ts';
import type { ProductProfile } from './schema.ts';

export { presetLabel, isHistoricalPreset } from '../products/cards.ts';

type Presets = Record<string, ProductProfile>;

export function presetsFor(product: ProductId): Presets {
  return productCard(product).presets();
}

export function preset(product: ProductId, name = 'shipped'): ProductProfile | undefined {
  const all = presetsFor(product);
  return Object.hasOwn(all, name) ? all[name] : undefined;
}

export function shippedProfile(product: ProductId): ProductProfile {
  return presetsFor(product).shipped as ProductProfile;
}
