// Cowork's VM: its own kernel, filesystem and process table under the vendor hypervisor. Tool calls
// need no approval because the VM bounds what they can reach; a path in the guest's own filesystem
// is the VM's business, anything else goes on to the mounts layer. A VM that did not start runs nothing.
import { isWithin } from '../vfs/paths.ts';
import { decide, layerBase } from './catalog.ts';
import { PASS, type Layer } from './types.ts';

/** Guest-local directories (and the guest's own /dev): they exist only in the VM and vanish with it. */
export const VM_LOCAL_ROOTS = ['/sessions', '/tmp', '/dev'];

export type SymlinkCheck = 'resolve-before-validation' | 'resolve-after-validation';

/** The path a mount check looks at: validating the unresolved path lets a symlink reach out of a folder. */
export function checkedPath(symlinks: SymlinkCheck, a: { path: string; realPath: string }): string {
  return symlinks === 'resolve-before-validation' ? a.realPath : a.path;
}

export function vmBoundaryLayer(vm: { starts: boolean }, symlinks: SymlinkCheck): Layer {
  return {
    ...layerBase('vm-boundary'),
    toolCall: () => ({ ...decide('vm-boundary', 'allow', 'runs inside the VM', 'the VM bounds what the command can reach, so it needs no approval'), sandboxed: false }),
    fileAccess: (a) => {
      if (!vm.starts) return decide('vm-boundary', 'deny', 'VM not running', 'the VM failed to start; nothing can run in it', 'ENOENT');
      const checked = checkedPath(symlinks, a);
      if (VM_LOCAL_ROOTS.some((root) => isWithin(root, checked)) || checked === '/') {
        return decide('vm-boundary', 'allow', 'guest filesystem', 'a path in the VM\'s own filesystem');
      }
      return PASS;
    },
  };
}
