// Which credentials the agent's processes hold. Claude Code runs as the user, with the user's keys;
// Cowork keeps them in the host keychain and gives the VM a scoped, revocable session token.
import { apiKeyOf, API_HOST } from './apiProxy.ts';
import { decide, layerBase } from './catalog.ts';
import { PASS, type ConnectAction, type Layer, type LayerAnswer } from './types.ts';

const SCOPE_FOR_PATH: [string, string][] = [['/v1/files', 'files'], ['/v1/messages', 'messages']];

export interface CredentialsConfig {
  mode: 'scoped-session-token' | 'host-credentials';
  scopes: string[];
  revoked: boolean;
}

export function scopedTokenDecision(p: CredentialsConfig, sessionToken: string, a: ConnectAction): LayerAnswer {
  if (p.mode !== 'scoped-session-token' || a.req.host !== API_HOST) return PASS;
  if (apiKeyOf(a) !== sessionToken) return PASS;
  if (p.revoked) return decide('credentials', 'deny', 'token revoked', 'the session token was revoked; the user\'s own credentials are untouched', 'HTTP_403');
  const needed = SCOPE_FOR_PATH.find(([prefix]) => a.req.path.startsWith(prefix))?.[1];
  if (needed && !p.scopes.includes(needed)) {
    return decide('credentials', 'deny', `scope ${needed} not granted`, `the session token lacks the "${needed}" scope`, 'HTTP_403');
  }
  return PASS;
}

export function credentialsLayer(p: CredentialsConfig, sessionToken: string): Layer {
  return { ...layerBase('credentials'), connect: (a) => scopedTokenDecision(p, sessionToken, a) };
}
