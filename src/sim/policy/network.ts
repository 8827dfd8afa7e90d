// The network half of sandbox-runtime: every connection leaves through its proxy, which checks the
// canonical host against deniedDomains, then allowedDomains, and refuses anything unmatched.
// Semantics from @anthropic-ai/sandbox-runtime 0.0.78, unchanged in 0.0.83 (test/fidelity), dist/sandbox/sandbox-manager.js
// (filterNetworkRequest, no ask callback under the `srt` CLI) and dist/sandbox/request-filter.js
// (403 with `X-Proxy-Error: blocked-by-allowlist`; a refused CONNECT is a 403 status line).
import { allow, deny, LAYER_OS_SANDBOX as L, type Decision, type FailureClass } from './decision.ts';
import { canonicalizeHost, isIP, isValidHost, parseDomainPattern, patternMatches, type DomainPattern } from './domains.ts';

export interface NetworkSettings {
  allowedDomains: string[];
  deniedDomains: string[];
  allowUnixSockets?: string[];
  allowLocalBinding?: boolean;
}

export interface CompiledNetwork {
  allowed: DomainPattern[];
  denied: DomainPattern[];
  allowLocalBinding: boolean;
}

export function compileNetwork(s: NetworkSettings): CompiledNetwork {
  return {
    allowed: s.allowedDomains.map(parseDomainPattern),
    denied: s.deniedDomains.map(parseDomainPattern),
    allowLocalBinding: s.allowLocalBinding === true,
  };
}

/** `http` = a plain request through the proxy; `connect` = an HTTPS tunnel. Default: connect for 443. */
export type ProxyRoute = 'http' | 'connect';

export const PROXY_BLOCK_HEADER = 'X-Proxy-Error: blocked-by-allowlist';

function isLoopbackName(host: string): boolean {
  return host === 'localhost' || host.endsWith('.localhost');
}

export function netConnect(c: CompiledNetwork, host: string, port = 443, route?: ProxyRoute): Decision {
  const via: ProxyRoute = route ?? (port === 443 ? 'connect' : 'http');
  const failure: FailureClass = via === 'connect' ? 'CONNECT_403' : 'HTTP_403';
  const shown = via === 'connect' ? 'the HTTPS CONNECT is refused with 403' : `the proxy answers 403 with ${PROXY_BLOCK_HEADER}`;
  if (!isValidHost(host)) return deny(L, null, `"${host}" is not a valid host name; ${shown}`, failure);
  const canonical = canonicalizeHost(host) ?? host;
  const spelled = canonical === host ? host : `${host} (canonical ${canonical})`;
  const denied = c.denied.find((p) => patternMatches(canonical, port, p));
  if (denied !== undefined) {
    return deny(L, `deniedDomains "${denied.raw}"`, `${spelled}:${port} matches a denied domain (checked before the allow list); ${shown}`, failure);
  }
  const allowed = c.allowed.find((p) => patternMatches(canonical, port, p));
  if (allowed !== undefined && isLoopbackName(canonical)) {
    // The proxy checks what an allowed name resolves to: an IP literal on the deny list refuses it.
    // Without DNS in the simulator only loopback names have a known answer (127.0.0.1).
    const refused = c.denied.find((p) => isIP(p.host) && patternMatches('127.0.0.1', port, p));
    if (refused !== undefined) {
      return deny(L, `deniedDomains "${refused.raw}"`, `${spelled} is allowed by name, but it resolves to 127.0.0.1, which the deny list names; ${shown}`, failure);
    }
  }
  if (allowed !== undefined) {
    return allow(L, `allowedDomains "${allowed.raw}"`, `${spelled}:${port} is on the allow list; the proxy forwards it`);
  }
  return deny(L, null, `${spelled}:${port} matches no allowedDomains entry and the network is deny-by-default; ${shown}`, failure);
}
