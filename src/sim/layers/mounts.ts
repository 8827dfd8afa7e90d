// Cowork's VM boundary and mounts. The guest sees its own session directories plus only the mounted
// host folders; each mount is read-only, read-write or read-write-no-delete. Whether a path is
// validated before or after its symlinks are resolved is a setting: validating the unresolved path
// lets a symlink inside an allowed folder reach out of it.
import type { CoworkProfile } from '../profile/schema.ts';
import { isWithin } from '../vfs/paths.ts';
import { decide, type FsAction, type LayerDecision } from './types.ts';

export interface Mount {
  hostPath: string;
  mode: CoworkProfile['mounts']['entries'][number]['mode'];
}

/** Guest-local directories (and the guest's own /dev): they exist only in the VM and vanish with it. */
export const VM_LOCAL_ROOTS = ['/sessions', '/tmp', '/dev'];

export function resolveMounts(p: CoworkProfile, workspace: string): { mounts: Mount[]; refused: string[] } {
  const mounts: Mount[] = [];
  const refused: string[] = [];
  for (const entry of p.mounts.entries) {
    const hostPath = entry.hostPath.replace('$WORKSPACE', workspace);
    const allowed = p.mounts.adminAllowlist === null || p.mounts.adminAllowlist.some((root) => isWithin(root, hostPath));
    if (allowed) mounts.push({ hostPath, mode: entry.mode });
    else refused.push(hostPath);
  }
  return { mounts, refused };
}

function innermost(mounts: Mount[], path: string): Mount | undefined {
  return mounts.filter((m) => isWithin(m.hostPath, path)).sort((a, b) => b.hostPath.length - a.hostPath.length)[0];
}

export function mountDecision(p: CoworkProfile, mounts: Mount[], a: FsAction): LayerDecision {
  if (!p.vm.starts) return decide('vm-boundary', 'deny', 'VM not running', 'the VM failed to start; nothing can run in it', 'ENOENT');
  const checked = p.mounts.symlinks === 'resolve-before-validation' ? a.realPath : a.path;
  if (VM_LOCAL_ROOTS.some((root) => isWithin(root, checked)) || checked === '/') {
    return decide('vm-boundary', 'allow', 'guest filesystem', 'a path in the VM\'s own filesystem');
  }
  const mount = innermost(mounts, checked);
  if (!mount) return decide('mounts', 'deny', 'not mounted', `${checked} is not inside a mounted folder, so the VM cannot see it`, 'ENOENT');
  if (a.op === 'write' && mount.mode === 'read-only') {
    return decide('mounts', 'deny', `read-only mount ${mount.hostPath}`, 'the folder is mounted read-only', 'EROFS');
  }
  if (a.op === 'delete' && mount.mode === 'read-only') {
    return decide('mounts', 'deny', `read-only mount ${mount.hostPath}`, 'the folder is mounted read-only', 'EROFS');
  }
  if (a.op === 'delete' && mount.mode === 'read-write-no-delete') {
    return decide('mounts', 'deny', `read-write-no-delete mount ${mount.hostPath}`, 'files in this folder may be changed but not deleted', 'EACCES');
  }
  return decide('mounts', 'allow', `${mount.mode} mount ${mount.hostPath}`, `${checked} is inside a mounted folder`);
}
