/// <reference lib="webworker" />
// The engine's home in the browser: a module worker, so simulation never blocks the page.
import { ENGINE_VERSION } from '../sim/index.ts';
import { serveEngine } from './server.ts';

serveEngine(self as unknown as DedicatedWorkerGlobalScope, {
  hello: () => ({ engineVersion: ENGINE_VERSION, runtime: 'worker' }),
});
