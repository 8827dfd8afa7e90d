// How likely the agent is to act on a piece of content, by where the content came from. Injected
// text is rarely followed once model-layer defences are in place; a user's own paste almost always
// is; the model's own overeager plan (routing around a restriction to finish the task) has no
// figure in the source, so the default below is our teaching assumption, labelled as such.
import type { ProductProfile } from '../profile/schema.ts';
import type { InjectionSource } from '../scenarios/types.ts';

/** Assumed chance the model pursues an overeager plan when a restriction gets in its way (ours, not the post's). */
export const DEFAULT_OVEREAGER_RATE = 0.1;

export function followRate(model: ProductProfile['model'], source: InjectionSource): number {
  if (source === 'user-prompt') return model.userPromptFollowRate;
  if (source === 'model-plan') return model.overeagerRate ?? DEFAULT_OVEREAGER_RATE;
  return model.injectionFollowRate;
}
