// The file tree as data: nested nodes built from a flat world listing plus badges, and the rows a
// given set of expanded folders makes visible. Paths that exist only as badges (deleted files)
// become "ghost" rows, so what the agent removed stays on screen.
import type { Badge, BadgeMap } from '../../workspace/badges.ts';
import type { EntryKind, TreeEntry } from '../../workspace/snapshot.ts';

export interface TreeNode {
  path: string;
  name: string;
  kind: EntryKind;
  size: number;
  badges: readonly Badge[];
  /** Gone from the world; shown because a badge names it. */
  ghost: boolean;
  /** Badged paths below this folder. */
  touchedBelow: number;
  children: TreeNode[];
}

export interface TreeRow {
  node: TreeNode;
  depth: number;
  parent: string | null;
}

function parentOf(path: string): string {
  const cut = path.lastIndexOf('/');
  return cut <= 0 ? '/' : path.slice(0, cut);
}

export function buildTree(entries: readonly TreeEntry[], badges: Readonly<BadgeMap> = {}): TreeNode[] {
  const root: TreeNode = { path: '/', name: '/', kind: 'dir', size: 0, badges: [], ghost: false, touchedBelow: 0, children: [] };
  const byPath = new Map<string, TreeNode>([['/', root]]);

  const ensure = (path: string, kind: EntryKind, size: number, ghost: boolean): TreeNode => {
    const existing = byPath.get(path);
    if (existing) return existing;
    const parent = ensure(parentOf(path), 'dir', 0, ghost);
    const node: TreeNode = {
      path, name: path.slice(path.lastIndexOf('/') + 1), kind, size, badges: badges[path] ?? [], ghost, touchedBelow: 0, children: [],
    };
    parent.children.push(node);
    byPath.set(path, node);
    return node;
  };

  for (const entry of entries) ensure(entry.path, entry.kind, entry.size, false);
  for (const path of Object.keys(badges)) if (path !== '/' && !byPath.has(path)) ensure(path, 'file', 0, true);

  const finish = (node: TreeNode): number => {
    node.children.sort((a, b) => (a.kind === 'dir') !== (b.kind === 'dir') ? (a.kind === 'dir' ? -1 : 1) : a.name < b.name ? -1 : a.name > b.name ? 1 : 0);
    node.touchedBelow = node.children.reduce((sum, child) => sum + finish(child), 0);
    return node.touchedBelow + (node.badges.length > 0 ? 1 : 0);
  };
  finish(root);
  return root.children;
}

export function visibleRows(nodes: readonly TreeNode[], expanded: ReadonlySet<string>): TreeRow[] {
  const rows: TreeRow[] = [];
  const visit = (list: readonly TreeNode[], depth: number, parent: string | null) => {
    for (const node of list) {
      rows.push({ node, depth, parent });
      if (node.kind === 'dir' && expanded.has(node.path)) visit(node.children, depth + 1, node.path);
    }
  };
  visit(nodes, 0, null);
  return rows;
}

/** Open every folder on the way to something the agent touched, so the activity is in view. */
export function defaultExpanded(nodes: readonly TreeNode[]): Set<string> {
  const open = new Set<string>();
  const visit = (list: readonly TreeNode[]) => {
    for (const node of list) {
      if (node.kind === 'dir' && node.touchedBelow > 0) {
        open.add(node.path);
        visit(node.children);
      }
    }
  };
  visit(nodes);
  return open;
}

export function formatSize(bytes: number): string {
  if (bytes < 1024) return `${bytes} B`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}
