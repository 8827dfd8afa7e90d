// The two Workspace backends as the contract suite builds them. The WebContainer one runs over the
// fake `wc.fs`, so every rule the suite checks is one the adapter enforces through the real API shape.
import { MemoryWorkspace } from '../../src/workspace/memoryWorkspace.ts';
import { WebContainerWorkspace } from '../../src/workspace/webcontainerWorkspace.ts';
import type { Workspace, WorldFiles } from '../../src/workspace/workspace.ts';
import { MessageChannel } from 'node:worker_threads';
import { connectWorkspace, serveWorkspace, type PortLike } from '../../src/workspace/workspaceBridge.ts';
import { FakeWebContainerFs, asFileSystemAPI } from './fakeWebContainerFs.ts';

/** A world served from "the main thread" to "a worker" over a real MessageChannel. */
function bridged(backend: Workspace): Workspace {
  const { port1, port2 } = new MessageChannel();
  // Node keeps a process alive while a port is open; these live as long as one test.
  port1.unref();
  port2.unref();
  serveWorkspace(backend, port1 as unknown as PortLike);
  return connectWorkspace(port2 as unknown as PortLike, backend.kind);
}

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
  {
    name: 'webcontainer (fake wc.fs) across the worker bridge',
    make: (files) => bridged(new WebContainerWorkspace(asFileSystemAPI(new FakeWebContainerFs()), 'cowork', files)),
  },
];
