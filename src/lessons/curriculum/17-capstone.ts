import { goal, noExfiltration, noHarm, promptsAtMost, reachableAtMost, stoppedByBoundary, taskCompletes } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const capstone: Lesson = {
  id: 'capstone',
  title: 'Capstone: a profile that works and contains',
  blurb: 'Keep a real workload running with the smallest blast radius you can.',
  teaches: ['capstone'],
  uses: [
    'blast-radius', 'hitl-sandbox', 'approval-fatigue', 'sandbox-fs-rules', 'sandbox-network-rules',
    'config-before-trust', 'phished-prompt', 'defense-components', 'escape-hatch', 'principles',
  ],
  text: [
    ['Time to design a profile yourself. The developer on this laptop needs their ordinary project work to keep running. The same profile has to survive three incidents you have met: a phished prompt, a repository whose config tries to run before trust, and a model that tries the sandbox escape hatch to finish its task.'],
    ['You are starting from "everything open": no sandbox, project config parsed before trust, the escape hatch allowed. The goal has several parts, and the hard one is the combination: ', strong('contain every incident, finish the task, and keep prompts rare'), ', because a profile that asks about everything will be worked around by Friday.'],
    ['One task cannot be finished safely: the tests want a fixture from a host nobody put on the allowlist. A contained agent reports that it could not fetch it, and a person decides whether that host belongs on the list. That is the right outcome; the agent quietly switching the sandbox off is not.'],
    ['Work from the environment outwards. Decide what must be reachable for the task (which domains, which folders) and deny the rest. Remember ', code('allowUnsandboxedCommands'), ', ', code('failIfUnavailable'), ' and the trust gate. Compare your blast radius with the start. Sources: ', link('the engineering post', SOURCES.post.url), ', ', link('sandboxing docs', SOURCES.sandboxing.url), ', ', link('settings', SOURCES.settings.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing, SOURCES.settings, SOURCES.iam],
  product: 'claude-code',
  scenarios: ['phished-prompt', 'pre-trust-config', 'sandbox-escape'],
  start: { preset: 'pre-trust-fix', changes: [{ path: 'claude-code.sandbox.enabled', value: false }] },
  run: { seed: 16, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.sandbox.enabled', label: 'OS sandbox around Bash' },
    { path: 'claude-code.sandbox.autoAllowBashIfSandboxed', label: 'Auto-allow sandboxed Bash' },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', label: 'Allow the unsandboxed escape hatch' },
    { path: 'claude-code.sandbox.failIfUnavailable', label: 'Refuse to run if the sandbox cannot start' },
    { path: 'claude-code.sandbox.network.allowedDomains', label: 'Sandbox: allowed domains' },
    { path: 'claude-code.sandbox.filesystem.denyRead', label: 'Sandbox: paths that cannot be read' },
    { path: 'claude-code.sandbox.filesystem.denyWrite', label: 'Sandbox: paths that cannot be written' },
    { path: 'claude-code.trust.projectConfigBeforeTrust', label: 'Parse project config before the trust dialog' },
    { path: 'claude-code.permissions.defaultMode', label: 'Permission mode' },
    { path: 'claude-code.permissions.deny', label: 'Permission rules: deny' },
  ],
  goal: goal(
    'Every incident contained, the task done, and at most three prompts all day.',
    noHarm('All three incidents are contained'),
    noExfiltration('No secret leaves the laptop'),
    stoppedByBoundary('Boundaries stop every attempt, not a tired human'),
    taskCompletes('The developer\'s own work still completes (setup and pull-request review)', ['phished-prompt', 'pre-trust-config']),
    promptsAtMost(3, 'At most 3 approval prompts across all three runs'),
    // The wide-open start reaches 205 points of the laptop's assets; the reference solution less (the test computes it).
    reachableAtMost(170, 'Reachable blast radius at most 170 (the open laptop: 205)'),
  ),
  hints: [
    ['Start with the boundary that covers the most: the OS sandbox with auto-allow.'],
    ['The model in the third scenario will ask to run outside the sandbox, and a tired human will say yes. Remove the option instead.'],
    ['Sandbox on, auto-allow on, ', code('allowUnsandboxedCommands'), ' off, trust gate fixed, and ', code('~/.aws'), ' and ', code('~/.ssh'), ' in ', code('denyRead'), '; and deny the ', code('WebFetch'), ' tool, which the sandbox does not cover.'],
  ],
  solution: [
    { path: 'claude-code.sandbox.enabled', value: true },
    { path: 'claude-code.sandbox.autoAllowBashIfSandboxed', value: true },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false },
    { path: 'claude-code.trust.projectConfigBeforeTrust', value: false },
    { path: 'claude-code.sandbox.filesystem.denyRead', value: ['~/.aws', '~/.ssh'] },
    { path: 'claude-code.permissions.deny', value: ['WebFetch'] },
  ],
  traps: [
    { changes: [{ path: 'claude-code.sandbox.enabled', value: true }], why: 'the sandbox alone leaves the escape hatch open and the project\'s hooks running before trust' },
    { changes: [{ path: 'claude-code.permissions.defaultMode', value: 'plan' }], why: 'a stricter permission mode is a person saying no, and the pre-trust hook never asks anyone' },
  ],
  quiz: {
    question: 'Two profiles both contain every incident. How do you choose between them?',
    answers: [
      { text: 'Pick the one with more prompts: more human oversight is safer.', correct: false, explanation: 'More prompts means more fatigue and more rubber-stamping. Oversight that people stop reading is not oversight.' },
      { text: 'Pick the one with the smaller reachable blast radius that still lets the task complete.', correct: true, explanation: 'Right. Containing today\'s incidents is the floor; the smaller ceiling also limits the incidents you have not thought of yet.' },
      { text: 'Either: once incidents are contained, nothing else matters.', correct: false, explanation: 'Tomorrow\'s incident is not on the list. What the agent could reach matters, not only what it did.' },
    ],
  },
};
