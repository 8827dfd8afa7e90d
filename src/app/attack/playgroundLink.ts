// "Open in playground": the level's configuration with its closing control, on the incident of the
// catalogue that runs the same product, as an ordinary playground share link. A product the default
// panes do not show (the devcontainer) takes the last pane, and the link says so.
import { shippedProfile } from '../../sim/profile/presets.ts';
import type { ProductProfile } from '../../sim/profile/schema.ts';
import type { AttackLevel } from '../../sim/attack/types.ts';
import { stateToHash } from '../share/shareSync.ts';
import { defaultAnswerer, perProduct } from '../store/playgroundSlice.ts';
import { DEFAULT_PANES } from '../productInfo.ts';

export function playgroundHash(level: AttackLevel, profile: ProductProfile): string {
  const profiles = perProduct(shippedProfile);
  profiles[level.product] = profile;
  const answerers = perProduct(defaultAnswerer);
  if (level.answerer !== undefined) answerers[level.product] = level.answerer;
  const shown = DEFAULT_PANES.includes(level.product) ? DEFAULT_PANES : [...DEFAULT_PANES.slice(0, -1), level.product];
  return stateToHash({ scenarioId: level.playground, seed: 1, worstCase: true, profiles, answerers, step: 0, mode: 'play', shown });
}
