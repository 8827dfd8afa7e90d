import { goal, noExfiltration, taskCompletes } from '../goals.ts';
import { code, link, show, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const allowlistCapability: Lesson = {
  id: 'allowlist-capability',
  title: 'An allowlist is a capability grant',
  blurb: 'The sandbox worked perfectly, and the files still left.',
  teaches: ['allowlist-capability'],
  uses: ['local-vm', 'mounts', 'sandbox-network-rules'],
  text: [
    ['In January 2026 an outside researcher reported this against Cowork. A document in the mounted workspace held hidden text: instructions plus the ', strong('attacker\'s API key'), '. Following them, the agent read other files in the workspace and uploaded them with the Files API on ', code('api.anthropic.com'), ', using the attacker\'s key. The egress proxy saw an allowlisted domain and let the traffic through. The files ended up in the attacker\'s account.'],
    ['Every boundary did its job, and data still left. The lesson: allowing a domain grants every function reachable on that domain, including ones that work for someone else. Each allowlist entry is attack surface.'],
    ['The fix sits inside the VM, because only the VM knows where a request came from. A man-in-the-middle proxy there passes API calls only if they carry ', strong('this session\'s own token'), ', rejects any other key, and strips headers that would make the server fetch URLs on the caller\'s behalf. Removing the API domain from the allowlist would also stop the leak, but Cowork cannot work without it. Source: ', link('the engineering post', SOURCES.post.url), '.'],
  ],
  sources: [SOURCES.post],
  product: 'cowork',
  scenarios: ['approved-domain-exfil'],
  start: { preset: 'pre-api-proxy', changes: [] },
  run: { seed: 9, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'cowork.apiProxy.enabled', label: 'In-VM API proxy' },
    { path: 'cowork.apiProxy.requireSessionToken', label: 'API proxy: session token only' },
    { path: 'cowork.apiProxy.blockServerSideFetchHeaders', label: 'API proxy: block server-side fetch headers' },
  ],
  goal: goal('The workspace files stay out of the attacker\'s account, and the agent can still use the API.', noExfiltration('No workspace file reaches the attacker'), taskCompletes()),
  hints: [
    ['Look at the upload in ', show("Cowork's network log", 'cowork', 'network'), ': which host, and whose key?'],
    ['The host-side proxy only sees a domain. Something that knows which key belongs to this session has to decide.'],
    ['Turn on the in-VM API proxy with "session token only".'],
  ],
  solution: [{ path: 'cowork.apiProxy.enabled', value: true }],
  traps: [
    { changes: [{ path: 'cowork.apiProxy.enabled', value: true }, { path: 'cowork.apiProxy.requireSessionToken', value: false }], why: 'a proxy that lets any key through still lets the attacker\'s key upload the files' },
  ],
  quiz: {
    question: 'Why does the session-token check live inside the VM rather than in the host\'s egress proxy?',
    answers: [
      { text: 'Because the VM is faster.', correct: false, explanation: 'Speed has nothing to do with it. The question is who can tell the VM\'s own calls apart from an attacker\'s.' },
      { text: 'Because only the VM knows which token it was given, so only it can tell its own requests from requests carrying someone else\'s key.', correct: true, explanation: 'Right. The host proxy sees a domain; the in-VM proxy sees the credential and knows where it came from.' },
      { text: 'Because the host proxy cannot read HTTPS at all.', correct: false, explanation: 'The host proxy enforces domains, which it can do for HTTPS too. Domains are simply not enough to tell whose request it is.' },
    ],
  },
};
