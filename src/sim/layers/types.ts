// What every enforcement layer answers, and the actions it is asked about.
import type { Failure, Verdict } from '../core/events.ts';
import type { LayerId } from '../core/ids.ts';
import type { GuardOp } from '../vfs/guardedFs.ts';
import type { HttpRequest } from '../net/http.ts';

export interface LayerDecision {
  decision: Verdict;
  layer: LayerId;
  rule: string;
  reason: string;
  /** Where the layer sits, for the UI: "outside the guest kernel", "in the agent harness", ... */
  where: string;
  failure?: Failure | 'EBUSY';
}

export type ToolCall =
  | { tool: 'Bash'; command: string }
  | { tool: 'Read' | 'Edit' | 'Write'; path: string; content?: string }
  | { tool: 'WebFetch'; url: string }
  | { tool: string; input?: unknown };

/** Where the agent's code executes; decides which layers see a filesystem or network action. */
export type ExecVia = 'sandboxed-bash' | 'bash' | 'tool';

export interface FsAction {
  op: GuardOp;
  path: string;
  realPath: string;
  via: ExecVia;
}

export interface ConnectAction {
  req: HttpRequest;
  via: ExecVia;
}

export const WHERE: Record<LayerId, string> = {
  'trust-gate': 'in the Claude Code process, before any project config is read',
  'permission-rules': 'in the agent harness, before the tool runs',
  'os-sandbox': 'in the OS kernel around the command (bubblewrap / Seatbelt); network through a proxy outside the sandbox',
  'container-boundary': "gVisor user-space kernel on the provider's servers",
  'vm-boundary': 'the hypervisor, outside the guest kernel',
  mounts: 'host-side file sharing, outside the guest kernel',
  'egress-proxy': 'host-side allowlist proxy, outside the guest kernel',
  'api-proxy': 'MITM proxy inside the guest, where the request provenance is known',
  credentials: 'host keychain; the guest only holds a scoped session token',
  'tool-result-inspection': 'tool proxy, before a result reaches the model',
  'approval-queue': 'the human at the keyboard',
  'model-classifier': 'auto-mode transcript classifier (model layer, probabilistic)',
};

export function decide(layer: LayerId, decision: Verdict, rule: string, reason: string, failure?: LayerDecision['failure']): LayerDecision {
  const d: LayerDecision = { decision, layer, rule, reason, where: WHERE[layer] };
  if (failure !== undefined) d.failure = failure;
  return d;
}
