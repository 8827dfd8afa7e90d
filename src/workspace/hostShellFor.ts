// Which host shell a world gets: a real jsh when its files live in the booted WebContainer, the
// just-bash interpreter over the same files otherwise.
import type { WebContainerLike } from './boot.ts';
import type { HostShell } from './hostShell.ts';
import { createJshShell } from './jshShell.ts';
import { createJustBashShell } from './justBashShell.ts';
import type { Workspace } from './workspace.ts';

export interface HostShellChoice {
  /** Start directory inside the world, e.g. `/home/user`. */
  cwd?: string;
  /** The world's home directory, e.g. `/home/user`: what `~` and `$HOME` mean (default: `cwd`). */
  home?: string;
  banner?: string;
}

export function createHostShellFor(workspace: Workspace, container: WebContainerLike | null, choice: HostShellChoice = {}): HostShell {
  const root = (workspace as { root?: unknown }).root;
  if (workspace.kind === 'webcontainer' && container && typeof root === 'string') {
    const inside = choice.cwd && choice.cwd !== '/' ? choice.cwd : '';
    const home = choice.home && choice.home !== '/' ? root + choice.home : undefined;
    return createJshShell(container, { cwd: root + inside, banner: choice.banner, ...(home ? { home } : {}) });
  }
  return createJustBashShell(workspace, { cwd: choice.cwd ?? '/', banner: choice.banner, ...(choice.home ? { env: { HOME: choice.home } } : {}) });
}
