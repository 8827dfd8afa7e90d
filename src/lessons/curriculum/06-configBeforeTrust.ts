import { goal, noHarm } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const configBeforeTrust: Lesson = {
  id: 'config-before-trust',
  title: 'Config before trust',
  blurb: 'Opening a folder is an inbound request from whoever wrote it.',
  teaches: ['config-before-trust'],
  uses: ['hitl-sandbox', 'sandbox-fs-rules', 'risk-categories'],
  text: [
    ['A developer clones a repository to review a pull request and starts Claude Code in it. The repository carries its own ', code('.claude/settings.json'), ' with a hook: a command Claude Code runs on an event. Claude Code asks "Do you trust this folder?", but in the versions this lesson replays it had ', strong('already read the project settings'), ' at start-up. The attacker\'s hook ran before the question was even on screen.'],
    ['Anthropic received three reports of this shape between mid-2025 and January 2026. Related public CVEs: project MCP servers started before trust; a project setting for ', code('ANTHROPIC_BASE_URL'), ' that sent the API key to another server before trust; and sandboxed code that created a missing ', code('.claude/settings.json'), ' with a SessionStart hook, which then ran unsandboxed after a restart.'],
    ['The OS sandbox does not help: hooks run in Claude Code itself, outside the sandbox. A stricter permission mode looks like the answer, since it makes the agent ask first, but ask yourself when the hook runs compared with the first prompt. The fix is about order. Do not parse or run project-local config until trust is granted, and treat opening a project, loading its config and listening on localhost like requests arriving from the internet. Sources: ', link('the engineering post', SOURCES.post.url), ', ', link('Claude Code security docs', SOURCES.security.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.security, SOURCES.settings],
  product: 'claude-code',
  scenarios: ['pre-trust-config'],
  start: { preset: 'pre-trust-fix', changes: [] },
  run: { seed: 6, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'claude-code.trust.projectConfigBeforeTrust', label: 'Parse project config before the trust dialog' },
    { path: 'claude-code.sandbox.enabled', label: 'OS sandbox around Bash' },
    { path: 'claude-code.permissions.defaultMode', label: 'Permission mode' },
  ],
  goal: goal('The repository\'s hook never runs before the user has trusted the folder.', noHarm('The attacker\'s hook does not run')),
  hints: [
    ['The sandbox is already on, and the harm still happens. What runs outside it?'],
    ['Check the timeline: when was the settings file read, and when was the trust question asked?'],
    ['Switch off "parse project config before the trust dialog".'],
  ],
  solution: [{ path: 'claude-code.trust.projectConfigBeforeTrust', value: false }],
  traps: [
    { changes: [{ path: 'claude-code.permissions.defaultMode', value: 'plan' }], why: 'plan mode asks before the agent acts, but the hook runs as the folder opens, before any prompt or trust dialog' },
  ],
  quiz: {
    question: 'Why did the OS sandbox not stop the malicious hook?',
    answers: [
      { text: 'The sandbox was misconfigured.', correct: false, explanation: 'The sandbox was fine. It wraps Bash commands the agent runs; a hook is run by Claude Code itself, outside that boundary.' },
      { text: 'The hook ran in the agent process, outside the sandbox, before any trust decision.', correct: true, explanation: 'Yes. The privileged process read attacker-controlled config, so the fix is to defer reading it until the user has trusted the folder.' },
      { text: 'The user clicked "trust" too quickly.', correct: false, explanation: 'The hook had already run by the time the question appeared. No answer could have helped.' },
    ],
  },
};
