import { describe, expect, it } from 'vitest';
import { createEngineClient } from '../../src/worker/client.ts';
import { serveEngine } from '../../src/worker/server.ts';

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
