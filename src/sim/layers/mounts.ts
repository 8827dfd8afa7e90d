// Cowork's mounts: the guest sees only the mounted host folders (besides its own, see vmBoundary.ts);
// each mount is read-only, read-write or read-write-no-delete. Whether a path is validated before or
// after its symlinks are resolved is a setting: validating the unresolved path lets a symlink inside an
// allowed folder reach out of it.
import { isWithin } from '../vfs/paths.ts';
import { decide, layerBase } from './catalog.ts';
import { checkedPath, type SymlinkCheck } from './vmBoundary.ts';
import type { Layer } from './types.ts';

export type MountMode = 'read-only' | 'read-write' | 'read-write-no-delete';

export interface Mount {
  hostPath: string;
  mode: MountMode;
}

export interface MountsConfig {
  entries: { hostPath: string; mode: MountMode }[];
  symlinks: SymlinkCheck;
  adminAllowlist: string[] | null;
}

export function resolveMounts(config: MountsConfig, workspace: string): { mounts: Mount[]; refused: string[] } {
  const mounts: Mount[] = [];
  const refused: string[] = [];
  for (const entry of config.entries) {
    const hostPath = entry.hostPath.replace('$WORKSPACE', workspace);
    const allowed = config.adminAllowlist === null || config.adminAllowlist.some((root) => isWithin(root, hostPath));
    if (allowed) mounts.push({ hostPath, mode: entry.mode });
    else refused.push(hostPath);
  }
  return { mounts, refused };
}

function innermost(mounts: Mount[], path: string): Mount | undefined {
  return mounts.filter((m) => isWithin(m.hostPath, path)).sort((a, b) => b.hostPath.length - a.hostPath.length)[0];
}

export function mountsLayer(config: MountsConfig, workspace: string): Layer {
  const { mounts } = resolveMounts(config, workspace);
  return {
    ...layerBase('mounts'),
    fileAccess: (a) => {
      const checked = checkedPath(config.symlinks, a);
      const mount = innermost(mounts, checked);
      if (!mount) return decide('mounts', 'deny', 'not mounted', `${checked} is not inside a mounted folder, so the VM cannot see it`, 'ENOENT');
      if ((a.op === 'write' || a.op === 'delete') && mount.mode === 'read-only') {
        return decide('mounts', 'deny', `read-only mount ${mount.hostPath}`, 'the folder is mounted read-only', 'EROFS');
      }
      if (a.op === 'delete' && mount.mode === 'read-write-no-delete') {
        return decide('mounts', 'deny', `read-write-no-delete mount ${mount.hostPath}`, 'files in this folder may be changed but not deleted', 'EACCES');
      }
      return decide('mounts', 'allow', `${mount.mode} mount ${mount.hostPath}`, `${checked} is inside a mounted folder`);
    },
  };
}
