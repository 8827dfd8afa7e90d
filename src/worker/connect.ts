import { createEngineClient, type EngineClient } from './client.ts';

let client: EngineClient | null = null;

/** One engine worker per page, created on first use. */
export function getEngine(): EngineClient {
  if (!client) {
    const worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' });
    client = createEngineClient(worker);
  }
  return client;
}
