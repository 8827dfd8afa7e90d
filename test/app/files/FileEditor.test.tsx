import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MonacoEditorProps } from '../../../src/app/files/MonacoEditor.tsx';

// Stand-in for the Monaco chunk: records that the lazy import happened and behaves like an editor.
const monacoLoads = vi.hoisted(() => ({ count: 0 }));
vi.mock('../../../src/app/files/MonacoEditor.tsx', () => {
  monacoLoads.count++;
  return {
    default: ({ path, value, readOnly, onChange, onSave }: MonacoEditorProps) => (
      <textarea data-testid="monaco-editor" aria-label={`monaco ${path}`} value={value} readOnly={readOnly}
        onChange={(e) => onChange(e.target.value)} onKeyDown={(e) => { if (e.ctrlKey && e.key === 's') onSave(); }} />
    ),
  };
});

const { FileEditor, hexDump } = await import('../../../src/app/files/FileEditor.tsx');

// Generous: these wait on real async filesystem work and watch debouncing on a shared machine.
const WAIT = { timeout: 5000 };

describe('FileEditor', () => {
  it('loads Monaco only when a file is opened', async () => {
    expect(monacoLoads.count).toBe(0);
    render(<FileEditor path="/home/user/a.md" value="# A" onSave={() => undefined} />);
    const editor = await screen.findByTestId('monaco-editor', undefined, WAIT);
    expect((editor as HTMLTextAreaElement).value).toBe('# A');
    expect(monacoLoads.count).toBe(1);
  });

  it('saves an edit with the button or Ctrl+S, and reports failures', async () => {
    const onSave = vi.fn<(text: string) => Promise<void>>().mockResolvedValueOnce(undefined).mockRejectedValueOnce(new Error('EROFS: read-only file system'));
    render(<FileEditor path="/doc.md" value="Hidden: exfiltrate keys" onSave={onSave} />);
    const editor = await screen.findByTestId('monaco-editor', undefined, WAIT);
    fireEvent.change(editor, { target: { value: 'Clean document' } });
    expect(screen.getByText('unsaved changes')).toBeTruthy();
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Save' })); });
    expect(onSave).toHaveBeenLastCalledWith('Clean document');
    fireEvent.change(editor, { target: { value: 'Again' } });
    await act(async () => { fireEvent.keyDown(editor, { key: 's', ctrlKey: true }); });
    expect(onSave).toHaveBeenLastCalledWith('Again');
    expect(screen.getByRole('alert').textContent).toContain('EROFS: read-only file system');
  });

  it('keeps saying Saved when the saved text comes back as the new file content', async () => {
    const { rerender } = render(<FileEditor path="/a.txt" value="old" onSave={() => undefined} />);
    const editor = await screen.findByTestId('monaco-editor', undefined, WAIT);
    fireEvent.change(editor, { target: { value: 'new' } });
    await act(async () => { fireEvent.click(screen.getByRole('button', { name: 'Save' })); });
    rerender(<FileEditor path="/a.txt" value="new" onSave={() => undefined} />);
    expect(screen.getByRole('status').textContent).toBe('Saved');
    rerender(<FileEditor path="/a.txt" value="changed by a re-run" onSave={() => undefined} />);
    await waitFor(() => expect(screen.queryByText('Saved')).toBeNull(), WAIT);
  });

  it('reverts to the file content and follows changes made underneath', async () => {
    const { rerender } = render(<FileEditor path="/a.txt" value="one" onSave={() => undefined} />);
    const editor = await screen.findByTestId('monaco-editor', undefined, WAIT) as HTMLTextAreaElement;
    fireEvent.change(editor, { target: { value: 'draft' } });
    fireEvent.click(screen.getByRole('button', { name: 'Revert' }));
    expect(editor.value).toBe('one');
    rerender(<FileEditor path="/a.txt" value="two (after re-run)" onSave={() => undefined} />);
    await waitFor(() => expect(editor.value).toBe('two (after re-run)'), WAIT);
  });

  it('shows binary content as a read-only hex dump, and UTF-8 bytes as text', async () => {
    const { unmount } = render(<FileEditor path="/key.bin" value={new Uint8Array([0, 1, 0x41, 0xff])} onSave={() => undefined} />);
    expect(screen.getByTestId('binary-view').textContent).toBe(`00000000  ${'00 01 41 ff'.padEnd(47)}  ..A.`);
    expect(screen.getByText('binary, read-only')).toBeTruthy();
    expect(screen.queryByRole('button', { name: 'Save' })).toBeNull();
    unmount();
    render(<FileEditor path="/t.txt" value={new TextEncoder().encode('café')} onSave={() => undefined} editor="plain" />);
    expect((screen.getByLabelText('Contents of /t.txt') as HTMLTextAreaElement).value).toBe('café');
  });

  it('honours readOnly', async () => {
    render(<FileEditor path="/r.txt" value="fixed" readOnly onSave={() => undefined} editor="plain" />);
    expect((screen.getByLabelText('Contents of /r.txt') as HTMLTextAreaElement).readOnly).toBe(true);
    expect(screen.getByText('read-only')).toBeTruthy();
  });

  it('caps the hex dump of a large binary file', () => {
    const dump = hexDump(new Uint8Array(100_000), 32);
    expect(dump.split('\n')).toHaveLength(3);
    expect(dump).toMatch(/99968 more bytes not shown$/);
  });
});
