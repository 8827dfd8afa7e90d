// A pane's Terminal tab: a shell over the same world the Files tab shows, started in the agent's
// working directory. It is the learner's view from the host, outside every layer the agent runs under.
import { useEffect, useMemo } from 'react';
import type { ProductId } from '../../sim/core/ids.ts';
import { startWebContainerBoot } from '../../workspace/boot.ts';
import { useAppStore } from '../store/index.ts';
import { paneWorkspace } from '../files/paneWorld.ts';
import { useWorkspaceBoot } from '../files/useWorkspaceBoot.ts';
import { HostTerminal } from './HostTerminal.tsx';
import { useHostShell } from './useHostShell.ts';

export function PaneTerminal({ product }: { product: ProductId }) {
  const run = useAppStore((s) => s.panes[product].run);
  const { factory, container } = useWorkspaceBoot();
  useEffect(() => { void startWebContainerBoot(); }, []);
  // Runs carry the world's files only while a view like this one is open.
  const wantFiles = useAppStore((s) => s.wantFiles);
  useEffect(() => wantFiles(product), [wantFiles, product]);
  const files = run?.files;
  const workspace = useMemo(() => (files ? paneWorkspace(product, files, factory) : null), [product, files, factory]);
  // `~` is the world's home (where ~/.aws/credentials lives), not the project the shell starts in.
  const shell = useHostShell(workspace, container, run?.cwd ?? '/', undefined, run?.home);
  if (!shell) return <p className="muted">The terminal opens on the world after the first run.</p>;
  return (
    <div className="pane-terminal" data-testid={`terminal-${product}`}>
      <HostTerminal shell={shell} />
    </div>
  );
}
