// Named presets per product, from the registry: `shipped` is what the product ships today; the others
// are historical or teaching configurations that incidents need. Each product module declares its own
// (src/sim/products/<id>/presets.ts).
import type { ProductId } from '../core/ids.ts';
import { productModule } from '../products/index.ts';
import type { ProductProfile } from './schema.ts';

export { presetLabel, isHistoricalPreset } from '../products/index.ts';

type Presets = Record<string, ProductProfile>;

export function presetsFor(product: ProductId): Presets {
  return productModule(product).presets();
}

export function preset(product: ProductId, name = 'shipped'): ProductProfile | undefined {
  const all = presetsFor(product);
  return Object.hasOwn(all, name) ? all[name] : undefined;
}

export function shippedProfile(product: ProductId): ProductProfile {
  return presetsFor(product).shipped as ProductProfile;
}
