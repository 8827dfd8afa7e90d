import { describe, expect, it } from 'vitest';
import type { SimEvent } from '../../../src/sim/core/events.ts';
import { hostContacts } from '../../../src/sim/core/hostReached.ts';
import { runScenario } from '../../../src/sim/run/runScenario.ts';
import { DATA_HOST, forbiddenHostReached, sandboxEscape } from '../../../src/sim/scenarios/sandboxEscape.ts';
import { setupFor } from '../../../src/sim/products/index.ts';
import { preset } from '../../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../../src/sim/profile/schema.ts';

type Bare = SimEvent extends infer E ? (E extends SimEvent ? Omit<E, 'seq' | 'step'> : never) : never;
const logOf = (events: Bare[]): SimEvent[] => events.map((e, seq) => ({ ...e, seq, step: 1 }) as SimEvent);
const request = (id: number, host: string): Bare => ({ type: 'net-request', id, method: 'GET', url: `https://${host}/x`, host, bytes: 0, via: 'curl' });

describe('hostContacts: one meaning of "the request reached the host"', () => {
  it('counts whatever the host itself answered, 200 or 404, and nothing a layer or a failed connection produced', () => {
    const log = logOf([
      request(1, 'a.example'), { type: 'net-response', id: 1, status: 200, summary: 'ok' },
      request(2, 'a.example'), { type: 'net-response', id: 2, status: 404, summary: 'not found' },
      request(3, 'a.example'), { type: 'net-response', id: 3, status: 403, summary: 'refused', layer: 'os-sandbox' },
      request(4, 'a.example'), { type: 'net-response', id: 4, status: 0, summary: 'Could not resolve host' },
      request(5, 'b.example'), { type: 'net-response', id: 5, status: 200, summary: 'ok' },
    ]);
    expect(hostContacts(log, 'A.example').map((c) => [c.request.id, c.status])).toEqual([[1, 200], [2, 404]]);
  });

  it('the sandbox-escape incident reads its harm off the same predicate as authored harms', async () => {
    const profile = preset('claude-code', setupFor(sandboxEscape, 'claude-code').original) as ProductProfile;
    const run = await runScenario({ scenario: sandboxEscape, profile, seed: 1, answerer: 'fatigued', worstCase: true });
    const reached = forbiddenHostReached({ log: run.log } as never, DATA_HOST);
    expect(reached.length).toBeGreaterThan(0);
    expect(reached.length).toBe(hostContacts(run.log, DATA_HOST).length);
    expect(run.outcome.harms.some((h) => h.happened)).toBe(true);
  });
});
