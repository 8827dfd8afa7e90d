// The product-profile JSON of every product in the registry, as one discriminated union. The CLI
// loads files through `parseProfile`; the UI edits these objects.
import { z } from 'zod';
import { claudeAiSchema } from './claudeAi/schema.ts';
import { claudeCodeSchema } from './claudeCode/schema.ts';
import { coworkSchema } from './cowork/schema.ts';
import { devcontainerSchema } from './devcontainer/schema.ts';

export { claudeAiSchema, claudeCodeSchema, coworkSchema, devcontainerSchema };
export type { ClaudeAiProfile } from './claudeAi/schema.ts';
export type { ClaudeCodeProfile } from './claudeCode/schema.ts';
export type { CoworkProfile } from './cowork/schema.ts';
export type { DevcontainerProfile } from './devcontainer/schema.ts';

export const profileSchema = z.discriminatedUnion('product', [claudeAiSchema, claudeCodeSchema, coworkSchema, devcontainerSchema]);

export type ProductProfile = z.infer<typeof profileSchema>;

/** Profiles that run the Claude Code client (its permission rules, sandbox and trust gate). */
export type ClaudeCodeClientProfile = Extract<ProductProfile, { permissions: unknown }>;

export type ProfileParse = { ok: true; profile: ProductProfile } | { ok: false; message: string };

/** Validate unknown JSON as a product profile; the message names the field and what was expected. */
export function parseProfile(input: unknown): ProfileParse {
  const result = profileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return { ok: false, message: `product profile: ${where}: ${issue?.message ?? 'invalid'}` };
}
