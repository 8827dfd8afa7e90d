import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../src/worker/client.ts';
import { serveEngine } from '../../src/worker/server.ts';
import { createEngineService } from '../../src/worker/engineService.ts';
import { preset, shippedProfile } from '../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../src/sim/profile/schema.ts';

function channel() {
  const { port1, port2 } = new MessageChannel();
  port1.start();
  port2.start();
  return { page: port1, worker: port2 };
}

describe('typed engine channel', () => {
  it('routes a request to its handler and the result back', async () => {
    const { page, worker } = channel();
    serveEngine(worker as unknown as Parameters<typeof serveEngine>[0], { hello: () => ({ engineVersion: 3, runtime: 'main-thread' }) });
    const client = createEngineClient(page as unknown as Parameters<typeof createEngineClient>[0]);
    await expect(client.call('hello', [])).resolves.toEqual({ engineVersion: 3, runtime: 'main-thread' });
    page.close();
  });

  it('turns a thrown handler error into a rejected call with its message', async () => {
    const { page, worker } = channel();
    serveEngine(worker as unknown as Parameters<typeof serveEngine>[0], {
      hello: () => {
        throw new Error('engine exploded');
      },
    });
    const client = createEngineClient(page as unknown as Parameters<typeof createEngineClient>[0]);
    await expect(client.call('hello', [])).rejects.toThrow('engine exploded');
    page.close();
  });

  it('streams progress before the result', async () => {
    const { page, worker } = channel();
    serveEngine(worker as unknown as Parameters<typeof serveEngine>[0], {
      hello: (ctx) => {
        ctx.progress(1, 2);
        ctx.progress(2, 2);
        return { engineVersion: 1, runtime: 'main-thread' };
      },
    });
    const client = createEngineClient(page as unknown as Parameters<typeof createEngineClient>[0]);
    const seen: string[] = [];
    await client.call('hello', [], { onProgress: (d, t) => seen.push(`${d}/${t}`) });
    expect(seen).toEqual(['1/2', '2/2']);
    page.close();
  });
});

describe('a long call in the engine worker', () => {
  // approval-fatigue under v1 approvals executes hundreds of distinct ~60-step paths for 1,000 seeds
  // (about 17 s on the 2-core machine): long enough that nothing may wait for it.
  const request = () => ({
    scenarioId: 'approval-fatigue', product: 'claude-code' as const, profile: preset('claude-code', 'v1-approvals') as ProductProfile,
    answerer: 'fatigued' as const, seeds: 1000, worstCase: false,
  });
  const serve = () => {
    const { page, worker } = channel();
    serveEngine(worker as unknown as Parameters<typeof serveEngine>[0], createEngineService('worker'));
    return { page, client: createEngineClient(page as unknown as Parameters<typeof createEngineClient>[0]) };
  };

  it('lets a pane run through while a Monte Carlo is going', async () => {
    const { page, client } = serve();
    let mcDone = false;
    const controller = new AbortController();
    const mc = client.call('monteCarlo', [request()], { signal: controller.signal }).then(() => { mcDone = true; }, () => undefined);
    const started = performance.now();
    const run = await client.call('run', [{ scenarioId: 'phished-prompt', product: 'claude-code', profile: shippedProfile('claude-code'), seed: 1, answerer: 'fatigued', answers: [], worstCase: true }]);
    // The whole worst case came back (every technique up to the one that got through), not a partial run.
    expect(run.judgement).toMatchObject({ status: 'not-contained', technique: 'git-push' });
    expect(mcDone).toBe(false);
    expect(performance.now() - started).toBeLessThan(3000);
    controller.abort();
    await mc;
    page.close();
  });

  it('stops when the page cancels it, and the engine is free again at once', async () => {
    const { page, client } = serve();
    // Another long call shares the engine meanwhile; the cancel must still get through promptly.
    const other = new AbortController();
    const background = client.call('monteCarlo', [request()], { signal: other.signal }).catch(() => undefined);
    const controller = new AbortController();
    let progressed = 0;
    const mc = client.call('monteCarlo', [request()], { signal: controller.signal, onProgress: (done) => { progressed = done; if (done >= 10) controller.abort(); } });
    const asked = performance.now();
    await expect(mc).rejects.toThrow(/Aborted/);
    expect(performance.now() - asked).toBeLessThan(10_000);
    expect(progressed).toBeGreaterThanOrEqual(10);
    expect(progressed).toBeLessThan(1000);
    // The worker's own loop stopped: a later call is answered promptly, not after the distribution.
    const started = performance.now();
    await client.call('hello', []);
    const small = await client.call('monteCarlo', [{ ...request(), seeds: 5 }]);
    expect(small.runs).toBe(5);
    expect(performance.now() - started).toBeLessThan(3000);
    other.abort();
    await background;
    page.close();
  });
});
