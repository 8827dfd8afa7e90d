import { goal, noExfiltration, noHarm, stoppedByBoundary } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

/** Cowork's shipped egress allowlist in our model (src/sim/profile/presets.ts). */
const SHIPPED_EGRESS = ['registry.npmjs.org', 'pypi.org', 'files.pythonhosted.org', 'github.com', '*.github.com', 'api.anthropic.com'];

export const untrustedToolOutput: Lesson = {
  id: 'untrusted-tool-output',
  title: 'Untrusted tool output and connectors',
  blurb: 'An audited connector is not audited data.',
  teaches: ['untrusted-tool-output', 'connectors'],
  uses: ['defense-components', 'allowlist-capability', 'local-vm', 'sandbox-network-rules'],
  text: [
    ['Connectors (MCP servers, plugins, web search) are the third defense component: they decide what reaches the model. Auditing a connector tells you what its code does, not what its ', strong('data'), ' says. A code-host connector that fetches a README can pull an attacker\'s instructions straight into the agent\'s context. A remote tool can also change its behaviour after you approved it.'],
    ['Worse, the result is quiet. When a poisoned tool result steers the agent into sending data out through an allowed route, the logs later show one successful, authorized call, with nothing to flag afterwards. The checks have to happen ', strong('live'), '.'],
    ['In Cowork, tool calls go through proxies that apply the file and network rules, and a small, fast classifier inspects return values before the model sees them. It is on here, and it helps, but it is a model-layer defense: this lesson assumes the worst case, where it misses. The README asks the agent to "publish a fingerprint" of the workspace to ', code('gist.github.com'), ', which the ', code('*.github.com'), ' allowlist entry quietly permits. Find the deterministic fix that leaves GitHub itself reachable. Sources: ', link('the engineering post', SOURCES.post.url), ', ', link('MCP docs', SOURCES.mcp.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.mcp],
  product: 'cowork',
  scenarios: ['poisoned-readme'],
  start: { preset: 'shipped', changes: [] },
  run: { seed: 12, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'cowork.toolResultInspection.enabled', label: 'Inspect tool results before the model sees them' },
    { path: 'cowork.model.injectionFollowRate', label: 'Model: follows injected instructions' },
    { path: 'cowork.egress.allowedDomains', label: 'Egress allowlist (host side)' },
    { path: 'cowork.egress.deniedDomains', label: 'Egress denylist (host side)' },
  ],
  goal: goal('The poisoned README does not turn into a leak, whatever the model decides.', noExfiltration('Nothing is published on the README\'s say-so'), noHarm(), stoppedByBoundary()),
  hints: [
    ['The harmful instruction never came from the user or from a file the user chose. Where did it enter, and where did the data go?'],
    ['Inspection and model settings change the odds; in the worst case they miss. What does the egress proxy check first?'],
    ['Put ', code('gist.github.com'), ' on the egress denylist: denied domains are checked before the allowlist.'],
  ],
  solution: [{ path: 'cowork.egress.deniedDomains', value: ['gist.github.com'] }],
  traps: [
    { changes: [{ path: 'cowork.model.injectionFollowRate', value: 0 }], why: 'the worst case assumes the model layer misses' },
    { changes: [{ path: 'cowork.egress.allowedDomains', value: SHIPPED_EGRESS.filter((d) => d !== 'github.com') }], why: 'dropping the bare domain leaves *.github.com, which covers the gist host' },
  ],
  quiz: {
    question: 'A connector passed a security audit last month. Is its output safe to trust?',
    answers: [
      { text: 'Yes, the audit covers it.', correct: false, explanation: 'The audit covered the connector\'s code. Its output is whatever the outside world put there, README files included.' },
      { text: 'No: the data it returns is untrusted content, inspected on the way in and bounded by the same egress rules as everything else.', correct: true, explanation: 'Right. Treat tool results like web pages: possibly written by an attacker. Inspection lowers the odds; the boundary caps the damage.' },
      { text: 'Only if it is a local MCP server.', correct: false, explanation: 'Local or remote, a connector can return content that someone else wrote.' },
    ],
  },
};
