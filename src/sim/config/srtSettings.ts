// sandbox-runtime settings files (`srt --settings FILE`). Required keys and the load-time domain
// checks follow @anthropic-ai/sandbox-runtime 0.0.83 dist/sandbox/sandbox-config.js; keys the real
// runtime accepts but the simulator does not model are accepted with a warning saying so.
import { z } from 'zod';
import { domainList, pathEntry } from './fields.ts';
import type { SandboxSettings } from '../policy/sandbox.ts';
import { readJson, unknownKeys, zodIssues, type Issue, type ParseResult } from './issues.ts';



const UNMODELED_NETWORK = ['deniedDomainReasons', 'strictAllowlist', 'deniedResolvedAddresses', 'allowAllUnixSockets', 'allowMachLookup',
  'httpProxyPort', 'socksProxyPort', 'mitmProxy', 'tlsTerminate', 'parentProxy'] as const;
const UNMODELED_TOP = ['credentials', 'ignoreViolations', 'enableWeakerNestedSandbox', 'enableWeakerNetworkIsolation', 'allowAppleEvents',
  'ripgrep', 'mandatoryDenySearchDepth', 'allowPty', 'seccomp', 'bwrapPath', 'socatPath', 'javaAgentJarPath', 'windows', 'git'] as const;

const passthrough = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, z.unknown().optional()]));

/** A filesystem entry: a path (which may be a pattern), or `{ "path": ..., "literal": true }`, a name only (0.0.83). */
const srtPathEntry = z.union([pathEntry, z.object({ path: pathEntry, literal: z.literal(true) }).strict()], {
  error: 'must be a path, or { "path": "<path>", "literal": true }',
});
type SrtPathEntry = z.infer<typeof srtPathEntry>;

/** The spelled entries of a list apart from the ones marked literal. */
function split(list: SrtPathEntry[] | undefined): { spelled: string[]; literal: string[] } {
  const spelled: string[] = [];
  const literal: string[] = [];
  for (const e of list ?? []) {
    if (typeof e === 'string') spelled.push(e);
    else literal.push(e.path);
  }
  return { spelled, literal };
}

export const srtSettingsSchema = z.object({
  network: z.object({
    allowedDomains: domainList('allow'),
    deniedDomains: domainList('deny'),
    allowUnixSockets: z.array(z.string()).optional(),
    allowLocalBinding: z.boolean().optional(),
    ...passthrough(UNMODELED_NETWORK),
  }),
  filesystem: z.object({
    denyRead: z.array(srtPathEntry),
    allowRead: z.array(srtPathEntry).optional(),
    allowWrite: z.array(srtPathEntry),
    denyWrite: z.array(srtPathEntry),
    allowGitConfig: z.boolean().optional(),
    disabled: z.boolean().optional(),
  }),
  ...passthrough(UNMODELED_TOP),
});

function unmodeled(value: Record<string, unknown>): Issue[] {
  const out: Issue[] = [];
  for (const k of UNMODELED_TOP) if (value[k] !== undefined) out.push({ path: k, message: `"${k}" is accepted but not modeled by the simulator` });
  const net = value.network as Record<string, unknown> | undefined;
  for (const k of UNMODELED_NETWORK) if (net?.[k] !== undefined) out.push({ path: `network.${k}`, message: `"${k}" is accepted but not modeled by the simulator` });
  return out;
}

export function parseSrtSettings(input: unknown): ParseResult<SandboxSettings> {
  const json = readJson(input);
  if (!json.ok) return { ok: false, errors: [json.issue], warnings: [] };
  const warnings = unknownKeys(srtSettingsSchema, json.value);
  const parsed = srtSettingsSchema.safeParse(json.value);
  if (!parsed.success) return { ok: false, errors: zodIssues(parsed.error, json.value), warnings };
  const v = parsed.data;
  warnings.push(...unmodeled(v as Record<string, unknown>));
  const lists = {
    denyRead: split(v.filesystem.denyRead), allowWrite: split(v.filesystem.allowWrite), denyWrite: split(v.filesystem.denyWrite),
    allowRead: split(v.filesystem.allowRead),
  };
  const literal = Object.fromEntries(Object.entries(lists).filter(([, l]) => l.literal.length > 0).map(([k, l]) => [k, l.literal]));
  return {
    ok: true,
    warnings,
    value: {
      network: {
        allowedDomains: v.network.allowedDomains, deniedDomains: v.network.deniedDomains,
        ...(v.network.allowUnixSockets === undefined ? {} : { allowUnixSockets: v.network.allowUnixSockets }),
        ...(v.network.allowLocalBinding === undefined ? {} : { allowLocalBinding: v.network.allowLocalBinding }),
      },
      filesystem: {
        denyRead: lists.denyRead.spelled, allowWrite: lists.allowWrite.spelled, denyWrite: lists.denyWrite.spelled,
        ...(v.filesystem.allowRead === undefined ? {} : { allowRead: lists.allowRead.spelled }),
        ...(v.filesystem.allowGitConfig === undefined ? {} : { allowGitConfig: v.filesystem.allowGitConfig }),
        ...(v.filesystem.disabled === undefined ? {} : { disabled: v.filesystem.disabled }),
        ...(Object.keys(literal).length === 0 ? {} : { literal }),
      },
    },
  };
}
