// For the code that owns the worlds: re-renders when the WebContainer boot changes state, so worlds
// created in memory while it booted can be re-created on the WebContainer once it is ready.
import { useSyncExternalStore } from 'react';
import { workspaceFactoryFor } from '../../workspace/activeWorkspace.ts';
import { webContainerBoot, type BootManager, type BootSnapshot, type WebContainerLike } from '../../workspace/boot.ts';
import type { WorkspaceFactory } from '../../workspace/workspace.ts';

export interface WorkspaceBoot {
  snapshot: BootSnapshot;
  /** Factory for the backend in use right now; its identity changes when the backend does. */
  factory: WorkspaceFactory;
  /** The container for a jsh host shell, when it is the backend. */
  container: WebContainerLike | null;
}

const factories = new WeakMap<BootSnapshot, WorkspaceFactory>();

export function useWorkspaceBoot(boot: BootManager = webContainerBoot): WorkspaceBoot {
  const snapshot = useSyncExternalStore(boot.subscribe, boot.getSnapshot, boot.getSnapshot);
  // One factory per snapshot, so effects keyed on it re-run only when the backend can have changed.
  let factory = factories.get(snapshot);
  if (!factory) {
    factory = workspaceFactoryFor(boot);
    factories.set(snapshot, factory);
  }
  return { snapshot, factory, container: snapshot.state === 'ready' ? boot.webcontainer : null };
}
