// Cowork's in-VM API proxy: api.anthropic.com is allowlisted, so the egress proxy cannot tell the VM's
// own calls from an attacker's. Inside the VM provenance is known: only requests carrying this
// session's token pass, and headers that make the server fetch on the caller's behalf are stripped.
import { SERVER_FETCH_BETAS, headerValue } from '../net/http.ts';
import { decide, layerBase } from './catalog.ts';
import { PASS, type ConnectAction, type Layer, type LayerAnswer } from './types.ts';

export const API_HOST = 'api.anthropic.com';

export interface ApiProxyConfig {
  enabled: boolean;
  requireSessionToken: boolean;
  blockServerSideFetchHeaders: boolean;
}

/** The key a request to the vendor API carries (x-api-key, or a bearer token). */
export function apiKeyOf(a: ConnectAction): string | undefined {
  return headerValue(a.req.headers, 'x-api-key') ?? headerValue(a.req.headers, 'authorization')?.replace(/^Bearer\s+/i, '');
}

export function apiProxyDecision(p: ApiProxyConfig, sessionToken: string, a: ConnectAction): LayerAnswer {
  if (!p.enabled || a.req.host !== API_HOST) return PASS;
  if (p.requireSessionToken && apiKeyOf(a) !== sessionToken) {
    return decide('api-proxy', 'deny', 'session token only', 'the request carries an API key that is not this session\'s token', 'HTTP_403');
  }
  const beta = headerValue(a.req.headers, 'anthropic-beta') ?? '';
  if (p.blockServerSideFetchHeaders && SERVER_FETCH_BETAS.some((b) => beta.includes(b))) {
    return decide('api-proxy', 'deny', 'no server-side fetch', `header anthropic-beta: ${beta} would make the server fetch for the caller`, 'HTTP_403');
  }
  return decide('api-proxy', 'allow', 'session token', 'the request carries this session\'s own token');
}

export function apiProxyLayer(p: ApiProxyConfig, sessionToken: string): Layer {
  return { ...layerBase('api-proxy'), connect: (a) => apiProxyDecision(p, sessionToken, a) };
}
