import { useEffect, useState } from 'react';
import { errorMessage } from '../../workspace/fsErrors.ts';
import { snapshotWorkspace, type Snapshot } from '../../workspace/snapshot.ts';
import type { Workspace } from '../../workspace/workspace.ts';

export interface WorkspaceListing extends Snapshot {
  loading: boolean;
  error: string | null;
  /** Bumped on every refresh, for views that must re-read an open file. */
  version: number;
}

const SETTLE_MS = 30;

/** The world's listing, kept current through the workspace's watch (bursts of changes coalesce). */
export function useWorkspaceSnapshot(workspace: Workspace | null, root = '/'): WorkspaceListing {
  const [listing, setListing] = useState<WorkspaceListing>({ entries: [], truncated: false, loading: true, error: null, version: 0 });

  useEffect(() => {
    if (!workspace) return;
    let active = true;
    let latest = 0;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const refresh = async () => {
      // Only the newest walk may publish: an older one can finish later on a slow backend.
      const mine = ++latest;
      try {
        const snapshot = await snapshotWorkspace(workspace, root);
        if (active && mine === latest) setListing((prev) => ({ ...snapshot, loading: false, error: null, version: prev.version + 1 }));
      } catch (error) {
        if (active && mine === latest) setListing((prev) => ({ ...prev, loading: false, error: errorMessage(error) }));
      }
    };
    void refresh();
    const stop = workspace.watch(root, () => {
      clearTimeout(timer);
      timer = setTimeout(() => void refresh(), SETTLE_MS);
    });
    return () => {
      active = false;
      clearTimeout(timer);
      stop();
    };
  }, [workspace, root]);

  return listing;
}
