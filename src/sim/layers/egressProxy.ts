// The host-side egress allowlist proxy (claude.ai's container proxy, Cowork's proxy outside the VM).
// Domain semantics are the policy layer's; here they are answered in the egress proxy's name.
import { compileNetwork, netConnect, type CompiledNetwork } from '../policy/network.ts';
import { decide, type ConnectAction, type LayerDecision } from './types.ts';

export function compileEgress(n: { allowedDomains: string[]; deniedDomains: string[] }): CompiledNetwork {
  return compileNetwork({ allowedDomains: n.allowedDomains, deniedDomains: n.deniedDomains });
}

export function egressDecision(c: CompiledNetwork, a: ConnectAction): LayerDecision {
  const d = netConnect(c, a.req.host, a.req.port);
  return decide('egress-proxy', d.decision, d.rule ?? 'deny by default', d.reason, d.failure as LayerDecision['failure']);
}
