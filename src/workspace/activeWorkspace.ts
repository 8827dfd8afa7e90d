// Picks the backend: the WebContainer once it has booted, memory until then and whenever it cannot.
import { webContainerBoot, type BootManager } from './boot.ts';
import { MemoryWorkspace } from './memoryWorkspace.ts';
import { WebContainerWorkspace } from './webcontainerWorkspace.ts';
import type { WorkspaceFactory } from './workspace.ts';

export function workspaceFactoryFor(manager: BootManager): WorkspaceFactory {
  const container = manager.getSnapshot().state === 'ready' ? manager.webcontainer : null;
  if (container) return (product, files) => new WebContainerWorkspace(container.fs, product, files);
  return (_product, files) => new MemoryWorkspace(files);
}

export function getActiveWorkspaceFactory(): WorkspaceFactory {
  return workspaceFactoryFor(webContainerBoot);
}
