// The two Workspace backends as the contract suite builds them. The WebContainer one runs over the
// fake `wc.fs`, so every rule the suite checks is one the adapter enforces through the real API shape.
import { MemoryWorkspace } from '../../src/workspace/memoryWorkspace.ts';
import { WebContainerWorkspace } from '../../src/workspace/webcontainerWorkspace.ts';
import type { Workspace, WorldFiles } from '../../src/workspace/workspace.ts';
import { FakeWebContainerFs, asFileSystemAPI } from './fakeWebContainerFs.ts';

export interface Backend {
  name: string;
  make(files?: WorldFiles): Workspace;
}

export const backends: Backend[] = [
  { name: 'memory', make: (files) => new MemoryWorkspace(files) },
  {
    name: 'webcontainer (fake wc.fs)',
    make: (files) => new WebContainerWorkspace(asFileSystemAPI(new FakeWebContainerFs()), 'cowork', files),
  },
];
