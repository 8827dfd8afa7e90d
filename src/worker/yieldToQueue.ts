// Letting the worker's message queue in during a long call, so pane re-runs and cancels are served.
//
// Node (tests, CLI) runs every expired timer before it looks at its message ports again, so two long
// calls resuming each other by timer would starve the port; setImmediate runs after the port has had
// its turn. A browser worker has no setImmediate and interleaves timers with messages anyway.
const nextMacrotask: (callback: () => void) => void =
  typeof setImmediate === 'function' ? (callback) => { setImmediate(callback); } : (callback) => { setTimeout(callback, 0); };

function yieldToQueue(): Promise<void> {
  return new Promise((resolve) => nextMacrotask(resolve));
}

/** A pause that yields only when `sliceMs` of work has passed since the last yield. */
export function timeSlice(sliceMs = 25): () => Promise<void> {
  let since = performance.now();
  return async () => {
    if (performance.now() - since < sliceMs) return;
    await yieldToQueue();
    since = performance.now();
  };
}
