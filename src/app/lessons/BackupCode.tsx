// Move progress between browsers: show a backup code to copy, or paste one to restore.
import { useState } from 'react';

export interface BackupCodeProps {
  /** Builds the current code (called when the learner asks for it). */
  makeCode(): string;
  /** Restores from a pasted code; returns an error message, or null on success. */
  onImport(code: string): string | null;
}

export function BackupCode({ makeCode, onImport }: BackupCodeProps) {
  const [code, setCode] = useState<string | null>(null);
  const [paste, setPaste] = useState('');
  const [result, setResult] = useState<{ ok: boolean; text: string } | null>(null);
  return (
    <details className="backup-code" data-testid="backup-code">
      <summary>Back up or move your progress</summary>
      <button type="button" onClick={() => setCode(makeCode())}>Show my backup code</button>
      {code !== null && (
        <textarea readOnly className="mono" rows={3} value={code} aria-label="Your backup code" data-testid="backup-code-export" onFocus={(e) => e.currentTarget.select()} />
      )}
      <label className="backup-import">
        Paste a backup code
        <textarea className="mono" rows={3} value={paste} onChange={(e) => setPaste(e.currentTarget.value)} data-testid="backup-code-import" />
      </label>
      <button
        type="button" disabled={paste.trim() === ''}
        onClick={() => {
          const error = onImport(paste);
          setResult(error === null ? { ok: true, text: 'Progress restored from the backup code.' } : { ok: false, text: error });
          if (error === null) setPaste('');
        }}
      >
        Restore
      </button>
      {result && <p role={result.ok ? 'status' : 'alert'} className={result.ok ? 'ok' : 'error'} data-testid="backup-code-result">{result.text}</p>}
    </details>
  );
}
