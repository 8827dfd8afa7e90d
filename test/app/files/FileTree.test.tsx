import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, within } from '@testing-library/react';
import { FileTree } from '../../../src/app/files/FileTree.tsx';
import type { BadgeMap } from '../../../src/workspace/badges.ts';
import type { TreeEntry } from '../../../src/workspace/snapshot.ts';

const entries: TreeEntry[] = [
  { path: '/etc', kind: 'dir', size: 0 },
  { path: '/etc/hosts', kind: 'file', size: 20 },
  { path: '/home', kind: 'dir', size: 0 },
  { path: '/home/user', kind: 'dir', size: 0 },
  { path: '/home/user/.aws', kind: 'dir', size: 0 },
  { path: '/home/user/.aws/credentials', kind: 'file', size: 29 },
  { path: '/home/user/report.md', kind: 'file', size: 2048 },
];
const badges: BadgeMap = {
  '/home/user/.aws/credentials': ['exfiltrated', 'read'],
  '/home/user/report.md': ['changed'],
  '/home/user/poisoned.md': ['deleted'],
};

const row = (path: string) => document.querySelector<HTMLElement>(`[data-path="${path}"]`);

describe('FileTree', () => {
  it('opens the folders leading to what the agent touched and shows badges as words', () => {
    render(<FileTree entries={entries} badges={badges} onOpen={() => undefined} />);
    const creds = row('/home/user/.aws/credentials');
    expect(creds).not.toBeNull();
    expect(within(creds as HTMLElement).getByText('exfiltrated')).toBeTruthy();
    expect(within(creds as HTMLElement).getByText('read')).toBeTruthy();
    expect(row('/etc/hosts')).toBeNull();
    expect(row('/etc')?.getAttribute('aria-expanded')).toBe('false');
  });

  it('keeps deleted files on screen as ghosts that cannot be opened', () => {
    const onOpen = vi.fn();
    render(<FileTree entries={entries} badges={badges} onOpen={onOpen} />);
    const ghost = row('/home/user/poisoned.md') as HTMLElement;
    expect(ghost.getAttribute('aria-disabled')).toBe('true');
    expect(within(ghost).getByText('deleted')).toBeTruthy();
    expect(within(ghost).getByText('(gone)')).toBeTruthy();
    fireEvent.click(ghost);
    expect(onOpen).not.toHaveBeenCalled();
  });

  it('is navigable with the keyboard: arrows move and fold, Enter opens', () => {
    const onOpen = vi.fn();
    render(<FileTree entries={entries} onOpen={onOpen} />);
    const tree = screen.getByRole('tree');
    expect(row('/etc')?.tabIndex).toBe(0);
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(row('/etc/hosts')).not.toBeNull();
    fireEvent.keyDown(tree, { key: 'ArrowRight' });
    expect(document.activeElement).toBe(row('/etc/hosts'));
    fireEvent.keyDown(tree, { key: 'Enter' });
    expect(onOpen).toHaveBeenCalledWith('/etc/hosts');
    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    expect(document.activeElement).toBe(row('/etc'));
    fireEvent.keyDown(tree, { key: 'ArrowLeft' });
    expect(row('/etc/hosts')).toBeNull();
    fireEvent.keyDown(tree, { key: 'ArrowDown' });
    expect(document.activeElement).toBe(row('/home'));
    fireEvent.keyDown(tree, { key: 'End' });
    expect(document.activeElement).toBe(row('/home'));
    fireEvent.keyDown(tree, { key: 'Home' });
    expect(document.activeElement).toBe(row('/etc'));
  });

  it('opens files on click and marks the selected one', () => {
    const onOpen = vi.fn();
    const { rerender } = render(<FileTree entries={entries} badges={badges} onOpen={onOpen} />);
    fireEvent.click(row('/home/user/report.md') as HTMLElement);
    expect(onOpen).toHaveBeenCalledWith('/home/user/report.md');
    rerender(<FileTree entries={entries} badges={badges} onOpen={onOpen} selectedPath="/home/user/report.md" />);
    expect(row('/home/user/report.md')?.getAttribute('aria-selected')).toBe('true');
    expect(within(row('/home/user/report.md') as HTMLElement).getByText('2.0 KB')).toBeTruthy();
  });

  it('summarises activity inside a folded folder and says when the world is empty', () => {
    const { unmount } = render(<FileTree entries={entries} badges={badges} onOpen={() => undefined} />);
    fireEvent.click(row('/home/user') as HTMLElement);
    expect(within(row('/home/user') as HTMLElement).getByText('3 touched inside')).toBeTruthy();
    unmount();
    render(<FileTree entries={[]} onOpen={() => undefined} />);
    expect(screen.getByTestId('file-tree').textContent).toBe('This world has no files.');
  });
});
