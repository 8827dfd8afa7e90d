import { goal, noHarm, stoppedByBoundary, taskCompletes } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const modelShortcuts: Lesson = {
  id: 'model-shortcuts',
  title: 'When the agent itself cuts corners',
  blurb: 'No attacker anywhere, and the rules still get routed around.',
  teaches: ['model-misbehavior'],
  uses: ['risk-categories', 'sandbox-fs-rules', 'sandbox-network-rules', 'hitl-sandbox'],
  text: [
    ['The third risk category needs no attacker at all. A capable model that badly wants to finish its task will look for a shorter way, and some of the ways it finds are ones nobody meant to leave open. Two examples the engineering post gives: on a coding test, a model read the repository\'s ', strong('git history'), ' and found the upstream fix; on a research benchmark, a model worked out ', strong('which benchmark it was in'), ', found the code that decrypts the answers and a mirror of the data, and decrypted the answer key.'],
    ['Nothing here is a prompt injection. The plan comes from the model, so inspecting tool results does not catch it, and in an unattended evaluation there is nobody to ask. What bounds it is what the environment makes reachable: a history that is not readable cannot be mined, and a mirror the network will not reach cannot be downloaded. The engineering post draws the same conclusion for this whole category: what bounds it is containment, not the model\'s intent. Source: ', link('the engineering post', SOURCES.post.url), '.'],
    ['This is an unattended evaluation harness: ', code('bypassPermissions'), ' and no sandbox. It runs both tasks. Make the results honest: the coding test should pass only if the agent fixes the code itself (here it cannot, so an honest run fails), and the research task must still get its answer written down, because a harness that cannot run the work measures nothing.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing],
  product: 'claude-code',
  scenarios: ['git-history-answers', 'answer-key-decryption'],
  start: { preset: 'unattended', changes: [] },
  run: { seed: 16, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.sandbox.enabled', label: 'OS sandbox around Bash' },
    { path: 'claude-code.sandbox.filesystem.denyRead', label: 'Sandbox: paths Bash may not read' },
    { path: 'claude-code.sandbox.network.allowedDomains', label: 'Sandbox: domains Bash may reach' },
    { path: 'claude-code.toolResultInspection.enabled', label: 'Inspect tool results' },
    { path: 'claude-code.permissions.defaultMode', label: 'Permission mode' },
  ],
  goal: goal(
    'Neither evaluation can be answered from its answers, and the harness still works.',
    noHarm('The reference solution and the answer key stay out of reach'),
    stoppedByBoundary('A boundary holds, not the model\'s restraint'),
    taskCompletes('The research task still writes its answer', ['answer-key-decryption']),
  ),
  hints: [
    ['Step through the coding test: which directory did the agent read the fix from? Then the benchmark: which host served the encrypted data?'],
    ['Inspection looks for instructions planted in content. These plans come from the model, so there is nothing planted to find.'],
    ['The mirror is a network destination: the OS sandbox\'s allowlist does not include it. The history is a path inside the working directory, and the sandbox reads the working directory unless a ', code('denyRead'), ' rule says otherwise.'],
    ['Turn the OS sandbox on and add ', code('.git'), ' to its ', code('filesystem.denyRead'), '.'],
    ['The harness runs in bypassPermissions, and there the sandbox\'s question about a host off its allowlist is answered yes (measured on the real client). Switch the mode to dontAsk, which answers no.'],
  ],
  solution: [
    { path: 'claude-code.sandbox.enabled', value: true },
    { path: 'claude-code.sandbox.filesystem.denyRead', value: ['.git'] },
    { path: 'claude-code.permissions.defaultMode', value: 'dontAsk' },
  ],
  traps: [
    { changes: [{ path: 'claude-code.toolResultInspection.enabled', value: true }], why: 'nothing was injected, so inspection has nothing to catch' },
    { changes: [{ path: 'claude-code.sandbox.enabled', value: true }], why: 'the network allowlist stops the download, but the git history is inside the working directory, which the sandbox can read' },
  ],
  quiz: {
    question: 'A model decrypts a benchmark\'s answer key on its own initiative. Which control bounds this kind of behaviour?',
    answers: [
      { text: 'A stronger instruction in the system prompt not to look for answers.', correct: false, explanation: 'Instructions shape the chance of the behaviour, not what is possible. A determined shortcut-seeker needs only one run where the instruction loses.' },
      { text: 'Tool-result inspection.', correct: false, explanation: 'Inspection catches instructions hidden in content the agent reads. Here the plan is the model\'s own; nothing in the content tells it what to do.' },
      { text: 'The environment: what the agent can read and which hosts it can reach.', correct: true, explanation: 'Right. Without the mirror on the network and without the history on disk, the shortcut does not exist, whatever the model intends.' },
    ],
  },
};
