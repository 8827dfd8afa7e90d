// Boots the page's one WebContainer, or explains why not. The API allows a single instance per page,
// so the boot promise is cached at module level and, under Vite, across hot reloads. Unlike a bare
// `WebContainer.boot()`, this checks cross-origin isolation first, gives up after a timeout (the
// boot fetches from StackBlitz and hangs when offline), catches failures, and publishes its state
// as a tiny external store for React's useSyncExternalStore. Nothing waits on it: until it is
// ready, workspaces come from the in-memory backend.
import type { WebContainer } from '@webcontainer/api';
// Deliberately free of the backends (just-bash's InMemoryFs alone is ~76 KB gzip), so the status
// badge can sit in the first-load bundle: backend selection lives in activeWorkspace.ts.
import { errorMessage } from './fsErrors.ts';

export type BootState = 'booting' | 'ready' | 'failed' | 'memory';

export interface BootSnapshot {
  readonly state: BootState;
  /** Why the WebContainer is not in use (for `failed` and `memory`). */
  readonly reason?: string;
}

export type WebContainerLike = Pick<WebContainer, 'fs' | 'spawn'>;

export interface BootDeps {
  /** `globalThis.crossOriginIsolated`; SharedArrayBuffer, which WebContainer needs, exists only then. */
  isolated(): boolean;
  boot(): Promise<WebContainerLike>;
  timeoutMs: number;
  setTimer(run: () => void, ms: number): () => void;
}

/** Must match the Cross-Origin-Embedder-Policy vite.config.ts sends (test/workspace/boot.test.ts checks). */
export const BOOT_COEP = 'require-corp' as const;
export const DEFAULT_BOOT_TIMEOUT_MS = 8_000;

export interface BootStore {
  getSnapshot(): BootSnapshot;
  subscribe(listener: () => void): () => void;
  retry(): Promise<WebContainerLike | null>;
}

export class BootManager implements BootStore {
  private snapshot: BootSnapshot = { state: 'memory', reason: 'WebContainer not started' };
  private readonly listeners = new Set<() => void>();
  private attempt: Promise<WebContainerLike | null> | null = null;
  private container: WebContainerLike | null = null;

  /** `pending` carries a boot still in flight from before a hot reload. */
  constructor(private readonly deps: BootDeps, private pending: Promise<WebContainerLike> | null = null) {}

  getSnapshot = (): BootSnapshot => this.snapshot;

  subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => { this.listeners.delete(listener); };
  };

  /** The booted container, or null while the in-memory backend is in use. */
  get webcontainer(): WebContainerLike | null {
    return this.container;
  }

  /** The raw boot promise, shared so a hot reload does not try to boot a second instance. */
  get inFlight(): Promise<WebContainerLike> | null {
    return this.pending;
  }

  /** Starts booting once; later calls return the same attempt. Never rejects. */
  start(): Promise<WebContainerLike | null> {
    this.attempt ??= this.run();
    return this.attempt;
  }

  /** After a failure, tries again (re-using a boot that was only slow rather than starting another). */
  retry = (): Promise<WebContainerLike | null> => {
    if (this.snapshot.state === 'booting' || this.snapshot.state === 'ready') return this.start();
    this.attempt = this.run();
    return this.attempt;
  };

  private async run(): Promise<WebContainerLike | null> {
    if (!this.deps.isolated()) {
      this.set({ state: 'failed', reason: 'page is not cross-origin isolated (COOP/COEP headers missing)' });
      return null;
    }
    this.set({ state: 'booting' });
    const boot = this.pending ?? this.deps.boot();
    this.pending = boot;
    // A rejected boot may be retried from scratch; a merely slow one stays cached (one per page).
    boot.catch(() => { if (this.pending === boot) this.pending = null; });
    let cancel = (): void => undefined;
    const timeout = new Promise<never>((_, reject) => {
      cancel = this.deps.setTimer(() => {
        reject(new Error(`WebContainer did not boot within ${Math.round(this.deps.timeoutMs / 1000)} s (offline?)`));
      }, this.deps.timeoutMs);
    });
    try {
      this.container = await Promise.race([boot, timeout]);
      this.set({ state: 'ready' });
      return this.container;
    } catch (error) {
      this.set({ state: 'failed', reason: errorMessage(error) });
      return null;
    } finally {
      cancel();
    }
  }

  private set(next: BootSnapshot): void {
    this.snapshot = next;
    for (const listener of [...this.listeners]) listener();
  }
}

function browserDeps(): BootDeps {
  return {
    isolated: () => (globalThis as { crossOriginIsolated?: boolean }).crossOriginIsolated === true,
    // Imported on demand so the WebContainer client stays out of the first-load bundle.
    boot: async () => {
      const { WebContainer } = await import('@webcontainer/api');
      return WebContainer.boot({ coep: BOOT_COEP, workdirName: 'containment-lab' });
    },
    timeoutMs: DEFAULT_BOOT_TIMEOUT_MS,
    setTimer: (run, ms) => {
      const id = setTimeout(run, ms);
      return () => clearTimeout(id);
    },
  };
}

interface HotData { webcontainerBoot?: Promise<WebContainerLike> | null }

const hotData = import.meta.hot?.data as HotData | undefined;

/** The page's boot manager. */
export const webContainerBoot = new BootManager(browserDeps(), hotData?.webcontainerBoot ?? null);

if (import.meta.hot) {
  import.meta.hot.dispose((data: HotData) => { data.webcontainerBoot = webContainerBoot.inFlight; });
}

export function startWebContainerBoot(): Promise<WebContainerLike | null> {
  return webContainerBoot.start();
}
