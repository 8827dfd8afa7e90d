// claude.ai's profile: the per-session container and its egress proxy.
import { z } from 'zod';
import { inspectionSchema, modelSchema, networkSchema, profileKind } from '../schemaParts.ts';

export const claudeAiSchema = z.object({
  product: z.literal('claude-ai'),
  kind: profileKind,
  name: z.string(),
  model: modelSchema,
  container: z.object({ ephemeral: z.boolean() }),
  egress: networkSchema,
  toolResultInspection: inspectionSchema,
});

export type ClaudeAiProfile = z.infer<typeof claudeAiSchema>;
