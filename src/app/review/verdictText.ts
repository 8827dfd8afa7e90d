// One wording for verdicts on the review page, shared by the table and the re-run comparisons.
import type { LayerId } from '../../sim/core/ids.ts';
import { LAYER_NAME } from '../views/explain.ts';

export function layerName(decidedBy: string | null): string {
  if (decidedBy === null) return 'no layer';
  if (decidedBy === 'model') return 'the model layer';
  return LAYER_NAME[decidedBy as LayerId] ?? decidedBy;
}

export function verdictText(contained: boolean, decidedBy: string | null): string {
  if (contained) return 'contained';
  return decidedBy === 'approval-queue' ? 'not contained (only a prompt)' : 'not contained';
}

/** Which layer held, or what failed: a prompt is named as such, since approvals are not a boundary. */
export function layerText(contained: boolean, decidedBy: string | null): string {
  if (contained) return decidedBy === null ? 'nothing needed to hold: no harm was possible' : `held by ${layerName(decidedBy)}`;
  if (decidedBy === 'approval-queue') return 'only a person answering a prompt stood in the way';
  return decidedBy === null ? 'no layer held' : `${layerName(decidedBy)} did not hold`;
}
