// How each product contains its agent, in one line each, as its module in the registry declares it
// (src/sim/products/). Display text only; the enforcement itself lives in src/sim.
import { PRODUCT_IDS, type ProductId } from '../sim/core/ids.ts';
import { productCard } from '../sim/products/cards.ts';

export type { ProductId } from '../sim/core/ids.ts';

export interface ProductInfo {
  id: ProductId;
  name: string;
  pattern: string;
  summary: string;
}

export const PRODUCTS: readonly ProductInfo[] = PRODUCT_IDS.map((id) => ({ id, ...productCard(id).info }));

/** The three patterns the playground shows side by side until the learner swaps one. */
export const DEFAULT_PANES: readonly ProductId[] = PRODUCT_IDS.slice(0, 3);
