import { goal, noHarm } from '../goals.ts';
import { link, SOURCES, strong } from '../text.ts';
import type { Lesson } from '../types.ts';

export const edrVisibility: Lesson = {
  id: 'edr-visibility',
  title: 'What the security team can see: EDR and OTLP',
  blurb: 'Isolation hides the agent from the tools that watch the laptop.',
  teaches: ['edr-visibility', 'otlp'],
  uses: ['local-vm', 'host-vs-full-vm'],
  text: [
    ['Companies run endpoint detection and response (EDR) on laptops: software that watches processes, files and connections for signs of attack. Put the agent in a VM and EDR sees a single opaque hypervisor process. The isolation that keeps the agent in also keeps the security team\'s tools out.'],
    ['Cowork\'s answer is to export events over OpenTelemetry (OTLP) for the security team to collect. That is real visibility, but it is ', strong('not the same as live monitoring'), ': it shows what happened, after it happened, and only what the product chose to report.'],
    ['Here the export is off, so a suspicious session leaves nothing for the security team to find. Turn it on, then think about what the team still cannot see in real time. Sources: ', link('the engineering post', SOURCES.post.url), ', ', link('Claude Code monitoring docs', SOURCES.monitoring.url), '.'],
  ],
  sources: [SOURCES.post, SOURCES.monitoring],
  product: 'cowork',
  scenarios: ['edr-blind-spot'],
  start: { preset: 'shipped', changes: [{ path: 'cowork.otlpExport', value: false }] },
  run: { seed: 13, answerer: 'attentive', worstCase: true },
  controls: [
    { path: 'cowork.otlpExport', label: 'Export events over OTLP' },
    { path: 'cowork.vm.agentLoop', label: 'Where the agent loop runs' },
  ],
  goal: goal('The security team has a record of what the agent did.', noHarm('The session is visible to the security team')),
  hints: [
    ['From the host\'s point of view, which process did all of this?'],
    ['The VM has to report its own activity; nothing on the outside can look in.'],
    ['Turn on the OTLP export.'],
  ],
  solution: [{ path: 'cowork.otlpExport', value: true }],
  traps: [
    { changes: [{ path: 'cowork.vm.agentLoop', value: 'full-vm' }], why: 'moving the agent loop into the VM hides even more from the host\'s security tools' },
  ],
  quiz: {
    question: 'With the OTLP export on, can the security team block a harmful action as it happens?',
    answers: [
      { text: 'Yes, the export is live monitoring.', correct: false, explanation: 'The events are exported for collection and analysis. They tell the team what happened; they do not stop it.' },
      { text: 'No. Export gives after-the-fact visibility; blocking has to come from boundaries inside the product.', correct: true, explanation: 'Right. Visibility and containment are different jobs, and the export does only the first.' },
      { text: 'Yes, EDR can now see inside the VM.', correct: false, explanation: 'EDR still sees one hypervisor process. The export is a separate channel the product provides.' },
    ],
  },
};
