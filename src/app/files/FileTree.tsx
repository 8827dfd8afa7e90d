// A keyboard-navigable tree of one product world (WAI-ARIA tree pattern: arrows move and fold,
// Enter opens, Home/End jump), with the agent's activity as badges on each path.
import { useEffect, useMemo, useRef, useState, type KeyboardEvent } from 'react';
import type { BadgeMap } from '../../workspace/badges.ts';
import type { TreeEntry } from '../../workspace/snapshot.ts';
import { FileBadges } from './FileBadges.tsx';
import { buildTree, defaultExpanded, formatSize, visibleRows, type TreeRow } from './fileTreeModel.ts';
import './files.css';

export interface FileTreeProps {
  entries: readonly TreeEntry[];
  badges?: Readonly<BadgeMap>;
  onOpen(path: string): void;
  /** The file open in the editor, marked as selected. */
  selectedPath?: string | null;
  label?: string;
  /** The listing stopped at its size limit. */
  truncated?: boolean;
}

export function FileTree({ entries, badges = {}, onOpen, selectedPath = null, label = 'World files', truncated = false }: FileTreeProps) {
  const tree = useMemo(() => buildTree(entries, badges), [entries, badges]);
  const [expanded, setExpanded] = useState<Set<string>>(() => defaultExpanded(tree));
  const [focused, setFocused] = useState<string | null>(null);
  const rowRefs = useRef(new Map<string, HTMLLIElement>());
  const focusByKeyboard = useRef(false);

  // A new run brings new activity: open the folders leading to it, keep what the learner opened.
  useEffect(() => {
    const wanted = defaultExpanded(tree);
    setExpanded((current) => ([...wanted].every((p) => current.has(p)) ? current : new Set([...current, ...wanted])));
  }, [tree]);

  const rows = useMemo(() => visibleRows(tree, expanded), [tree, expanded]);
  const focusPath = rows.some((r) => r.node.path === focused) ? focused : (rows[0]?.node.path ?? null);

  useEffect(() => {
    if (!focusByKeyboard.current || focusPath === null) return;
    focusByKeyboard.current = false;
    rowRefs.current.get(focusPath)?.focus();
  }, [focusPath]);

  const toggle = (path: string, open?: boolean) => {
    setExpanded((current) => {
      const next = new Set(current);
      if (open ?? !next.has(path)) next.add(path);
      else next.delete(path);
      return next;
    });
  };

  const activate = (row: TreeRow) => {
    if (row.node.kind === 'dir') toggle(row.node.path);
    else if (!row.node.ghost) onOpen(row.node.path);
  };

  const moveTo = (path: string | null | undefined) => {
    if (!path) return;
    focusByKeyboard.current = true;
    setFocused(path);
  };

  const onKeyDown = (event: KeyboardEvent<HTMLUListElement>) => {
    const index = rows.findIndex((r) => r.node.path === focusPath);
    const row = rows[index];
    if (!row) return;
    const isOpenDir = row.node.kind === 'dir' && expanded.has(row.node.path);
    switch (event.key) {
      case 'ArrowDown': moveTo(rows[index + 1]?.node.path); break;
      case 'ArrowUp': moveTo(rows[index - 1]?.node.path); break;
      case 'Home': moveTo(rows[0]?.node.path); break;
      case 'End': moveTo(rows[rows.length - 1]?.node.path); break;
      case 'ArrowRight':
        if (row.node.kind !== 'dir') return;
        if (!isOpenDir) toggle(row.node.path, true);
        else moveTo(row.node.children[0]?.path);
        break;
      case 'ArrowLeft':
        if (isOpenDir) toggle(row.node.path, false);
        else moveTo(row.parent);
        break;
      case 'Enter':
      case ' ':
        activate(row);
        break;
      default:
        return;
    }
    event.preventDefault();
  };

  if (rows.length === 0) {
    return <p className="file-tree file-tree--empty" data-testid="file-tree">This world has no files.</p>;
  }

  return (
    <div className="file-tree" data-testid="file-tree">
      <ul role="tree" aria-label={label} onKeyDown={onKeyDown}>
        {rows.map((row) => {
          const { node } = row;
          const isDir = node.kind === 'dir';
          const classes = ['file-tree__row', node.ghost ? 'file-tree__row--ghost' : '', node.path === selectedPath ? 'file-tree__row--selected' : ''];
          return (
            <li
              key={node.path}
              ref={(el) => { if (el) rowRefs.current.set(node.path, el); else rowRefs.current.delete(node.path); }}
              role="treeitem"
              aria-level={row.depth + 1}
              aria-expanded={isDir ? expanded.has(node.path) : undefined}
              aria-selected={node.path === selectedPath}
              aria-disabled={node.ghost || undefined}
              tabIndex={node.path === focusPath ? 0 : -1}
              data-path={node.path}
              className={classes.filter(Boolean).join(' ')}
              style={{ paddingInlineStart: `${0.5 + row.depth * 1.1}rem` }}
              onClick={() => { setFocused(node.path); activate(row); }}
            >
              <span className="file-tree__icon" aria-hidden="true">
                {isDir ? (expanded.has(node.path) ? '▾' : '▸') : node.kind === 'symlink' ? '↪' : '·'}
              </span>
              <span className="file-tree__name">{node.name}{isDir ? '/' : ''}</span>
              {node.ghost && <span className="file-tree__note">(gone)</span>}
              {node.kind === 'file' && !node.ghost && <span className="file-tree__size">{formatSize(node.size)}</span>}
              {isDir && node.touchedBelow > 0 && !expanded.has(node.path) && (
                <span className="file-tree__note">{node.touchedBelow} touched inside</span>
              )}
              <FileBadges badges={node.badges} />
            </li>
          );
        })}
      </ul>
      {truncated && <p className="file-tree__note">Listing stopped early: too many files to show.</p>}
    </div>
  );
}
