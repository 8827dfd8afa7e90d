// The Workspace port: just-bash's IFileSystem (what the engine's policy wrapper and the shell
// interpreter already speak) plus change notification for the file tree. Two backends implement
// it: memoryWorkspace.ts (default, offline, tests) and webcontainerWorkspace.ts.
import type { IFileSystem } from 'just-bash';

export type WorkspaceKind = 'memory' | 'webcontainer';

/** Node's fs.watch vocabulary: `rename` = an entry appeared or vanished, `change` = content/metadata. */
export interface WatchEvent {
  kind: 'rename' | 'change';
  /** Absolute world path of the entry that changed. */
  path: string;
}

export type WatchListener = (event: WatchEvent) => void;

export interface Workspace extends IFileSystem {
  readonly kind: WorkspaceKind;
  /** Settles once the starting files are in place (immediately in memory). Operations wait for it anyway. */
  readonly ready: Promise<void>;
  /** Reports every change at or below `path` (recursive). Returns the unsubscribe function. */
  watch(path: string, listener: WatchListener): () => void;
}

/** A world's starting files: absolute path -> text or bytes. Parent directories are implied. */
export type WorldFiles = Readonly<Record<string, string | Uint8Array>>;

/** One workspace per product world, e.g. factory('cowork', files). */
export type WorkspaceFactory = (product: string, files?: WorldFiles) => Workspace;

/** Product ids become directory names under /worlds in the WebContainer, so keep them tame. */
export function assertProductId(product: string): void {
  if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(product)) {
    throw new Error(`workspace: product id "${product}" must be lower-case letters, digits and dashes`);
  }
}
