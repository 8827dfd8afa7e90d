// View and edit one world file. Monaco arrives lazily (first open of a file), a plain text area
// stands in while it loads or if it cannot load, and binary files are shown as a hex dump, read-only.
import { Component, lazy, Suspense, useEffect, useMemo, useState, type ReactNode } from 'react';
import { errorMessage } from '../../workspace/fsErrors.ts';
import { looksLikeText } from '../../workspace/encoding.ts';
import './files.css';

const MonacoEditor = lazy(() => import('./MonacoEditor.tsx'));

export interface FileEditorProps {
  path: string;
  value: string | Uint8Array;
  readOnly?: boolean;
  onSave(text: string): void | Promise<void>;
  /** `plain` skips Monaco (tests, very constrained devices). */
  editor?: 'monaco' | 'plain';
}

const HEX_PREVIEW_BYTES = 64 * 1024;

export function hexDump(bytes: Uint8Array, limit = HEX_PREVIEW_BYTES): string {
  const lines: string[] = [];
  const shown = bytes.subarray(0, limit);
  for (let offset = 0; offset < shown.length; offset += 16) {
    const row = shown.subarray(offset, offset + 16);
    const hex = Array.from(row, (b) => b.toString(16).padStart(2, '0')).join(' ');
    const ascii = Array.from(row, (b) => (b >= 0x20 && b < 0x7f ? String.fromCharCode(b) : '.')).join('');
    lines.push(`${offset.toString(16).padStart(8, '0')}  ${hex.padEnd(47)}  ${ascii}`);
  }
  if (bytes.length > limit) lines.push(`… ${bytes.length - limit} more bytes not shown`);
  return lines.join('\n');
}

export function FileEditor({ path, value, readOnly = false, onSave, editor = 'monaco' }: FileEditorProps) {
  const content = useMemo(() => {
    if (typeof value === 'string') return { text: value, binary: null };
    return looksLikeText(value) ? { text: new TextDecoder().decode(value), binary: null } : { text: '', binary: value };
  }, [value]);
  const [draft, setDraft] = useState(content.text);
  const [status, setStatus] = useState<{ kind: 'idle' | 'saving' | 'saved' | 'error'; message?: string; text?: string }>({ kind: 'idle' });

  // A different file, or the same file changed underneath (say, by a re-run), replaces the draft.
  // Our own save coming back through the workspace is not such a change: keep saying "Saved".
  useEffect(() => {
    setDraft(content.text);
    setStatus((current) => (current.kind === 'saved' && current.text === content.text ? current : { kind: 'idle' }));
  }, [path, content.text]);

  const dirty = draft !== content.text;
  const locked = readOnly || content.binary !== null;

  const save = async () => {
    if (locked || !dirty) return;
    setStatus({ kind: 'saving' });
    try {
      await onSave(draft);
      setStatus({ kind: 'saved', text: draft });
    } catch (error) {
      setStatus({ kind: 'error', message: errorMessage(error) });
    }
  };

  const plain = (
    <textarea
      className="file-editor__plain"
      aria-label={`Contents of ${path}`}
      value={draft}
      readOnly={locked}
      spellCheck={false}
      onChange={(event) => setDraft(event.target.value)}
      onKeyDown={(event) => {
        if ((event.ctrlKey || event.metaKey) && event.key === 's') {
          event.preventDefault();
          void save();
        }
      }}
    />
  );

  return (
    <section className="file-editor" data-testid="file-editor" aria-label={`Editor for ${path}`}>
      <div className="file-editor__bar">
        <span className="file-editor__path">{path}</span>
        {locked && <span className="file-badge">{content.binary ? 'binary, read-only' : 'read-only'}</span>}
        {dirty && <span>unsaved changes</span>}
        {status.kind === 'saved' && !dirty && <span role="status">Saved</span>}
        {status.kind === 'error' && <span role="alert">Could not save: {status.message}</span>}
        {!locked && (
          <>
            <button type="button" onClick={() => void save()} disabled={!dirty || status.kind === 'saving'}>Save</button>
            <button type="button" onClick={() => setDraft(content.text)} disabled={!dirty}>Revert</button>
          </>
        )}
      </div>
      {content.binary ? (
        <pre className="file-editor__binary" data-testid="binary-view">{hexDump(content.binary)}</pre>
      ) : editor === 'plain' ? (
        plain
      ) : (
        <EditorLoadBoundary fallback={plain}>
          <Suspense fallback={<div role="status">Loading editor…</div>}>
            <MonacoEditor key={path} path={path} value={draft} readOnly={locked} onChange={setDraft} onSave={() => void save()} />
          </Suspense>
        </EditorLoadBoundary>
      )}
    </section>
  );
}

/** If the editor chunk fails to load (offline with a cold cache, say), fall back to the text area. */
class EditorLoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('Monaco could not load; using the plain editor', error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
