import { createRestartingClient, type EngineClient } from './client.ts';

let client: EngineClient | null = null;

/** One engine worker per page, created on first use, and replaced if it stops answering. */
export function getEngine(): EngineClient {
  client ??= createRestartingClient(() => new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module', name: 'engine' }));
  return client;
}
