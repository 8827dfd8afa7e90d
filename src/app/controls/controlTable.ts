// Every control a learner can change, per product, as each product module declares it
// (src/sim/products/). Paths point into the product profile; `run.*` paths are run options, not
// profile fields. The share-link table and the lesson "unlocked controls" use the same qualified names.
import { PRODUCT_IDS, type ProductId } from '../../sim/core/ids.ts';
import { productCard } from '../../sim/products/cards.ts';
import type { ControlSpec } from '../../sim/products/controls.ts';

export { ANSWERERS, GROUP_LABEL, type ControlGroup, type ControlKind, type ControlSpec } from '../../sim/products/controls.ts';

export const CONTROLS: Record<ProductId, readonly ControlSpec[]> = Object.fromEntries(
  PRODUCT_IDS.map((id) => [id, productCard(id).controls]),
) as Record<ProductId, readonly ControlSpec[]>;

export function controlsFor(product: ProductId): readonly ControlSpec[] {
  return CONTROLS[product];
}
