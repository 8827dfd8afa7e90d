// Claude Code's profile: the client's permission engine, its OS sandbox, the trust gate, and what a
// security team can export. Field names follow settings.json where there is one.
import { z } from 'zod';
import { PERMISSION_MODES } from '../../policy/permissions.ts';
import { inspectionSchema, modelSchema, networkSchema, permissionRule, profileKind } from '../schemaParts.ts';

/** The Claude Code client's own settings: shared by every product that runs Claude Code. */
export const claudeCodeClientShape = {
  trust: z.object({ projectConfigBeforeTrust: z.boolean() }),
  permissions: z.object({
    defaultMode: z.enum(PERMISSION_MODES),
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
    /** allowManagedDomainsOnly: set by managed settings; WebFetch allow rules then stop opening the network. */
    network: networkSchema.extend({ allowManagedDomainsOnly: z.boolean().optional() }),
    filesystem: z.object({
      allowWrite: z.array(z.string()),
      denyWrite: z.array(z.string()),
      denyRead: z.array(z.string()),
      allowRead: z.array(z.string()),
    }),
  }),
  toolResultInspection: inspectionSchema,
  otlpExport: z.boolean(),
  /**
   * Command hooks from settings.json `hooks` (flattened: event, matcher, command), run by the client on
   * the host outside the sandbox (layers/hooks.ts). Absent: none.
   */
  hooks: z.array(z.object({ event: z.string(), matcher: z.string().optional(), command: z.string(), path: z.string().optional() })).optional(),
};

export const claudeCodeSchema = z.object({
  product: z.literal('claude-code'),
  kind: profileKind,
  name: z.string(),
  model: modelSchema,
  ...claudeCodeClientShape,
});

export type ClaudeCodeProfile = z.infer<typeof claudeCodeSchema>;
