import { goal, noExfiltration, noHarm } from '../goals.ts';
import { link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const untrustedToolOutput: Lesson = {
  id: 'untrusted-tool-output',
  title: 'Untrusted tool output and connectors',
  blurb: 'An audited connector is not audited data.',
  teaches: ['untrusted-tool-output', 'connectors'],
  uses: ['defense-components', 'allowlist-capability', 'local-vm'],
  text: [
    ['Connectors (MCP servers, plugins, web search) are the third defense component: they decide what reaches the model. Auditing a connector tells you what its code does, not what its ', strong('data'), ' says. A code-host connector that fetches a README can pull an attacker\'s instructions straight into the agent\'s context. A remote tool can also change its behaviour after you approved it.'],
    ['Worse, the result is quiet. When a poisoned tool result steers the agent into sending data out through an allowed tool, the logs later show one successful, authorized call, with nothing to flag afterwards. The checks have to happen ', strong('live'), ', before the result reaches the model.'],
    ['In Cowork, tool calls go through proxies that apply the file and network rules and can run a small, fast classifier over return values. Here that inspection is switched off, and the agent is having a bad day (it follows every injection). Source: ', link('the engineering post', SOURCES.post.url), ', ', link('MCP docs', SOURCES.mcp.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.mcp],
  product: 'cowork',
  scenarios: ['poisoned-readme'],
  start: { preset: 'shipped', changes: [{ path: 'cowork.toolResultInspection.enabled', value: false }] },
  run: { seed: 12, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'cowork.toolResultInspection.enabled', label: 'Inspect tool results before the model sees them' },
    { path: 'cowork.model.injectionFollowRate', label: 'Model: follows injected instructions' },
  ],
  goal: goal('The poisoned README does not turn into a leak.', noExfiltration('Nothing is sent out on the README\'s say-so'), noHarm()),
  hints: [
    ['The harmful instruction never came from the user or from a file the user chose. Where did it enter?'],
    ['Once the README is in the agent\'s context, the environment only sees authorized calls. Stop it earlier.'],
    ['Turn on tool-result inspection.'],
  ],
  solution: [{ path: 'cowork.toolResultInspection.enabled', value: true }],
  quiz: {
    question: 'A connector passed a security audit last month. Is its output safe to trust?',
    answers: [
      { text: 'Yes, the audit covers it.', correct: false, explanation: 'The audit covered the connector\'s code. Its output is whatever the outside world put there, README files included.' },
      { text: 'No: the data it returns is untrusted content and has to be inspected on the way in.', correct: true, explanation: 'Right. Treat tool results like web pages: possibly written by an attacker, checked before they reach the model.' },
      { text: 'Only if it is a local MCP server.', correct: false, explanation: 'Local or remote, a connector can return content that someone else wrote.' },
    ],
  },
};
