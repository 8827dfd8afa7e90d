// The world as the devcontainer holds it. The project the user opened is bind-mounted at /workspace;
// the agent's home is the image's /home/node, whose ~/.claude is a named volume holding the Claude
// login; the rest of the user's machine stays outside (kept in the view at its own paths, so the blast
// radius can show it and the container layer can say it is not there).
import { isWithin } from '../../vfs/paths.ts';
import type { World, WorldFile, WorldSymlink } from '../../world/types.ts';

export const CONTAINER_WORKSPACE = '/workspace';
export const CONTAINER_HOME = '/home/node';
export const CONTAINER_USER = 'node';

/** The container's path for a path of the user's machine, or null when it is not mounted. */
export function containerPath(project: string, hostPath: string): string | null {
  return isWithin(project, hostPath) ? `${CONTAINER_WORKSPACE}${hostPath.slice(project.replace(/\/+$/, '').length)}` : null;
}

/** Whether a path of the view is inside the container (the mounted project, the agent's home). */
export function inContainer(path: string): boolean {
  return isWithin(CONTAINER_WORKSPACE, path) || isWithin(CONTAINER_HOME, path);
}

/** Roots of the user's machine that hold files of the view the container does not have (/home/dev, /opt). */
export function hostOnlyRoots(view: World): string[] {
  const roots = new Set<string>();
  for (const f of view.host.files) {
    if (inContainer(f.path)) continue;
    const parts = f.path.split('/');
    roots.add(parts[1] === 'home' && parts[2] ? `/home/${parts[2]}` : `/${parts[1] ?? ''}`);
  }
  return [...roots].filter((r) => r !== '/' && r !== '/tmp');
}

export function devcontainerView(world: World, project: string): World {
  const mapped: WorldFile[] = [];
  const outside: WorldFile[] = [];
  for (const f of world.host.files) {
    const inside = containerPath(project, f.path);
    if (inside === null) outside.push(f);
    else mapped.push({ ...f, path: inside });
  }
  const user = world.accounts.find((a) => a.owner === 'user');
  const keySecret = user === undefined ? undefined : world.secrets.find((s) => user.apiKey.includes(s.canary));
  // Claude Code on Linux keeps its login in ~/.claude/.credentials.json; here it is the user's key.
  const volume: WorldFile[] = user === undefined ? [] : [{
    path: `${CONTAINER_HOME}/.claude/.credentials.json`,
    content: `{\n  "primaryApiKey": "${user.apiKey}"\n}\n`,
    ...(keySecret ? { secretId: keySecret.id } : {}),
  }];
  const image: WorldFile[] = [{ path: `${CONTAINER_HOME}/.zshrc`, content: 'export HISTFILE=/commandhistory/.zsh_history\n' }];
  const symlinks: WorldSymlink[] = world.host.symlinks.flatMap((l) => {
    const path = containerPath(project, l.path);
    return path === null ? [] : [{ path, target: containerPath(project, l.target) ?? l.target }];
  });
  return {
    ...world,
    host: {
      user: CONTAINER_USER, home: CONTAINER_HOME, projects: [CONTAINER_WORKSPACE], workspace: CONTAINER_WORKSPACE,
      files: [...mapped, ...image, ...volume, ...outside], symlinks,
    },
  };
}
