// The typed message protocol between the page and the engine worker. The page never imports the
// engine for heavy work; it calls these methods through `createEngineClient`, and the worker serves
// them with `serveEngine`. Adding a method = add it to EngineApi and implement it in engine.worker.ts.

export interface EngineHello {
  engineVersion: number;
  /** Where the engine is running: proves the round trip really crossed into the worker. */
  runtime: 'worker' | 'main-thread';
}

export interface EngineApi {
  hello(): EngineHello;
}

export type EngineMethod = keyof EngineApi;
export type EngineArgs<M extends EngineMethod> = Parameters<EngineApi[M]>;
export type EngineResult<M extends EngineMethod> = Awaited<ReturnType<EngineApi[M]>>;

export interface EngineRequest<M extends EngineMethod = EngineMethod> {
  id: number;
  method: M;
  args: EngineArgs<M>;
}

/** Progress is streamed for long calls (Monte Carlo); the final message is `result` or `error`. */
export type EngineResponse =
  | { id: number; kind: 'progress'; done: number; total: number }
  | { id: number; kind: 'result'; value: unknown }
  | { id: number; kind: 'error'; message: string };

export function isEngineRequest(data: unknown): data is EngineRequest {
  if (typeof data !== 'object' || data === null) return false;
  const d = data as Record<string, unknown>;
  return typeof d.id === 'number' && typeof d.method === 'string' && Array.isArray(d.args);
}
