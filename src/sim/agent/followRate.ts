// How likely the agent is to act on a piece of content, by where the content came from. Injected
// text is rarely followed once model-layer defences are in place; a user's own paste almost always
// is; the model's own overeager plan (routing around a restriction to finish the task) has no
// figure in the source, so the default below is our teaching assumption, labelled as such.

/** Assumed chance the model pursues an overeager plan when a restriction gets in its way (ours, not the post's). */
export const DEFAULT_OVEREAGER_RATE = 0.1;

/** Where injected instructions reach the agent. 'model-plan': no attacker at all; the model's own overeager plan, routing around a restriction to finish the task. */
export type InjectionSource = 'user-prompt' | 'file' | 'web' | 'tool-result' | 'memory' | 'chat' | 'model-plan';

/** The model-layer rates of a profile (products/schemaParts.ts modelSchema). */
export interface ModelRates {
  injectionFollowRate: number;
  userPromptFollowRate: number;
  overeagerRate?: number | undefined;
}

export function followRate(model: ModelRates, source: InjectionSource): number {
  if (source === 'user-prompt') return model.userPromptFollowRate;
  if (source === 'model-plan') return model.overeagerRate ?? DEFAULT_OVEREAGER_RATE;
  return model.injectionFollowRate;
}
