// Claude Code settings.json (https://code.claude.com/docs/en/settings): the permissions block and the
// sandbox block are typed and checked; every other key Claude Code 2.1.328 knows (settingsKeys.ts) is
// accepted as it is; anything else is an unknown-key warning (and a finding in the review).
import { z } from 'zod';
import type { ClaudeCodeSettingsBlocks, ClaudeCodeSandboxBlock } from '../policy/claudeCode.ts';
import { domainList, pathEntry } from './fields.ts';
import { PERMISSION_MODES } from '../policy/permissions.ts';
import { parseRule } from '../policy/ruleSyntax.ts';
import { readJson, unknownKeys, zodIssues, type ParseResult } from './issues.ts';
import { CLAUDE_CODE_NESTED, CLAUDE_CODE_TOP_LEVEL } from './settingsKeys.ts';
import { commandHooks } from './hooksSettings.ts';
import type { HookSpec } from '../layers/hooks.ts';

const ruleList = z.array(z.string().superRefine((value, ctx) => {
  const parsed = parseRule(value);
  if ('error' in parsed) ctx.addIssue({ code: 'custom', message: `permission rule ${parsed.error}` });
}));


const paths = z.array(pathEntry);
/** Known keys of a block the engine does not type: accepted as they are, so they are not "unknown". */
const rest = (block: string, typed: readonly string[]) =>
  Object.fromEntries([...(CLAUDE_CODE_NESTED[block] ?? [])].filter((k) => !typed.includes(k)).map((k) => [k, z.unknown().optional()]));
/** A port, or null for "none": Anthropic's own example settings write `"httpProxyPort": null`. */
const port = z.number().int().min(1).max(65535).nullable().optional();

export const permissionsSchema = z.object({
  allow: ruleList.optional(),
  ask: ruleList.optional(),
  deny: ruleList.optional(),
  defaultMode: z.enum(PERMISSION_MODES).optional(),
  additionalDirectories: paths.optional(),
  disableBypassPermissionsMode: z.literal('disable').optional(),
  disableAutoMode: z.literal('disable').optional(),
  ...rest('permissions', ['allow', 'ask', 'deny', 'defaultMode', 'additionalDirectories', 'disableBypassPermissionsMode', 'disableAutoMode']),
});

export const sandboxSchema = z.object({
  enabled: z.boolean().optional(),
  autoAllowBashIfSandboxed: z.boolean().optional(),
  excludedCommands: z.array(z.string()).optional(),
  allowUnsandboxedCommands: z.boolean().optional(),
  failIfUnavailable: z.boolean().optional(),
  enableWeakerNestedSandbox: z.boolean().optional(),
  enableWeakerNetworkIsolation: z.boolean().optional(),
  ignoreViolations: z.record(z.string(), z.array(z.string())).optional(),
  network: z.object({
    allowedDomains: domainList('allow').optional(),
    deniedDomains: domainList('deny').optional(),
    /** Managed settings only: every other scope's allowed domains are ignored. */
    allowManagedDomainsOnly: z.boolean().optional(),
    allowUnixSockets: z.array(z.string()).optional(),
    allowAllUnixSockets: z.boolean().optional(),
    allowLocalBinding: z.boolean().optional(),
    httpProxyPort: port,
    socksProxyPort: port,
    ...rest('sandbox.network', ['allowedDomains', 'deniedDomains', 'allowUnixSockets', 'allowAllUnixSockets', 'allowLocalBinding', 'allowManagedDomainsOnly', 'httpProxyPort', 'socksProxyPort']),
  }).optional(),
  filesystem: z.object({
    allowWrite: paths.optional(),
    denyWrite: paths.optional(),
    denyRead: paths.optional(),
    allowRead: paths.optional(),
    allowManagedReadPathsOnly: z.boolean().optional(),
    ...rest('sandbox.filesystem', ['allowWrite', 'denyWrite', 'denyRead', 'allowRead', 'allowManagedReadPathsOnly']),
  }).optional(),
  ...rest('sandbox', ['enabled', 'autoAllowBashIfSandboxed', 'excludedCommands', 'allowUnsandboxedCommands', 'failIfUnavailable', 'enableWeakerNestedSandbox',
    'enableWeakerNetworkIsolation', 'ignoreViolations', 'network', 'filesystem']),
});

const OTHER_KEYS = [...CLAUDE_CODE_TOP_LEVEL].filter((k) => k !== 'permissions' && k !== 'sandbox');

export const claudeCodeSettingsSchema = z.object({
  permissions: permissionsSchema.optional(),
  sandbox: sandboxSchema.optional(),
  ...Object.fromEntries(OTHER_KEYS.map((k) => [k, z.unknown().optional()])),
});

export type ClaudeCodeSettings = z.infer<typeof claudeCodeSettingsSchema>;

export function parseClaudeCodeSettings(input: unknown): ParseResult<ClaudeCodeSettings> {
  const json = readJson(input);
  if (!json.ok) return { ok: false, errors: [json.issue], warnings: [] };
  if (json.value === null || typeof json.value !== 'object' || Array.isArray(json.value)) {
    return { ok: false, errors: [{ path: '', message: 'expected a JSON object at the top level' }], warnings: [] };
  }
  const warnings = unknownKeys(claudeCodeSettingsSchema, json.value);
  const parsed = claudeCodeSettingsSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error, json.value), warnings };
  return { ok: true, value: parsed.data, warnings };
}

/** The blocks the engine enforces (and the command hooks it runs), with Claude Code's defaults for what a file leaves out. */
export function toClaudeCodeProfile(s: ClaudeCodeSettings): ClaudeCodeSettingsBlocks & { hooks: HookSpec[] } {
  const p = s.permissions ?? {};
  const sb = s.sandbox ?? {};
  const sandbox: ClaudeCodeSandboxBlock = {};
  for (const k of ['enabled', 'autoAllowBashIfSandboxed', 'excludedCommands', 'allowUnsandboxedCommands', 'failIfUnavailable'] as const) {
    if (sb[k] !== undefined) (sandbox as Record<string, unknown>)[k] = sb[k];
  }
  if (sb.network !== undefined) sandbox.network = sb.network;
  if (sb.filesystem !== undefined) sandbox.filesystem = sb.filesystem;
  return {
    permissions: {
      allow: p.allow ?? [], ask: p.ask ?? [], deny: p.deny ?? [],
      ...(p.defaultMode === undefined ? {} : { defaultMode: p.defaultMode }),
      ...(p.additionalDirectories === undefined ? {} : { additionalDirectories: p.additionalDirectories }),
    },
    sandbox,
    hooks: commandHooks(s as { hooks?: unknown; disableAllHooks?: unknown }),
  };
}
