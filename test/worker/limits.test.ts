// The issue-19 reproductions through the worker's service (the code the page's worker runs) end in a
// named result on the pane; and the page replaces a worker that stops answering.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { createEngineService } from '../../src/worker/engineService.ts';
import { createRestartingClient, type WorkerLike } from '../../src/worker/client.ts';
import { preset } from '../../src/sim/profile/presets.ts';
import type { ProductProfile } from '../../src/sim/profile/schema.ts';
import { hostileSpec } from '../sim/run/hostile.ts';

const service = createEngineService('worker');
const ctx = { progress: () => {} };

describe('run limits in the worker service', () => {
  it.each([
    ['p=a; for i in $(seq 1 5000); do p=$p/a; done; mkdir -p $p; echo done', 'stopped: the scenario exceeded 64 path segments', undefined],
    ['for i in $(seq 1 200000); do echo $i; done', 'stopped: the scenario exceeded 10,000 shell commands in one step', undefined],
    [`echo ${'a'.repeat(40)}!`, undefined, '((a)+)+$'],
  ])('%s', async (command, stopped, pattern) => {
    const pane = await service.run({
      scenarioId: 'custom', custom: hostileSpec([command, 'echo after'], pattern), product: 'cowork',
      profile: preset('cowork', 'shipped') as ProductProfile, seed: 1, answerer: 'fatigued', answers: [], worstCase: true,
    }, ctx);
    expect(pane.stopped).toBe(stopped);
    if (stopped) expect(pane.contained).toBe(false);
    expect(pane.log.at(-1)?.type).toBe('run-finished');
  });
});

describe('a worker that stops answering', () => {
  afterEach(() => vi.useRealTimers());

  it('is terminated after the stall time, the call rejects with a message, and the next call gets a fresh worker', async () => {
    vi.useFakeTimers();
    const spawned: { terminated: boolean; posted: unknown[]; reply?: (data: unknown) => void }[] = [];
    const spawn = (): WorkerLike => {
      const w: (typeof spawned)[number] = { terminated: false, posted: [] };
      spawned.push(w);
      return {
        postMessage: (m) => {
          w.posted.push(m);
          // Only the second worker answers.
          if (spawned.length === 2) queueMicrotask(() => w.reply?.({ id: (m as { id: number }).id, kind: 'result', value: 'ok' }));
        },
        addEventListener: (type: string, listener: (e: MessageEvent) => void) => {
          if (type === 'message') w.reply = (data) => listener({ data } as MessageEvent);
        },
        terminate: () => { w.terminated = true; },
      } as WorkerLike;
    };
    const client = createRestartingClient(spawn, 1_000);
    const stuck = client.call('hello', []);
    const failed = expect(stuck).rejects.toThrow(/stopped answering for 1 s and was restarted/);
    await vi.advanceTimersByTimeAsync(1_001);
    await failed;
    expect(spawned[0]?.terminated).toBe(true);
    expect(client.restarts()).toBe(1);
    await expect(client.call('hello', [])).resolves.toBe('ok');
    expect(spawned).toHaveLength(2);
  });
});
