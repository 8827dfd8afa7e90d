import { useEffect, useRef, useState } from 'react';
import type { WebContainerLike } from '../../workspace/boot.ts';
import type { HostShell } from '../../workspace/hostShell.ts';
import { createHostShellFor } from '../../workspace/hostShellFor.ts';
import type { Workspace } from '../../workspace/workspace.ts';

/**
 * A host shell for `workspace`, replaced when the workspace changes and disposed on unmount. What the
 * learner typed into the old shell and did not run yet (say, while the WebContainer was booting) is
 * typed into the new one, so it is never lost.
 */
export function useHostShell(workspace: Workspace | null, container: WebContainerLike | null, cwd = '/', banner?: string, home?: string): HostShell | null {
  const [shell, setShell] = useState<HostShell | null>(null);
  const carried = useRef('');
  useEffect(() => {
    if (!workspace) {
      setShell(null);
      return;
    }
    const created = createHostShellFor(workspace, container, { cwd, banner, ...(home ? { home } : {}) });
    if (carried.current) created.write(carried.current);
    carried.current = '';
    setShell(created);
    return () => {
      carried.current = created.unsent?.() ?? '';
      created.dispose();
    };
  }, [workspace, container, cwd, banner, home]);
  return shell;
}
