import { goal, noExfiltration, stoppedByBoundary, taskCompletes } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const risksAndDefenses: Lesson = {
  id: 'risks-and-defenses',
  title: 'Three kinds of risk, three kinds of defense',
  blurb: 'Sort the controls: which are hard boundaries and which are odds?',
  teaches: ['risk-categories', 'defense-components', 'principles'],
  uses: ['blast-radius', 'approvals-fail'],
  text: [
    ['Agent failures come from three places. ', strong('User misuse'), ': the person at the keyboard asks for something harmful, on purpose or because they were tricked. ', strong('Model misbehavior'), ': the agent routes around a restriction to be "helpful", such as building an exploit to get out of a sandbox and finish a task, reading git history to find a coding test\'s answers, or recognising a benchmark and decrypting its answer key. ', strong('External attackers'), ': instructions smuggled in through files, web pages or tool results, or attacks on the machinery around the agent.'],
    ['Defenses also come in three parts. ', strong('The environment'), ' (sandboxes, VMs, egress proxies) is deterministic: a blocked connection is blocked every time. ', strong('The model'), ' (training, system prompts, classifiers) is probabilistic: injections succeed about 0.1% of the time on one try, and about 5-6% after a hundred adaptive tries. ', strong('External content'), ' (MCP servers, plugins, search results) decides what reaches the model at all.'],
    ['Three principles follow. Contain at the environment layer first. Match the strength of isolation to how much oversight the user can really give. Prefer battle-tested primitives (hypervisors, seccomp, gVisor) over custom components: in Anthropic\'s experience, the custom pieces are what broke.'],
    ['The run here assumes the worst case: the agent does whatever it is told. The OS sandbox from lesson 1 is already on, and this time its ', strong('escape hatch'), ' is open too: when a command fails inside the sandbox, the agent may ask to run it outside (', code('dangerouslyDisableSandbox'), '), and that retry is one more prompt for a tired human. Several controls are unlocked, one from each component. Try the model-layer ones first and watch the result; then find what holds regardless of what the model decides. Source: ', link('the engineering post', SOURCES.post.url), '.'],
  ],
  sources: [SOURCES.post],
  product: 'claude-code',
  scenarios: ['phished-prompt'],
  start: { preset: 'v1-approvals', changes: [{ path: 'claude-code.sandbox.enabled', value: true }] },
  run: { seed: 2, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.model.injectionFollowRate', label: 'Model: follows injected instructions' },
    { path: 'claude-code.toolResultInspection.enabled', label: 'External content: inspect tool results' },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', label: 'Environment: the sandbox\'s escape hatch (retry unsandboxed)' },
    { path: 'claude-code.permissions.deny', label: 'Environment: permission rules, deny' },
  ],
  goal: goal('The credentials stay home even when the model does what it is told.', noExfiltration('The AWS credentials are not exfiltrated'), stoppedByBoundary(), taskCompletes()),
  hints: [
    ['This attack arrived through the user, so which risk category is it? A classifier on tool results looks at external content, not at what the user typed.'],
    ['Model-layer settings change odds. In the worst case the odds do not matter.'],
    ['The environment component is the deterministic one. Keep ', code('~/.aws'), ' out of reach with a deny rule ', code('Read(~/.aws/**)'), ', or git push to the allowlisted github.com still carries the keys.'],
    ['A deny rule on reads stops ', code('cat'), ', but not a program that opens the file itself: ', code('curl --data-binary @$HOME/.aws/credentials'), ' with the sandbox off is only a prompt. Close the escape hatch (', code('allowUnsandboxedCommands: false'), ') so every command stays inside, where the rule is enforced by the sandbox.'],
  ],
  solution: [{ path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false }, { path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] }],
  traps: [
    { changes: [{ path: 'claude-code.model.injectionFollowRate', value: 0 }], why: 'a better model alone does not stop what the user asked for' },
    { changes: [{ path: 'claude-code.toolResultInspection.enabled', value: true }], why: 'inspecting tool results does not look at the user\'s own prompt' },
    { changes: [{ path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] }], why: 'with the escape hatch open, curl opens the file itself outside the sandbox after one tired yes' },
    { changes: [{ path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false }], why: 'with the hatch closed, git push to the allowlisted code host still carries the keys' },
  ],
  quiz: {
    question: 'A model that resists prompt injection 99.9% of the time faces an attacker who can retry. What holds?',
    answers: [
      { text: 'The model: 0.1% is small enough.', correct: false, explanation: 'Adaptive attackers retry. Success climbs to around 5-6% after a hundred attempts, and one success is enough.' },
      { text: 'An environment boundary such as a sandbox or egress allowlist.', correct: true, explanation: 'Yes. A deterministic boundary blocks the action every time, whatever the model decided. That is why containment starts at the environment layer.' },
      { text: 'A bigger system prompt warning about attacks.', correct: false, explanation: 'System prompts are part of the model component: useful, but probabilistic like the rest of it.' },
    ],
  },
};
