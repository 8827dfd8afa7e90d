// Where each layer sits, in one place: the run logs it with every decision and the UI shows it.
import type { LayerId } from '../core/ids.ts';
import type { Layer, LayerDecision, Placement } from './types.ts';

export const LAYER_INFO: Record<LayerId, { sits: Placement; where: string }> = {
  'trust-gate': { sits: 'harness', where: 'in the Claude Code process, before any project config is read' },
  'permission-rules': { sits: 'harness', where: 'in the agent harness, before the tool runs' },
  'os-sandbox': { sits: 'kernel', where: 'in the OS kernel around the command (bubblewrap / Seatbelt); network through a proxy outside the sandbox' },
  'container-boundary': { sits: 'provider', where: "gVisor user-space kernel on the provider's servers" },
  'vm-boundary': { sits: 'outside-guest-kernel', where: 'the hypervisor, outside the guest kernel' },
  mounts: { sits: 'outside-guest-kernel', where: 'host-side file sharing, outside the guest kernel' },
  'egress-proxy': { sits: 'outside-guest-kernel', where: 'host-side allowlist proxy, outside the guest kernel' },
  'api-proxy': { sits: 'inside-guest', where: 'MITM proxy inside the guest, where the request provenance is known' },
  credentials: { sits: 'host', where: 'host keychain; the guest only holds a scoped session token' },
  'tool-result-inspection': { sits: 'provider', where: 'tool proxy, before a result reaches the model' },
  'approval-queue': { sits: 'human', where: 'the human at the keyboard' },
  'model-classifier': { sits: 'model', where: 'auto-mode transcript classifier (model layer, probabilistic)' },
  'dev-container': { sits: 'kernel', where: "a Docker container on the user's machine: its own mount namespace over the host's kernel; only /workspace and the ~/.claude volume come from outside" },
  hooks: { sits: 'harness', where: 'commands from the settings\' hooks, run by the Claude Code process on the host before and after tool calls (outside the sandbox)' },
  'container-firewall': { sits: 'inside-guest', where: "iptables in the container's network namespace, set by init-firewall.sh at start (the agent's user may only run that script as root)" },
};

/**
 * Whether a layer's "no" is a boundary. A person answering a prompt and a model judging the transcript
 * ('model' is the agent's own refusal, which is no layer) stop harm only some of the time. The verdict
 * and the lesson goals both ask this.
 */
export function isBoundary(decidedBy: string): boolean {
  if (decidedBy === 'model') return false;
  const info = (LAYER_INFO as Record<string, { sits: Placement } | undefined>)[decidedBy];
  return info === undefined || (info.sits !== 'human' && info.sits !== 'model');
}

/** The where-line per layer id (what the UI and the event log show). */
export const WHERE: Record<LayerId, string> = Object.fromEntries(Object.entries(LAYER_INFO).map(([id, info]) => [id, info.where])) as Record<LayerId, string>;

/** A layer's identity, from the catalogue. */
export function layerBase(id: LayerId): Pick<Layer, 'id' | 'sits' | 'where'> {
  return { id, ...LAYER_INFO[id] };
}

export function decide(layer: LayerId, decision: LayerDecision['decision'], rule: string, reason: string, failure?: LayerDecision['failure']): LayerDecision {
  const d: LayerDecision = { decision, layer, rule, reason, where: WHERE[layer] };
  if (failure !== undefined) d.failure = failure;
  return d;
}
