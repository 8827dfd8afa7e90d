// A Docker container on the user's machine (the devcontainer): its own mount namespace over the
// host's kernel. The agent sees the image's filesystem, the project bind-mounted at /workspace and the
// named volume at ~/.claude; the rest of the user's machine is not there at all. Tool calls are left to
// the client running inside it (Claude Code's permission rules).
import { isWithin } from '../vfs/paths.ts';
import { decide, layerBase } from './catalog.ts';
import { PASS, type Layer, type LayerDecision } from './types.ts';

export interface DevContainerConfig {
  /** The container's path for the bind-mounted project. */
  workspace: string;
  workspaceMount: 'read-write' | 'read-only';
  /** Roots of the user's machine that are not mounted (they exist outside the container only). */
  hostOnly: string[];
}

export function notInDevContainer(path: string): LayerDecision {
  return decide('dev-container', 'deny', 'not mounted into the container', `${path} is on the user's machine, outside anything mounted into the container`, 'ENOENT');
}

export function devContainerLayer(c: DevContainerConfig): Layer {
  return {
    ...layerBase('dev-container'),
    fileAccess: (a) => {
      if (c.hostOnly.some((root) => isWithin(root, a.realPath) || isWithin(root, a.path))) return notInDevContainer(a.path);
      if (c.workspaceMount === 'read-only' && (a.op === 'write' || a.op === 'delete') && isWithin(c.workspace, a.realPath)) {
        return decide('dev-container', 'deny', `read-only bind mount ${c.workspace}`, 'the project is mounted read-only into the container', 'EROFS');
      }
      return PASS;
    },
  };
}
