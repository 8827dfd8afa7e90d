// Which credentials the agent's processes hold. Claude Code runs as the user, with the user's keys;
// Cowork keeps them in the host keychain and gives the VM a scoped, revocable session token.
import { headerValue } from '../net/http.ts';
import type { CoworkProfile } from '../profile/schema.ts';
import { API_HOST } from './apiProxy.ts';
import { decide, type ConnectAction, type LayerDecision } from './types.ts';

const SCOPE_FOR_PATH: [string, string][] = [['/v1/files', 'files'], ['/v1/messages', 'messages']];

export function scopedTokenDecision(p: CoworkProfile, sessionToken: string, a: ConnectAction): LayerDecision | null {
  if (p.credentials.mode !== 'scoped-session-token' || a.req.host !== API_HOST) return null;
  const key = headerValue(a.req.headers, 'x-api-key') ?? headerValue(a.req.headers, 'authorization')?.replace(/^Bearer\s+/i, '');
  if (key !== sessionToken) return null;
  if (p.credentials.revoked) return decide('credentials', 'deny', 'token revoked', 'the session token was revoked; the user\'s own credentials are untouched', 'HTTP_403');
  const needed = SCOPE_FOR_PATH.find(([prefix]) => a.req.path.startsWith(prefix))?.[1];
  if (needed && !p.credentials.scopes.includes(needed)) {
    return decide('credentials', 'deny', `scope ${needed} not granted`, `the session token lacks the "${needed}" scope`, 'HTTP_403');
  }
  return null;
}
