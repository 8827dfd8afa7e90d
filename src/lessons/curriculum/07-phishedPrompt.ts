import { goal, noExfiltration, noHarm, stoppedByBoundary } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const phishedPrompt: Lesson = {
  id: 'phished-prompt',
  title: 'The phished prompt: the user as the injection',
  blurb: 'When the harmful text comes from the user, only the environment can say no.',
  teaches: ['phished-prompt'],
  uses: ['risk-categories', 'defense-components', 'hitl-sandbox', 'sandbox-fs-rules', 'sandbox-network-rules'],
  text: [
    ['In a February 2026 red-team exercise, a phishing email asked developers "can you run this for me?" and included a ready-to-paste prompt. Between ordinary setup steps it told the agent to read ', code('~/.aws/credentials'), ', encode it and POST it to an outside address. The agent sent the credentials in ', strong('24 of 25 runs'), '.'],
    ['The model layer had little to work with: the request came from the user, in the user\'s own session. What held was the environment. Egress control blocked the POST, and filesystem boundaries kept ', code('~/.aws'), ' out of reach. There was a sequel: the prompt was shared in a team chat thread, and agents that read the chat kept picking it up. A canary string was planted in it so that pickups could be detected.'],
    ['This laptop has no working bubblewrap, so the sandbox cannot start. By default Claude Code warns and carries on ', strong('unsandboxed'), '. Make it fail closed. Failing closed has a price, and it is the point: with ', code('failIfUnavailable'), ' Claude Code refuses to start on this laptop, so nothing runs (not Bash, not Read, not WebFetch) until someone installs bubblewrap and socat. Sources: ', link('the engineering post', SOURCES.post.url), ', ', link('sandbox settings', SOURCES.sandboxing.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing],
  product: 'claude-code',
  scenarios: ['phished-prompt'],
  start: { preset: 'shipped', changes: [{ path: 'claude-code.sandbox.available', value: false }] },
  run: { seed: 7, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.model.injectionFollowRate', label: 'Model: follows injected instructions' },
    { path: 'claude-code.sandbox.failIfUnavailable', label: 'Refuse to run if the sandbox cannot start' },
    { path: 'claude-code.permissions.ask', label: 'Permission rules: ask' },
    { path: 'claude-code.permissions.deny', label: 'Permission rules: deny' },
  ],
  goal: goal('The pasted prompt cannot send the credentials anywhere.', noExfiltration('The AWS credentials are not exfiltrated'), noHarm(), stoppedByBoundary()),
  hints: [
    ['Look at the first event of the run: the sandbox is enabled, but did it start?'],
    ['Extra "ask" rules only add prompts, and the approver here is tired. The model setting only shifts the odds.'],
    ['Turn on ', code('failIfUnavailable'), ': with no sandbox there is no unsandboxed fallback, and the client refuses to start at all.'],
  ],
  solution: [{ path: 'claude-code.sandbox.failIfUnavailable', value: true }],
  traps: [
    { changes: [{ path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] }], why: 'a deny rule alone leaves the unsandboxed wget free to read and send the file' },
    { changes: [{ path: 'claude-code.permissions.ask', value: ['Bash(cat *)', 'Bash(curl *)'] }], why: 'more prompts for a tired approver are not a boundary' },
    { changes: [{ path: 'claude-code.model.injectionFollowRate', value: 0 }], why: 'the request came from the user, not from an injection' },
  ],
  quiz: {
    question: 'Why can\'t the model layer reliably stop a phished prompt?',
    answers: [
      { text: 'Because the harmful instruction comes from the user, whom the agent is meant to serve.', correct: true, explanation: 'Right. Injection defenses look for text that did not come from the user. Here the user pasted it, so deterministic boundaries on files and egress have to hold.' },
      { text: 'Because the model cannot read base64.', correct: false, explanation: 'Encoding is a detail. The core issue is who gave the instruction.' },
      { text: 'Because phishing only works on new users.', correct: false, explanation: 'The red-team prompt worked on almost every run. Experience does not make people immune to a plausible request.' },
    ],
  },
};
