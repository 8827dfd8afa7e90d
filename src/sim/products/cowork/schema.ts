// Cowork's profile: the VM, its mounts, the egress and API proxies, and the credentials it holds.
import { z } from 'zod';
import { inspectionSchema, modelSchema, networkSchema, profileKind } from '../schemaParts.ts';

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

export type CoworkProfile = z.infer<typeof coworkSchema>;
