import { goal, noHarm } from '../goals.ts';
import { code, link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const memoryPoisoning: Lesson = {
  id: 'memory-poisoning',
  title: 'Memory poisoning: injections that survive a restart',
  blurb: 'Anything the agent reloads at start-up is a place for an attack to wait.',
  teaches: ['memory-poisoning'],
  uses: ['sandbox-fs-rules', 'untrusted-tool-output', 'ephemeral-container', 'config-before-trust'],
  text: [
    ['Agents increasingly remember. Memory files, ', code('CLAUDE.md'), ', mounted workspaces and the state of scheduled agents are all ', strong('reloaded at every start'), '. An injection that manages to write itself into one of them no longer needs to win again: it is read back in, with the authority of "my own notes", every session after.'],
    ['You met the opposite design in the ephemeral container, where nothing survives the session. On a developer\'s machine some memory is the point, so the defense is to control who may write it. Instructions the agent has just read in untrusted content should not be able to rewrite the files that steer every future session.'],
    ['In this run a poisoned file tells the agent to add a "standing instruction" to its memory. The write is an ordinary shell command inside the working folder, which the sandbox allows by default. Protect the memory files, and leave the rest of the folder writable. Sources: ', link('the engineering post', SOURCES.post.url), ', ', link('sandboxing docs', SOURCES.sandboxing.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.sandboxing],
  product: 'claude-code',
  scenarios: ['memory-poisoning'],
  start: { preset: 'shipped', changes: [] },
  run: { seed: 14, answerer: 'fatigued', worstCase: true },
  controls: [
    { path: 'claude-code.sandbox.filesystem.denyWrite', label: 'Sandbox: paths that cannot be written' },
    { path: 'claude-code.toolResultInspection.enabled', label: 'Inspect tool results before the model sees them' },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', label: 'Allow the unsandboxed escape hatch' },
  ],
  goal: goal('Nothing the agent read can plant itself in memory for the next session.', noHarm('No injected instruction persists into the next session')),
  hints: [
    ['Which file was written that will be read again at the next start?'],
    ['Writes inside the working folder are allowed by default, and the memory file lives there, under ', code('.claude/'), '. Only ', code('.claude/commands/'), ' and ', code('.claude/agents/'), ' are always protected.'],
    ['Add ', code('./.claude'), ' and ', code('./CLAUDE.md'), ' to the sandbox\'s ', code('denyWrite'), ' list.'],
    ['A write the sandbox refuses can be retried outside it, and a tired human approves the retry. Switch off ', code('allowUnsandboxedCommands'), ' so the denyWrite rule is the last word.'],
  ],
  solution: [
    { path: 'claude-code.sandbox.filesystem.denyWrite', value: ['./.claude', './CLAUDE.md'] },
    { path: 'claude-code.sandbox.allowUnsandboxedCommands', value: false },
  ],
  traps: [
    { changes: [{ path: 'claude-code.sandbox.filesystem.denyWrite', value: ['./.claude', './CLAUDE.md'] }], why: 'the escape hatch lets the refused write run outside the sandbox' },{ changes: [{ path: 'claude-code.toolResultInspection.enabled', value: true }], why: 'inspection is probabilistic, and the worst case assumes it misses' }],
  quiz: {
    question: 'Why is a poisoned memory file worse than a poisoned web page?',
    answers: [
      { text: 'Because memory files are larger.', correct: false, explanation: 'Size is irrelevant. What matters is when and how often the text is read back.' },
      { text: 'Because it is reloaded at every start and treated as the agent\'s own notes, so the injection persists and is trusted.', correct: true, explanation: 'Right. One successful write keeps paying off for the attacker, session after session.' },
      { text: 'Because the sandbox cannot protect files in the project.', correct: false, explanation: 'It can: denyWrite beats allowWrite. The default simply allows project writes, which is why memory files need an explicit rule.' },
    ],
  },
};
