// The product registry's light half: each product's card (name, presets as data, controls, default
// answerer, chart marker), with no schema, policy or layer code behind it. The page's first paint
// needs only these; index.ts joins each card with its engine module and is loaded with the engine.
import { PRODUCT_IDS, type ProductId } from '../core/ids.ts';
import { claudeAiCard } from './claudeAi/card.ts';
import { claudeCodeCard } from './claudeCode/card.ts';
import { coworkCard } from './cowork/card.ts';
import { devcontainerCard } from './devcontainer/card.ts';
import type { ProductProfile } from './schema.ts';
import type { ProductCard } from './types.ts';

const CARDS: Record<ProductId, ProductCard<ProductProfile>> = {
  'claude-ai': claudeAiCard as unknown as ProductCard<ProductProfile>,
  'claude-code': claudeCodeCard as unknown as ProductCard<ProductProfile>,
  cowork: coworkCard as unknown as ProductCard<ProductProfile>,
  devcontainer: devcontainerCard as unknown as ProductCard<ProductProfile>,
};

/** Every product's card, in display order. */
export const CARD_LIST: readonly ProductCard<ProductProfile>[] = PRODUCT_IDS.map((id) => CARDS[id]);

export function productCard(id: ProductId): ProductCard<ProductProfile> {
  return CARDS[id];
}

/** The preset's name as a view shows it, with "historical" and what that means where it applies. */
export function presetLabel(name: string, product?: ProductId): string {
  const cards = product === undefined ? CARD_LIST : [CARDS[product]];
  const note = cards.map((m) => m.historical[name]).find((n) => n !== undefined);
  return note === undefined ? name : `${name} (${note})`;
}

export function isHistoricalPreset(name: string, product?: ProductId): boolean {
  const cards = product === undefined ? CARD_LIST : [CARDS[product]];
  return cards.some((m) => m.historical[name] !== undefined);
}
