// A learner's edits to a world's files (say, the hidden instructions deleted from a poisoned README),
// carried into the next run: the edited text replaces the file wherever the world defines that path,
// and a path the world does not define becomes a new file on the user's machine. Secrets keep their
// ids, so an edited credentials file is still the credentials.
import type { World, WorldFile } from './types.ts';

/** Absolute path -> the text the learner saved. */
export type FileOverrides = Readonly<Record<string, string>>;

function patch(files: readonly WorldFile[], overrides: FileOverrides, used: Set<string>): WorldFile[] {
  return files.map((f) => {
    const text = overrides[f.path];
    if (text === undefined) return f;
    used.add(f.path);
    return { ...f, content: text };
  });
}

export function applyFileOverrides(world: World, overrides: FileOverrides | undefined): World {
  const paths = Object.keys(overrides ?? {});
  if (!overrides || paths.length === 0) return world;
  const used = new Set<string>();
  const host = patch(world.host.files, overrides, used);
  const container = patch(world.container.files, overrides, used);
  const added = paths.filter((p) => !used.has(p) && p.startsWith('/')).sort().map((path) => ({ path, content: overrides[path] as string }));
  return { ...world, host: { ...world.host, files: [...host, ...added] }, container: { ...world.container, files: container } };
}
