// Fan-out of change events to subtree listeners. Delivery is deferred to a microtask, as with a
// real fs.watch, so a listener never runs in the middle of the filesystem operation that caused it,
// and a throwing listener cannot break the write that triggered it.
import { isWithin, normalizePath } from './paths.ts';
import type { WatchEvent, WatchListener } from './workspace.ts';

export class WatchHub {
  private readonly subscriptions = new Set<{ root: string; listener: WatchListener }>();

  subscribe(path: string, listener: WatchListener): () => void {
    const entry = { root: normalizePath(path), listener };
    this.subscriptions.add(entry);
    return () => { this.subscriptions.delete(entry); };
  }

  get size(): number {
    return this.subscriptions.size;
  }

  emit(event: WatchEvent): void {
    if (this.subscriptions.size === 0) return;
    const targets = [...this.subscriptions].filter((s) => isWithin(s.root, event.path));
    queueMicrotask(() => {
      for (const target of targets) {
        if (!this.subscriptions.has(target)) continue;
        try {
          target.listener(event);
        } catch (error) {
          console.error('workspace watch listener failed', error);
        }
      }
    });
  }
}
