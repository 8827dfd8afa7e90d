// One workspace per product world in the page, rebuilt from each run's end state: the worker runs the
// engine on its own in-memory filesystem and hands back the files; they are seeded into whichever
// backend is active (the WebContainer once booted, memory otherwise). The Files and Terminal tabs of a
// pane share the instance, so the terminal sees exactly the tree the Files tab shows.
import type { ProductId } from '../../sim/core/ids.ts';
import type { SimEvent } from '../../sim/core/events.ts';
import { badgesFromTouches, type BadgeMap } from '../../workspace/badges.ts';
import { touchesFromEvents } from '../../workspace/simBadges.ts';
import type { Workspace, WorkspaceFactory } from '../../workspace/workspace.ts';

interface Cached {
  files: Readonly<Record<string, string>>;
  factory: WorkspaceFactory;
  workspace: Workspace;
}

const worlds = new Map<ProductId, Cached>();

/** The product's workspace for these files on this backend; the same instance while neither changes. */
export function paneWorkspace(product: ProductId, files: Readonly<Record<string, string>>, factory: WorkspaceFactory): Workspace {
  const hit = worlds.get(product);
  if (hit && hit.files === files && hit.factory === factory) return hit.workspace;
  const workspace = factory(product, files);
  worlds.set(product, { files, factory, workspace });
  return workspace;
}

/** What the agent did to each file, from the run's log: read, changed, created, deleted, exfiltrated. */
export function paneBadges(log: readonly SimEvent[], secretPaths: Readonly<Record<string, string>> | undefined): BadgeMap {
  return badgesFromTouches(touchesFromEvents(log, new Map(Object.entries(secretPaths ?? {}))));
}
