// claude.ai's server-side container: code runs in a fresh gVisor sandbox on the provider's servers, so
// tool calls need no approval. The user's machine is simply not there: its files do not exist in the
// container, which is what `absentFromGuest` answers for a path of the user's machine.
import { decide, layerBase } from './catalog.ts';
import type { Layer, LayerDecision } from './types.ts';

export function containerBoundaryLayer(): Layer {
  return {
    ...layerBase('container-boundary'),
    toolCall: () => ({ ...decide('container-boundary', 'allow', 'code runs in the container', 'tools run server-side in a fresh gVisor container, so they need no approval'), sandboxed: false }),
  };
}

export function notInContainer(): LayerDecision {
  return decide('container-boundary', 'deny', 'per-session container filesystem', "the user's machine is not part of the container; only the session's own files exist there", 'ENOENT');
}
