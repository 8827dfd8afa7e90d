// The project's own "product-profile JSON": every control a learner can change, as plain fields.
// One schema per product; the CLI loads files through `parseProfile`, the UI edits these objects.
import { z } from 'zod';
import { parseRule } from '../policy/ruleSyntax.ts';

const rate = z.number().min(0).max(1);

/** Marks a file as this project's profile format (how the config importers recognise it). */
const profileKind = z.literal('containment-lab-profile').optional();

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
const permissionRule = z.string().superRefine((value, ctx) => {
  const parsed = parseRule(value);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: `permission rule ${parsed.error}` });
});

export const claudeCodeSchema = z.object({
  product: z.literal('claude-code'),
  kind: profileKind,
  name: z.string(),
  model: modelSchema,
  trust: z.object({ projectConfigBeforeTrust: z.boolean() }),
  permissions: z.object({
    defaultMode: z.enum(['default', 'acceptEdits', 'plan', 'auto', 'dontAsk', 'bypassPermissions']),
    allow: z.array(permissionRule),
    ask: z.array(permissionRule),
    deny: z.array(permissionRule),
    /** Folders besides the working directory that the agent may read (and, sandboxed, write). */
    additionalDirectories: z.array(z.string()).default([]),
  }),
  /**
   * Which client's permission engine: `current` is Claude Code as the differential suite measured it
   * (2.1.328: read-only Bash runs without a prompt); `v1` is the early client the incidents happened
   * under, which asked before every Bash command. Historical profiles say `v1`.
   */
  client: z.enum(['current', 'v1']).default('current'),
  sandbox: z.object({
    enabled: z.boolean(),
    /** Whether the OS primitive (bubblewrap / Seatbelt) can start on this machine. */
    available: z.boolean(),
    failIfUnavailable: z.boolean(),
    autoAllowBashIfSandboxed: z.boolean(),
    allowUnsandboxedCommands: z.boolean(),
    excludedCommands: z.array(z.string()),
    /**
     * Claude Code write-protects its own settings files inside the sandbox, even when they do not
     * exist yet. False models versions before 2.1.2, which protected a missing .claude/settings.json
     * not at all (GHSA-ff64-7w26-62rf).
     */
    protectSettingsFiles: z.boolean().default(true),
    network: networkSchema,
    filesystem: z.object({
      allowWrite: z.array(z.string()),
      denyWrite: z.array(z.string()),
      denyRead: z.array(z.string()),
      allowRead: z.array(z.string()),
    }),
  }),
  toolResultInspection: inspectionSchema,
  otlpExport: z.boolean(),
});

export const claudeAiSchema = z.object({
  product: z.literal('claude-ai'),
  kind: profileKind,
  name: z.string(),
  model: modelSchema,
  container: z.object({ ephemeral: z.boolean() }),
  egress: networkSchema,
  toolResultInspection: inspectionSchema,
});

export const mountSchema = z.object({
  hostPath: z.string().min(1),
  mode: z.enum(['read-only', 'read-write', 'read-write-no-delete']),
});

export const coworkSchema = z.object({
  product: z.literal('cowork'),
  kind: profileKind,
  name: z.string(),
  model: modelSchema,
  vm: z.object({
    agentLoop: z.enum(['full-vm', 'host']),
    /** False simulates a VM that fails to start or crashes. */
    starts: z.boolean(),
    agentUser: z.enum(['unprivileged', 'root']),
  }),
  mounts: z.object({
    entries: z.array(mountSchema),
    symlinks: z.enum(['resolve-before-validation', 'resolve-after-validation']),
    adminAllowlist: z.array(z.string()).nullable(),
  }),
  egress: networkSchema,
  apiProxy: z.object({
    enabled: z.boolean(),
    requireSessionToken: z.boolean(),
    blockServerSideFetchHeaders: z.boolean(),
  }),
  credentials: z.object({
    mode: z.enum(['scoped-session-token', 'host-credentials']),
    scopes: z.array(z.string()),
    revoked: z.boolean(),
  }),
  toolResultInspection: inspectionSchema,
  localMcpOnHost: z.boolean(),
  otlpExport: z.boolean(),
});

export const profileSchema = z.discriminatedUnion('product', [claudeAiSchema, claudeCodeSchema, coworkSchema]);

export type ClaudeCodeProfile = z.infer<typeof claudeCodeSchema>;
export type ClaudeAiProfile = z.infer<typeof claudeAiSchema>;
export type CoworkProfile = z.infer<typeof coworkSchema>;
export type ProductProfile = z.infer<typeof profileSchema>;

export type ProfileParse = { ok: true; profile: ProductProfile } | { ok: false; message: string };

/** Validate unknown JSON as a product profile; the message names the field and what was expected. */
export function parseProfile(input: unknown): ProfileParse {
  const result = profileSchema.safeParse(input);
  if (result.success) return { ok: true, profile: result.data };
  const issue = result.error.issues[0];
  const where = issue && issue.path.length > 0 ? issue.path.join('.') : '(root)';
  return { ok: false, message: `product profile: ${where}: ${issue?.message ?? 'invalid'}` };
}
