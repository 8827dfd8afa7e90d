// The policy layer answers with its own Decision shape; the engine logs LayerDecisions (stable layer
// ids plus where the layer sits).
import type { Decision } from '../policy/decision.ts';
import { LAYER_IDS, type LayerId } from '../core/ids.ts';
import { decide } from './catalog.ts';
import type { LayerDecision } from './types.ts';

export function toLayerDecision(d: Decision, fallback: LayerId): LayerDecision {
  const layer = (LAYER_IDS as readonly string[]).includes(d.layer) ? (d.layer as LayerId) : fallback;
  const out = decide(layer, d.decision, d.rule ?? 'default', d.reason, d.failure);
  if (d.discarded) out.discarded = true;
  return out;
}
