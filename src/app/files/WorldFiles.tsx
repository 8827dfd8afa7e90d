// One product world's files: the tree with the agent's badges, and the editor for the file opened
// from it. Saving writes into the workspace and tells the caller, who keeps the edit for the next
// run (a re-run re-seeds the world, so an edit only survives if the caller carries it over).
import { useEffect, useState } from 'react';
import type { BadgeMap } from '../../workspace/badges.ts';
import { errorMessage } from '../../workspace/fsErrors.ts';
import type { Workspace } from '../../workspace/workspace.ts';
import { FileEditor } from './FileEditor.tsx';
import { FileTree } from './FileTree.tsx';
import { useWorkspaceSnapshot } from './useWorkspaceSnapshot.ts';

export interface WorldFilesProps {
  workspace: Workspace;
  badges?: Readonly<BadgeMap>;
  label?: string;
  readOnly?: boolean;
  onSaved?(path: string, text: string): void;
  editor?: 'monaco' | 'plain';
}

export function WorldFiles({ workspace, badges, label, readOnly, onSaved, editor }: WorldFilesProps) {
  const listing = useWorkspaceSnapshot(workspace);
  const [open, setOpen] = useState<{ path: string; value: Uint8Array | null; error: string | null } | null>(null);
  const openPath = open?.path ?? null;

  // (Re-)read the open file whenever the world changes, so a re-run's result shows in the editor.
  useEffect(() => {
    if (openPath === null) return;
    let current = true;
    workspace.readFileBuffer(openPath).then(
      (value) => { if (current) setOpen({ path: openPath, value, error: null }); },
      (error: unknown) => { if (current) setOpen({ path: openPath, value: null, error: errorMessage(error) }); },
    );
    return () => { current = false; };
  }, [workspace, openPath, listing.version]);

  const save = async (text: string) => {
    if (openPath === null) return;
    await workspace.writeFile(openPath, text);
    onSaved?.(openPath, text);
  };

  return (
    <div className="world-files" data-testid="world-files">
      {listing.error && <p role="alert">Could not list the world: {listing.error}</p>}
      <FileTree
        entries={listing.entries}
        truncated={listing.truncated}
        badges={badges}
        label={label}
        selectedPath={openPath}
        onOpen={(path) => setOpen({ path, value: null, error: null })}
      />
      {open?.error && <p role="alert">Could not open {open.path}: {open.error}</p>}
      {open?.value && (
        <FileEditor path={open.path} value={open.value} readOnly={readOnly} onSave={save} editor={editor} />
      )}
    </div>
  );
}
