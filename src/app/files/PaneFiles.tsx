// A pane's Files tab: the product world as the run left it, badged with what the agent touched, and
// the editor. A saved edit is kept for this product and the pane re-runs with it, so deleting the
// planted instructions from a document shows at once whether the outcome changes.
import { useEffect, useMemo } from 'react';
import type { ProductId } from '../../sim/core/ids.ts';
import { startWebContainerBoot } from '../../workspace/boot.ts';
import { useAppStore } from '../store/index.ts';
import { paneBadges, paneWorkspace } from './paneWorld.ts';
import { useWorkspaceBoot } from './useWorkspaceBoot.ts';
import { WorldFiles } from './WorldFiles.tsx';

export function PaneFiles({ product, label }: { product: ProductId; label: string }) {
  const run = useAppStore((s) => s.panes[product].run);
  const edits = useAppStore((s) => s.fileEdits[product]);
  const saveFileEdit = useAppStore((s) => s.saveFileEdit);
  const discardFileEdits = useAppStore((s) => s.discardFileEdits);
  const { factory } = useWorkspaceBoot();
  // The WebContainer is only worth its download once someone looks at the files.
  useEffect(() => { void startWebContainerBoot(); }, []);
  // Runs carry the world's files only while a view like this one is open.
  const wantFiles = useAppStore((s) => s.wantFiles);
  useEffect(() => wantFiles(product), [wantFiles, product]);
  const files = run?.files;
  const workspace = useMemo(() => (files ? paneWorkspace(product, files, factory) : null), [product, files, factory]);
  const badges = useMemo(() => (run ? paneBadges(run.log, run.secretPaths) : {}), [run]);
  if (!run || !workspace) return <p className="muted">The world's files appear after the first run.</p>;
  const edited = Object.keys(edits);
  return (
    <div className="pane-files" data-testid={`files-${product}`}>
      {edited.length > 0 ? (
        <p className="file-edits" data-testid={`file-edits-${product}`}>
          {edited.length === 1 ? '1 file edited' : `${edited.length} files edited`} ({edited.join(', ')}); every run of this pane uses the edit.{' '}
          <button type="button" className="link-btn" onClick={() => void discardFileEdits(product)}>Discard edits</button>
        </p>
      ) : (
        <p className="muted file-edits">Open a file to read it; edit and save (Ctrl+S) to re-run with your change.</p>
      )}
      <WorldFiles workspace={workspace} badges={badges} label={label} onSaved={(path, text) => void saveFileEdit(product, path, text)} />
    </div>
  );
}
