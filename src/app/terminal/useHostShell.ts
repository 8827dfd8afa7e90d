import { useEffect, useState } from 'react';
import type { WebContainerLike } from '../../workspace/boot.ts';
import type { HostShell } from '../../workspace/hostShell.ts';
import { createHostShellFor } from '../../workspace/hostShellFor.ts';
import type { Workspace } from '../../workspace/workspace.ts';

/** A host shell for `workspace`, replaced when the workspace changes and disposed on unmount. */
export function useHostShell(workspace: Workspace | null, container: WebContainerLike | null, cwd = '/', banner?: string): HostShell | null {
  const [shell, setShell] = useState<HostShell | null>(null);
  useEffect(() => {
    if (!workspace) {
      setShell(null);
      return;
    }
    const created = createHostShellFor(workspace, container, { cwd, banner });
    setShell(created);
    return () => created.dispose();
  }, [workspace, container, cwd, banner]);
  return shell;
}
