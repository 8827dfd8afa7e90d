// Schema pieces every product's profile shares: the model layer, a network allowlist, tool-result
// inspection, permission rules. Each product module composes its own profile schema from them.
import { z } from 'zod';
import { parseRule } from '../policy/ruleSyntax.ts';

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


/**
 * Prompt-injection success for a single attempt is ~0.1% (BRIEF.md); a user's own paste is obeyed.
 * The overeager rate has no published figure: 10% is our assumption (agent/followRate.ts).
 */
export const SHIPPED_MODEL = { injectionFollowRate: 0.001, userPromptFollowRate: 0.96, overeagerRate: 0.1 };

/** Domains the claude.ai egress proxy and Cowork's proxy let through by default. */
export const DEVELOPER_DOMAINS = ['registry.npmjs.org', 'pypi.org', 'files.pythonhosted.org', 'github.com', '*.github.com', 'api.anthropic.com'];
