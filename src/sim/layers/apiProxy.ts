// Cowork's in-VM API proxy: api.anthropic.com is allowlisted, so the egress proxy cannot tell the VM's
// own calls from an attacker's. Inside the VM provenance is known: only requests carrying this
// session's token pass, and headers that make the server fetch on the caller's behalf are stripped.
import { headerValue } from '../net/http.ts';
import type { CoworkProfile } from '../profile/schema.ts';
import { decide, type ConnectAction, type LayerDecision } from './types.ts';

export const API_HOST = 'api.anthropic.com';

/** Beta flags that turn an API call into a server-side fetch of a URL chosen by the caller. */
const SERVER_FETCH_BETAS = ['web-fetch', 'mcp-client', 'url-fetch'];

export function apiProxyDecision(p: CoworkProfile, sessionToken: string, a: ConnectAction): LayerDecision | null {
  if (!p.apiProxy.enabled || a.req.host !== API_HOST) return null;
  const key = headerValue(a.req.headers, 'x-api-key') ?? headerValue(a.req.headers, 'authorization')?.replace(/^Bearer\s+/i, '');
  if (p.apiProxy.requireSessionToken && key !== sessionToken) {
    return decide('api-proxy', 'deny', 'session token only', 'the request carries an API key that is not this session\'s token', 'HTTP_403');
  }
  const beta = headerValue(a.req.headers, 'anthropic-beta') ?? '';
  if (p.apiProxy.blockServerSideFetchHeaders && SERVER_FETCH_BETAS.some((b) => beta.includes(b))) {
    return decide('api-proxy', 'deny', 'no server-side fetch', `header anthropic-beta: ${beta} would make the server fetch for the caller`, 'HTTP_403');
  }
  return decide('api-proxy', 'allow', 'session token', 'the request carries this session\'s own token');
}
