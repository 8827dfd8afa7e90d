import type { EngineArgs, EngineMethod, EngineRequest, EngineResponse, EngineResult } from './protocol.ts';

export interface CallOptions {
  onProgress?: (done: number, total: number) => void;
  signal?: AbortSignal;
}

export interface EngineClient {
  call<M extends EngineMethod>(method: M, args: EngineArgs<M>, options?: CallOptions): Promise<EngineResult<M>>;
  dispose(): void;
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
  onProgress?: (done: number, total: number) => void;
}

/** Minimal surface of a Worker, so tests can hand in a MessageChannel port. */
export interface WorkerLike {
  postMessage(message: unknown): void;
  addEventListener(type: 'message', listener: (event: MessageEvent) => void): void;
  addEventListener(type: 'error', listener: (event: ErrorEvent) => void): void;
  terminate?(): void;
}

export function createEngineClient(worker: WorkerLike): EngineClient {
  let nextId = 1;
  const pending = new Map<number, Pending>();

  worker.addEventListener('message', (event: MessageEvent) => {
    const msg = event.data as EngineResponse;
    const entry = pending.get(msg.id);
    if (!entry) return;
    if (msg.kind === 'progress') {
      entry.onProgress?.(msg.done, msg.total);
      return;
    }
    pending.delete(msg.id);
    if (msg.kind === 'result') entry.resolve(msg.value);
    else entry.reject(new Error(msg.message));
  });
  worker.addEventListener('error', (event: ErrorEvent) => {
    const error = new Error(`Engine worker failed: ${event.message || 'unknown error'}`);
    for (const entry of pending.values()) entry.reject(error);
    pending.clear();
  });

  return {
    call(method, args, options = {}) {
      const id = nextId++;
      return new Promise((resolve, reject) => {
        if (options.signal?.aborted) {
          reject(new DOMException('Aborted', 'AbortError'));
          return;
        }
        options.signal?.addEventListener('abort', () => {
          if (!pending.delete(id)) return;
          // Tell the worker too, so a long call stops instead of holding the engine.
          worker.postMessage({ kind: 'cancel', id });
          reject(new DOMException('Aborted', 'AbortError'));
        });
        pending.set(id, { resolve: resolve as (v: unknown) => void, reject, onProgress: options.onProgress });
        const request: EngineRequest = { id, method, args };
        worker.postMessage(request);
      });
    },
    dispose() {
      for (const entry of pending.values()) entry.reject(new Error('Engine client disposed'));
      pending.clear();
      worker.terminate?.();
    },
  };
}

/**
 * Longest the page waits for any word (a result or progress) from the worker before it gives up on
 * it. A run is bounded by the engine's limits (20 s of run time at most, src/sim/run/limits.ts), so
 * silence past this means the worker is stuck: it is terminated and a fresh one serves the next call.
 */
export const ENGINE_STALL_MS = 30_000;

export function createRestartingClient(spawn: () => WorkerLike, stallMs = ENGINE_STALL_MS): EngineClient & { restarts(): number } {
  let current = createEngineClient(spawn());
  let restarts = 0;
  return {
    call(method, args, options = {}) {
      const client = current;
      return new Promise((resolve, reject) => {
        let timer: ReturnType<typeof setTimeout> | undefined;
        const arm = () => {
          clearTimeout(timer);
          timer = setTimeout(() => {
            if (client === current) {
              restarts += 1;
              current = createEngineClient(spawn());
              client.dispose();
            }
            reject(new Error(`the engine stopped answering for ${Math.round(stallMs / 1000)} s and was restarted; try again`));
          }, stallMs);
        };
        arm();
        client.call(method, args, { ...options, onProgress: (done, total) => { arm(); options.onProgress?.(done, total); } })
          .then(resolve, reject)
          .finally(() => clearTimeout(timer));
      });
    },
    dispose() {
      current.dispose();
    },
    restarts: () => restarts,
  };
}
