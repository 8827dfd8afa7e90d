import { goal, noExfiltration, promptsAtMost, taskCompletes } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const sandboxAndFatigue: Lesson = {
  id: 'sandbox-and-fatigue',
  title: 'The human-in-the-loop sandbox and approval fatigue',
  blurb: 'Fewer prompts can be safer: let the boundary say yes so people can say no.',
  teaches: ['hitl-sandbox', 'approval-fatigue'],
  uses: ['blast-radius', 'approvals-fail', 'defense-components'],
  text: [
    ['Claude Code runs on the developer\'s own machine with a shell, files and network. Its first defense asked before every write, every shell command and every network call. Within weeks people were clicking through: ', strong('approval fatigue'), '. A prompt that is always answered "yes" is not protection.'],
    ['The OS sandbox (Seatbelt on macOS, bubblewrap on Linux; open source as ', link('sandbox-runtime', SOURCES.srt.url), ') changes the deal. Bash and its child processes may read, may write only inside the project, and reach the network only through a proxy that enforces a domain allowlist. Because those limits hold without a human, sandboxed commands can run without asking. Anthropic measured 84% fewer permission prompts.'],
    ['Claude Code has two sandbox modes. With ', code('autoAllowBashIfSandboxed'), ' on, sandboxed commands run without a prompt; commands that cannot be sandboxed fall back to normal permissions, and deny rules still apply. With it off ("regular" mode) every Bash command still asks. This setup is sandbox-off and asks about everything. Make it safe ', strong('and'), ' quiet. Source: ', link('Claude Code sandboxing docs', SOURCES.sandboxing.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing, SOURCES.srt],
  product: 'claude-code',
  scenarios: ['phished-prompt'],
  start: { preset: 'v1-approvals', changes: [{ path: 'claude-code.sandbox.autoAllowBashIfSandboxed', value: false }] },
  run: { seed: 4, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.sandbox.enabled', label: 'OS sandbox around Bash' },
    { path: 'claude-code.sandbox.autoAllowBashIfSandboxed', label: 'Auto-allow sandboxed Bash (no prompt)' },
  ],
  goal: goal('No secret leaves, the task completes, and the human is asked at most twice.', noExfiltration('The AWS credentials are not exfiltrated'), taskCompletes(), promptsAtMost(2)),
  hints: [
    ['Count the prompts in the approval pane. Each one is a chance for a tired "yes".'],
    ['Turning on the sandbox stops the theft, but in regular mode every command still asks.'],
    ['Enable the sandbox and auto-allow sandboxed Bash: the boundary answers, so the human does not have to.'],
  ],
  solution: [
    { path: 'claude-code.sandbox.enabled', value: true },
    { path: 'claude-code.sandbox.autoAllowBashIfSandboxed', value: true },
  ],
  traps: [{ changes: [{ path: 'claude-code.sandbox.enabled', value: true }], why: 'a sandbox in regular mode still asks about every command' }],
  quiz: {
    question: 'Why is auto-allowing sandboxed commands not a step backwards in safety?',
    answers: [
      { text: 'Because sandboxed commands are checked by a classifier instead.', correct: false, explanation: 'No classifier is involved in sandbox auto-allow. The guarantee comes from the OS: the command cannot write outside the project or reach unlisted domains.' },
      { text: 'Because the sandbox bounds what those commands can do, so a prompt would add friction without adding a boundary.', correct: true, explanation: 'Exactly. Prompts are kept for what the sandbox cannot cover, so each remaining prompt is rarer and gets real attention.' },
      { text: 'Because developers are trusted to know what they are doing.', correct: false, explanation: 'Experienced users auto-approve about twice as often as new ones. Trusting the human more is the opposite of what the sandbox does.' },
    ],
  },
};
