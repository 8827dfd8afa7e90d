import { goal, noExfiltration, stoppedByBoundary, taskCompletes } from '../goals.ts';
import { code, link, show, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const blastRadius: Lesson = {
  id: 'blast-radius',
  title: 'Blast radius: what one bad step can reach',
  blurb: 'Why a human clicking "approve" is not a boundary.',
  teaches: ['blast-radius', 'approvals-fail'],
  uses: [],
  text: [
    [strong('Blast radius'), ' is the worst damage an agent could do if something goes wrong: a bad instruction, a confused model, an attacker. Risk is the chance of a failure multiplied by that damage. Better models lower the chance; every file, token and network route you hand the agent raises the ceiling on the damage.'],
    ['This Claude Code setup is the first design: reads are free, and every shell command, file write and network call waits for a human to approve it (one thing is already locked: the sandbox\'s escape hatch, which the next lesson opens). Look at ', show("Claude Code's prompts", 'claude-code', 'approvals'), ': a pasted "setup script" asks the agent to read ', code('~/.aws/credentials'), ' and send it out, buried among ordinary steps, and a tired human approved that one too.'],
    ['The ', show('blast picture', 'claude-code', 'blast'), ' shows two numbers. ', strong('Reachable'), ' is the weight of everything these settings let the agent get at: through an open door, or through one only a prompt guards (a prompt counts, because a tired human opens it). A closed door does not count. ', strong('Realized'), ' is the weight of what the agent actually touched or sent out in this run. A lucky click can lower realized; only containment lowers reachable.'],
    ['People approve almost everything they are shown (about 93% of prompts in Anthropic\'s data), and attention fades as prompts pile up. So approvals lower the chance of harm a little but do nothing to the ceiling: the agent could still reach your whole home directory and the whole internet.'],
    ['Containment caps the ceiling instead: it bounds what the agent is ', strong('able'), ' to do, no matter who clicks what. Find the control under ', strong('Your controls'), ' below that does that, and watch reachable drop. Source: ', link('the engineering post', SOURCES.post.url), '.'],
    ['The verdict assumes an attacker who does not give up: when one way out is blocked, the pasted prompt tries the next (curl, wget, python, git push, the WebFetch tool...). A harm is contained only when every one of them fails, so watch which ', show('technique', 'claude-code', 'verdict'), ' still gets through after your first change, and close what it used.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing],
  product: 'claude-code',
  scenarios: ['phished-prompt'],
  start: { preset: 'v1-approvals', changes: [{ path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false }] },
  run: { seed: 1, answerer: 'fatigued', worstCase: true },
  controls: [{ path: 'claude-code.sandbox.enabled', label: 'OS sandbox around Bash' }, { path: 'claude-code.permissions.deny', label: 'Permission rules: deny' }],
  goal: goal('The credentials stay home and the user still gets their work done.', noExfiltration('The AWS credentials are not exfiltrated'), stoppedByBoundary(), taskCompletes()),
  hints: [
    ['A tired human answered ', show('the prompts', 'claude-code', 'approvals'), ', and the one that mattered got a yes. Answering faster or slower will not change the ceiling.'],
    ['Look for a control that limits what commands can touch, rather than who approves them.'],
    ['Turn on ', code('sandbox.enabled'), ': Bash and its children then run inside an OS sandbox whose network is denied unless a domain is allowlisted.'],
    ['The sandbox still allows github.com, so a ', code('git push'), ' to an attacker\'s repository carries the keys out. Keep the keys out of reach instead: a deny rule ', code('Read(~/.aws/**)'), ' also refuses Bash commands that read there.'],
  ],
  solution: [{ path: 'claude-code.sandbox.enabled', value: true }, { path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] }],
  traps: [
    { changes: [{ path: 'claude-code.sandbox.enabled', value: true }], why: 'the sandbox alone still lets git push reach the allowlisted code host' },
    { changes: [{ path: 'claude-code.permissions.deny', value: ['Read(~/.aws/**)'] }], why: 'a deny rule without the sandbox leaves wget free to read and send the file' },
  ],
  quiz: {
    question: 'Why did approvals alone fail to stop the credential theft?',
    answers: [
      { text: 'Because the approver was careless; a careful approver would have been enough.', correct: false, explanation: 'Careful people also approve most prompts, and the harmful step was hidden among routine ones. Relying on perfect attention is relying on luck.' },
      { text: 'Because approvals only change the chance of harm, not how much the agent can reach.', correct: true, explanation: 'Right. The agent could still reach your home directory and the whole internet; only a boundary on capability lowers that ceiling.' },
      { text: 'Because the model ignored the approval prompt.', correct: false, explanation: 'Every harmful step went through the approval queue and was approved. The queue worked as designed; the design is the problem.' },
    ],
  },
};
