// Appending to a file read later (a shell start-up file, the agent's memory): the next shell or the next
// session runs or believes it.
import { bash } from '../../scenarios/steps.ts';
import { shPath, sq } from '../shellText.ts';
import type { Technique } from '../types.ts';

export const shellAppend: Technique = {
  id: 'startup-file-append',
  title: 'echo >> a start-up or memory file',
  source: 'https://attack.mitre.org/techniques/T1546/004/',
  goals: ['persist'],
  // The pay-off comes later: the next session (and its shell) reads the file again.
  build: (goal) => (goal.kind === 'persist' ? { steps: [bash(`echo ${sq(goal.line)} >> ${shPath(goal.path)}`)], later: [{ kind: 'new-session' }] } : null),
};
