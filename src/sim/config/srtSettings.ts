// sandbox-runtime settings files (`srt --settings FILE`). Required keys and the load-time domain
// checks follow @anthropic-ai/sandbox-runtime 0.0.78 dist/sandbox/sandbox-config.js; keys the real
// runtime accepts but the simulator does not model are accepted with a warning saying so.
import { z } from 'zod';
import { domainPatternProblem } from '../policy/domains.ts';
import type { SandboxSettings } from '../policy/sandbox.ts';
import { readJson, unknownKeys, zodIssues, type Issue, type ParseResult } from './issues.ts';

const pathEntry = z.string().min(1, 'is empty: a path is required');

function domainList(list: 'allow' | 'deny') {
  return z.array(z.string().superRefine((value, ctx) => {
    const problem = domainPatternProblem(value, list);
    if (problem !== null) ctx.addIssue({ code: 'custom', message: problem });
  }));
}

const UNMODELED_NETWORK = ['deniedDomainReasons', 'strictAllowlist', 'deniedResolvedAddresses', 'allowAllUnixSockets', 'allowMachLookup',
  'httpProxyPort', 'socksProxyPort', 'mitmProxy', 'tlsTerminate', 'parentProxy'] as const;
const UNMODELED_TOP = ['credentials', 'ignoreViolations', 'enableWeakerNestedSandbox', 'enableWeakerNetworkIsolation', 'allowAppleEvents',
  'ripgrep', 'mandatoryDenySearchDepth', 'allowPty', 'seccomp', 'bwrapPath', 'socatPath', 'javaAgentJarPath', 'windows', 'git'] as const;

const passthrough = (keys: readonly string[]) => Object.fromEntries(keys.map((k) => [k, z.unknown().optional()]));

export const srtSettingsSchema = z.object({
  network: z.object({
    allowedDomains: domainList('allow'),
    deniedDomains: domainList('deny'),
    allowUnixSockets: z.array(z.string()).optional(),
    allowLocalBinding: z.boolean().optional(),
    ...passthrough(UNMODELED_NETWORK),
  }),
  filesystem: z.object({
    denyRead: z.array(pathEntry),
    allowRead: z.array(pathEntry).optional(),
    allowWrite: z.array(pathEntry),
    denyWrite: z.array(pathEntry),
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
  if (v.filesystem.disabled === true) {
    warnings.push({ path: 'filesystem.disabled', message: 'filesystem.disabled is not modeled: the simulator still applies the filesystem rules' });
  }
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
        denyRead: v.filesystem.denyRead, allowWrite: v.filesystem.allowWrite, denyWrite: v.filesystem.denyWrite,
        ...(v.filesystem.allowRead === undefined ? {} : { allowRead: v.filesystem.allowRead }),
        ...(v.filesystem.allowGitConfig === undefined ? {} : { allowGitConfig: v.filesystem.allowGitConfig }),
      },
    },
  };
}
