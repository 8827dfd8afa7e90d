/// <reference lib="webworker" />
// The engine's home in the browser: a module worker, so simulation never blocks the page.
import { serveEngine } from './server.ts';
import { createEngineService } from './engineService.ts';

serveEngine(self as unknown as DedicatedWorkerGlobalScope, createEngineService('worker'));
