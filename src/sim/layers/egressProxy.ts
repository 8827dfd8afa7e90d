// The host-side egress allowlist proxy (claude.ai's container proxy, Cowork's proxy outside the VM).
// Domain semantics are the policy layer's; here they are answered in the egress proxy's name.
import { compileNetwork, netConnect } from '../policy/network.ts';
import { decide, layerBase } from './catalog.ts';
import { PASS, type ExecVia, type Layer, type LayerDecision } from './types.ts';

export interface EgressConfig {
  allowedDomains: string[];
  deniedDomains: string[];
}

/**
 * `sees`: which of the agent's channels pass through this proxy. claude.ai's web fetch runs on the
 * provider's side, not in the container, so its proxy sees only code run in the container.
 */
export function egressProxyLayer(n: EgressConfig, sees: (via: ExecVia) => boolean = () => true): Layer {
  const compiled = compileNetwork({ allowedDomains: n.allowedDomains, deniedDomains: n.deniedDomains });
  return {
    ...layerBase('egress-proxy'),
    connect: (a) => {
      if (!sees(a.via)) return PASS;
      const d = netConnect(compiled, a.req.host, a.req.port);
      return decide('egress-proxy', d.decision, d.rule ?? 'deny by default', d.reason, d.failure as LayerDecision['failure']);
    },
  };
}
