import { goal, noExfiltration, noHarm, stoppedByBoundary } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const subagentsAndIdentity: Lesson = {
  id: 'subagents-and-identity',
  title: 'Sub-agents, trust escalation and agent identity',
  blurb: '"It came from one of ours" is not a security property.',
  teaches: ['subagent-trust', 'agent-identity'],
  uses: ['untrusted-tool-output', 'memory-poisoning', 'scoped-tokens', 'revocation', 'hitl-sandbox'],
  text: [
    ['Agents now hand work to other agents. A sub-agent that browsed the web or read a repository may have been steered by what it read. If the parent treats the sub-agent\'s report as trusted because it came from "us", the injection has just been ', strong('promoted'), ': text an attacker wrote now carries the parent\'s authority and permissions. That is multi-agent trust escalation.'],
    ['The fix is a rule you already know: a sub-agent\'s output is untrusted content. Inspect it like any other tool result, and keep the parent inside the same boundaries as everything else. Behind this sits a broader question: ', strong('whose identity does an agent act with'), '? Its own principal, the user\'s, or a mix? Scoped, revocable tokens (as Cowork gives its VM) make the answer explicit and give you a switch to pull.'],
    ['This is an unattended pipeline: no prompts (', code('bypassPermissions'), ') and no sandbox, because "it is all our own agents". A research sub-agent returns a summary that asks the parent to register the workstation by sending ', code('~/.aws/credentials'), ' to an outside host. Contain the parent. Source: ', link('the engineering post', SOURCES.post.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing],
  product: 'claude-code',
  scenarios: ['subagent-trust-escalation'],
  start: {
    preset: 'shipped',
    changes: [
      { path: 'claude-code.permissions.defaultMode', value: 'bypassPermissions' },
      { path: 'claude-code.sandbox.enabled', value: false },
    ],
  },
  run: { seed: 15, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.toolResultInspection.enabled', label: 'Inspect tool and sub-agent results' },
    { path: 'claude-code.sandbox.enabled', label: 'OS sandbox around Bash' },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', label: 'Allow the unsandboxed escape hatch' },
    { path: 'claude-code.permissions.defaultMode', label: 'Permission mode' },
  ],
  goal: goal('The sub-agent\'s report cannot make the parent leak anything.', noExfiltration('No secret leaves on the sub-agent\'s say-so'), noHarm(), stoppedByBoundary()),
  hints: [
    ['Follow the instruction back: where did the request to send the credentials first appear?'],
    ['Inspection is a model-layer check, and the worst case assumes it misses. The parent needs a boundary.'],
    ['Turn the OS sandbox on for the parent: its network proxy refuses the unknown host. Then watch what the parent does once refused.'],
    ['Refused, the parent asks to rerun the command outside the sandbox, and in an unattended pipeline nobody really reads that prompt. Remove the escape hatch too.'],
    ['One door is left: the sandbox asks Claude Code about a host outside its allowlist, and bypassPermissions answers yes (measured on the real client). An unattended run belongs in dontAsk, which answers no.'],
  ],
  solution: [{ path: 'claude-code.sandbox.enabled', value: true }, { path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false }, { path: 'claude-code.permissions.defaultMode', value: 'dontAsk' }],
  traps: [
    { changes: [{ path: 'claude-code.toolResultInspection.enabled', value: true }], why: 'inspection alone is probabilistic' },
    { changes: [{ path: 'claude-code.sandbox.enabled', value: true }], why: 'the parent retries outside the sandbox, and the unattended pipeline approves it' },
    { changes: [{ path: 'claude-code.sandbox.enabled', value: true }, { path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false }], why: 'in bypassPermissions the sandbox\'s question about the collector is answered yes' },
  ],
  quiz: {
    question: 'Why should a parent agent not fully trust its own sub-agent?',
    answers: [
      { text: 'Because sub-agents use a weaker model.', correct: false, explanation: 'A sub-agent can use the same model. The risk is in what it read, not in how capable it is.' },
      { text: 'Because the sub-agent may have read attacker content, so its output can carry an injection with borrowed authority.', correct: true, explanation: 'Right. Trust has to follow where content came from, not which process relayed it.' },
      { text: 'Because sub-agents cannot use tools.', correct: false, explanation: 'They often can, which is exactly why their reports may be shaped by untrusted tool results.' },
    ],
  },
};
