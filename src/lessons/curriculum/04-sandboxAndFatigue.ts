import { goal, noExfiltration, promptsAtMost, taskCompletes } from '../goals.ts';
import { code, link, show, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const sandboxAndFatigue: Lesson = {
  id: 'sandbox-and-fatigue',
  title: 'The human-in-the-loop sandbox and approval fatigue',
  blurb: 'Fewer prompts can be safer: let the boundary say yes so people can say no.',
  teaches: ['hitl-sandbox', 'approval-fatigue', 'auto-mode'],
  uses: ['blast-radius', 'approvals-fail', 'defense-components'],
  text: [
    ['Claude Code runs on the developer\'s own machine with a shell, files and network. Its first defense asked before every write, every shell command and every network call. Within weeks people were clicking through: ', strong('approval fatigue'), '. A prompt that is always answered "yes" is not protection.'],
    ['The OS sandbox (Seatbelt on macOS, bubblewrap on Linux; open source as ', link('sandbox-runtime', SOURCES.srt.url), ') changes the deal. Bash and its child processes may read, may write only inside the project, and reach the network only through a proxy that enforces a domain allowlist. Because those limits hold without a human, sandboxed commands can run without asking. Anthropic measured 84% fewer permission prompts.'],
    ['Claude Code has two sandbox modes. With ', code('autoAllowBashIfSandboxed'), ' on, sandboxed commands run without a prompt; commands that cannot be sandboxed fall back to normal permissions, and deny rules still apply. With it off ("regular" mode) every Bash command still asks. This setup is sandbox-off and asks about everything (the sandbox\'s escape hatch is already closed; the next lesson is about it). Make it safe ', strong('and'), ' quiet. Source: ', link('Claude Code sandboxing docs', SOURCES.sandboxing.url), '.'],
    ['Two other ways to cut prompts are worth knowing. ', strong('Auto mode'), ' hands the remaining decisions to a classifier that reads the transcript: allow and deny rules and read-only tools first, then file edits inside the project, then everything else to the classifier, which blocks things like ', code('curl | bash'), ', sending sensitive data out, production deploys and force pushes. It catches about 83% of overeager actions (so about 17% get through) and wrongly blocks about 0.4% of harmless commands; after 3 denials in a row or 20 in total it goes back to asking. The reference ', link('devcontainer', SOURCES.devcontainer.url), ' takes the other route: a default-deny firewall (npm, GitHub, the Claude API, DNS and SSH allowed) lets the agent run unattended, but it cannot stop anything inside the container, including the agent\'s own credentials, from being sent to an allowed destination.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing, SOURCES.srt, SOURCES.devcontainer],
  product: 'claude-code',
  scenarios: ['phished-prompt'],
  start: { preset: 'v1-approvals', changes: [{ path: 'claude-code.sandbox.autoAllowBashIfSandboxed', value: false }, { path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false }] },
  run: { seed: 4, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.sandbox.enabled', label: 'OS sandbox around Bash' },
    { path: 'claude-code.sandbox.autoAllowBashIfSandboxed', label: 'Auto-allow sandboxed Bash (no prompt)' },
    { path: 'claude-code.permissions.deny', label: 'Permission rules: deny' },
  ],
  goal: goal('No secret leaves, the task completes, and the human is asked at most twice.', noExfiltration('The AWS credentials are not exfiltrated'), taskCompletes(), promptsAtMost(2)),
  hints: [
    ['Count ', show("Claude Code's prompts", 'claude-code', 'approvals'), '. Each one is a chance for a tired "yes".'],
    ['Turning on the sandbox stops the theft, but in regular mode every command still asks.'],
    ['Enable the sandbox and auto-allow sandboxed Bash: the boundary answers, so the human does not have to. The sandbox allows github.com, so also deny ', code('Read(~/.aws/**)'), ', or a git push carries the keys out.'],
  ],
  solution: [
    { path: 'claude-code.sandbox.enabled', value: true },
    { path: 'claude-code.sandbox.autoAllowBashIfSandboxed', value: true },
    { path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] },
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
