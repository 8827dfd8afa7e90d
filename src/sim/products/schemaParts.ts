// Schema pieces every product's profile shares: the model layer, a network allowlist, tool-result
// inspection, permission rules. Each product module composes its own profile schema from them.
import { z } from 'zod';
import { parseRule } from '../policy/ruleSyntax.ts';

export { DEVELOPER_DOMAINS, SHIPPED_MODEL } from './defaults.ts';

export const rate = z.number().min(0).max(1);

/** Marks a file as this project's profile format (how the config importers recognise it). */
export const profileKind = z.literal('containment-lab-profile').optional();

/** Model-layer defences: probabilities, never guarantees (BRIEF.md "Model-layer numbers"). */
export const modelSchema = z.object({
  /** Chance the agent follows instructions injected into files, web pages, tool results or memory. */
  injectionFollowRate: rate,
  /** Chance the agent carries out a harmful instruction the user typed or pasted themselves. */
  userPromptFollowRate: rate,
  /** Chance the model pursues its own overeager plan around a restriction (our assumption; default in agent/followRate.ts). */
  overeagerRate: rate.optional(),
});

export const networkSchema = z.object({
  allowedDomains: z.array(z.string()),
  deniedDomains: z.array(z.string()),
});

export const inspectionSchema = z.object({
  enabled: z.boolean(),
  /** Chance the tool-result classifier catches injected instructions in a return value. */
  catchRate: rate,
});

/** A permission rule, checked by the same parser as a settings.json (policy/ruleSyntax.ts). */
export const permissionRule = z.string().superRefine((value, ctx) => {
  const parsed = parseRule(value);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: `permission rule ${parsed.error}` });
});
