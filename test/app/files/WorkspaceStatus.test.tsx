import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen } from '@testing-library/react';
import { WorkspaceStatus } from '../../../src/app/files/WorkspaceStatus.tsx';
import { BootManager, type WebContainerLike } from '../../../src/workspace/boot.ts';

function manager(boot: () => Promise<WebContainerLike>, isolated = true) {
  return new BootManager({ isolated: () => isolated, boot, timeoutMs: 8000, setTimer: () => () => undefined });
}

describe('WorkspaceStatus', () => {
  it('says the in-memory workspace is in use, and why, when the boot fails', async () => {
    const boot = manager(() => Promise.reject(new Error('network unreachable')));
    render(<WorkspaceStatus boot={boot} />);
    await act(() => boot.start());
    const status = screen.getByTestId('workspace-status');
    expect(status.textContent).toContain('In-memory workspace (WebContainer unavailable: network unreachable)');
    expect(status.dataset.state).toBe('failed');
  });

  it('names missing cross-origin isolation as the reason', async () => {
    const boot = manager(() => Promise.reject(new Error('unused')), false);
    render(<WorkspaceStatus boot={boot} />);
    await act(() => boot.start());
    expect(screen.getByTestId('workspace-status').textContent).toMatch(/not cross-origin isolated/);
  });

  it('retries from the button and shows when the WebContainer is ready', async () => {
    const container = { fs: {}, spawn: vi.fn() } as unknown as WebContainerLike;
    const bootFn = vi.fn<() => Promise<WebContainerLike>>().mockRejectedValueOnce(new Error('flaky')).mockResolvedValueOnce(container);
    const boot = manager(bootFn);
    render(<WorkspaceStatus boot={boot} />);
    await act(() => boot.start());
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Retry WebContainer' })); });
    expect(screen.getByTestId('workspace-status').dataset.state).toBe('ready');
    expect(screen.queryByRole('button')).toBeNull();
    expect(bootFn).toHaveBeenCalledTimes(2);
  });

  it('shows booting while the boot is under way', () => {
    const boot = manager(() => new Promise(() => undefined));
    render(<WorkspaceStatus boot={boot} />);
    act(() => { void boot.start(); });
    expect(screen.getByTestId('workspace-status').textContent).toMatch(/Starting WebContainer/);
  });
});
