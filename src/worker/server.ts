import { isEngineCancel, isEngineRequest, type EngineApi, type EngineResponse } from './protocol.ts';

export interface ServeContext {
  progress(done: number, total: number): void;
  /** Aborted when the page cancels this call; long handlers check it between units of work. */
  signal?: AbortSignal;
}

/** Implementations receive the call's arguments plus a context to stream progress. */
export type EngineHandlers = {
  [M in keyof EngineApi]: (
    ...args: [...Parameters<EngineApi[M]>, ServeContext]
  ) => ReturnType<EngineApi[M]> | Promise<Awaited<ReturnType<EngineApi[M]>>>;
};

export interface PortLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
}

export function serveEngine(port: PortLike, handlers: Partial<EngineHandlers>): void {
  const running = new Map<number, AbortController>();
  port.addEventListener('message', (event: MessageEvent) => {
    const request = event.data;
    if (isEngineCancel(request)) {
      running.get(request.id)?.abort();
      return;
    }
    if (!isEngineRequest(request)) return;
    const send = (msg: EngineResponse) => port.postMessage(msg);
    const handler = handlers[request.method] as ((...a: unknown[]) => unknown) | undefined;
    if (!handler) {
      send({ id: request.id, kind: 'error', message: `Unknown engine method "${request.method}"` });
      return;
    }
    const controller = new AbortController();
    running.set(request.id, controller);
    const context: ServeContext = {
      progress: (done, total) => send({ id: request.id, kind: 'progress', done, total }),
      signal: controller.signal,
    };
    Promise.resolve()
      .then(() => handler(...request.args, context))
      .then(
        (value) => send({ id: request.id, kind: 'result', value }),
        (error: unknown) => send({ id: request.id, kind: 'error', message: error instanceof Error ? error.message : String(error) }),
      )
      .finally(() => running.delete(request.id));
  });
}
