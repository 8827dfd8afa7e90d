import { goal, noExfiltration, taskCompletes } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const scopedTokens: Lesson = {
  id: 'scoped-tokens',
  title: 'Scoped tokens and revocation',
  blurb: 'Give the VM a key of its own: narrow, short-lived, and easy to cancel.',
  teaches: ['scoped-tokens', 'revocation'],
  uses: ['local-vm', 'allowlist-capability'],
  text: [
    ['Your real credentials stay in the ', strong('host keychain'), '. The Cowork VM never sees them; it gets a token made for this one session, limited to the scopes the session needs (for example ', code('messages'), ' and ', code('files'), '). If the session is compromised, that token is revoked and your own credentials keep working, with nothing to rotate.'],
    ['A token of its own also gives the VM an identity. The in-VM API proxy from the last lesson works by comparing a request\'s key with the session token. If the VM held your personal key instead, an attacker\'s request and your own would look much alike, and anything that leaked would be your long-lived key.'],
    ['In this setup the VM holds the host\'s credentials and the API proxy is off. Give the VM its own identity and make its requests checkable. Then try revoking the token and watch what stops working: revocation is the emergency brake, not the everyday setting. Source: ', link('the engineering post', SOURCES.post.url), '.'],
  ],
  sources: [SOURCES.post],
  product: 'cowork',
  scenarios: ['approved-domain-exfil'],
  start: { preset: 'pre-api-proxy', changes: [{ path: 'cowork.credentials.mode', value: 'host-credentials' }] },
  run: { seed: 10, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'cowork.credentials.mode', label: 'Credentials the VM holds' },
    { path: 'cowork.credentials.revoked', label: 'Session token revoked' },
    { path: 'cowork.apiProxy.enabled', label: 'In-VM API proxy' },
  ],
  goal: goal('Nothing leaves through the API, and the session can still do its work.', noExfiltration('No workspace file reaches the attacker'), taskCompletes()),
  hints: [
    ['Whose identity is the VM using when it calls the API?'],
    ['The API proxy can only check "is this our token?" if the VM has a token of its own.'],
    ['Switch to a scoped session token and turn on the API proxy. Leave the token unrevoked, or the task cannot finish.'],
  ],
  solution: [
    { path: 'cowork.credentials.mode', value: 'scoped-session-token' },
    { path: 'cowork.apiProxy.enabled', value: true },
  ],
  traps: [
    { changes: [{ path: 'cowork.credentials.mode', value: 'scoped-session-token' }], why: 'a scoped token alone is still a token the attacker\'s request can ride on, with nothing checking where the upload goes' },
    { changes: [{ path: 'cowork.credentials.revoked', value: true }], why: 'revoking after the fact does not stop an upload on a key the VM never should have held' },
  ],
  quiz: {
    question: 'A Cowork session may be compromised. What does revoking its token cost the user?',
    answers: [
      { text: 'They must rotate their own API key and log in again everywhere.', correct: false, explanation: 'That is what happens when the agent holds your own credentials. The session token is separate, so your own key is untouched.' },
      { text: 'Only that session loses API access; the user\'s own credentials keep working.', correct: true, explanation: 'Right. The token can be revoked independently, which makes cutting off a compromised session cheap.' },
      { text: 'Nothing; revocation only takes effect after a restart.', correct: false, explanation: 'Revocation takes effect immediately: the next request with the revoked token is refused.' },
    ],
  },
};
