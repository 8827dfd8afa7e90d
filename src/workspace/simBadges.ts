// The engine's event log in the file tree's vocabulary: successful file accesses become touches,
// and an exfiltration (which the engine records by secret) marks the file that held the secret.
import type { SimEvent } from '../sim/core/events.ts';
import type { FileTouch } from './badges.ts';

export function touchesFromEvents(events: readonly SimEvent[], secretPaths: ReadonlyMap<string, string>): FileTouch[] {
  const touches: FileTouch[] = [];
  for (const event of events) {
    if (event.type === 'file-access' && event.ok) {
      touches.push({ op: event.op, path: event.path });
    } else if (event.type === 'exfiltration') {
      const path = secretPaths.get(event.secretId);
      if (path !== undefined) touches.push({ op: 'exfiltrate', path });
    }
  }
  return touches;
}

/** secretId -> path, from a world's files (`world.host.files`, `world.container.files`, ...). */
export function secretPathsOf(...fileLists: readonly (readonly { path: string; secretId?: string }[])[]): Map<string, string> {
  const map = new Map<string, string>();
  for (const files of fileLists) for (const f of files) if (f.secretId !== undefined && !map.has(f.secretId)) map.set(f.secretId, f.path);
  return map;
}
