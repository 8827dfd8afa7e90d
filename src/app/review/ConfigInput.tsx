// Where the reviewer's config comes in: files dropped or chosen (each a Claude Code scope, or a
// sandbox-runtime file), or text pasted. Every problem is listed beside the input with the file's
// name and the JSON path, as the reviewer types; nothing is run until the input is valid.
import { useEffect, useRef, useState, type Dispatch } from 'react';
import type { SettingsScope } from '../../sim/config/mergeScopes.ts';
import type { ReviewFormat } from '../../sim/review/configProfile.ts';
import { FILE_SCOPES, type ImportResult, type SourceIssue } from '../../sim/review/importConfig.ts';
import { PASTE_NAME, type ReviewAction, type ReviewState } from './reviewState.ts';

export interface Validation {
  imported: ImportResult | null;
  errors: SourceIssue[];
  warnings: SourceIssue[];
}

const SCOPE_LABEL: Record<SettingsScope, string> = {
  managed: 'managed (highest)', cli: 'command line', local: 'local project (.claude/settings.local.json)',
  project: 'project (.claude/settings.json)', user: 'user (~/.claude/settings.json)',
};

/** A realistic, permissive project settings.json to try the page with (not a recommendation). */
export const EXAMPLE_SETTINGS = JSON.stringify({
  permissions: { defaultMode: 'acceptEdits', allow: ['Bash(npm run *)', 'Bash(curl *)', 'WebFetch', 'Read(~/**)'], deny: [] },
  sandbox: { enabled: true, network: { allowedDomains: ['github.com', '*.github.com', 'registry.npmjs.org', 'api.anthropic.com'] } },
}, null, 2);

const FORMAT_LABEL: Record<ReviewFormat, string> = { 'claude-code': 'Claude Code settings', srt: 'sandbox-runtime settings', profile: 'product profile' };

async function readFiles(list: FileList | null): Promise<{ name: string; text: string; size: number }[]> {
  const files = [...(list ?? [])];
  return Promise.all(files.map(async (f) => {
    // Too large to be a settings file: keep the name so the page can say so, skip the bytes.
    if (f.size > 1_000_000) return { name: f.name, text: '', size: f.size };
    try {
      return { name: f.name, text: await f.text(), size: f.size };
    } catch {
      return { name: f.name, text: '', size: Number.POSITIVE_INFINITY };
    }
  }));
}

function ScopeSelect({ label, value, onChange }: { label: string; value: SettingsScope; onChange: (s: SettingsScope) => void }) {
  return (
    <label className="review-scope">
      <span className="sr-only">{label}</span>
      <select value={value} onChange={(e) => onChange(e.currentTarget.value as SettingsScope)} aria-label={label}>
        {FILE_SCOPES.map((s) => <option key={s} value={s}>{SCOPE_LABEL[s]}</option>)}
      </select>
    </label>
  );
}

function IssueList({ issues, kind }: { issues: SourceIssue[]; kind: 'error' | 'warning' }) {
  if (issues.length === 0) return null;
  return (
    <ul className={`review-issues review-issues-${kind}`} data-testid={kind === 'error' ? 'review-errors' : 'review-warnings'}>
      {issues.map((i, n) => (
        <li key={n}>
          <strong>{i.source}</strong>
          {i.path !== '' && <>{' › '}<code>{i.path}</code></>}: {i.message}
        </li>
      ))}
    </ul>
  );
}

export interface ConfigInputProps {
  state: ReviewState;
  dispatch: Dispatch<ReviewAction>;
  validation: Validation | null;
  onRun: () => void;
}

export function ConfigInput({ state, dispatch, validation, onRun }: ConfigInputProps) {
  const fileInput = useRef<HTMLInputElement>(null);
  const [dragging, setDragging] = useState(false);
  const running = state.run.status === 'running';
  const formatOf = (name: string) => validation?.imported?.sources.find((s) => s.name === name)?.format;
  const errorsIn = (name: string) => validation?.errors.filter((e) => e.source === name).length ?? 0;
  const add = async (list: FileList | null) => dispatch({ type: 'add-files', files: await readFiles(list) });
  // A file dropped anywhere on the page is taken, not opened by the browser in place of the page.
  useEffect(() => {
    const over = (e: DragEvent) => e.preventDefault();
    const drop = (e: DragEvent) => {
      e.preventDefault();
      setDragging(false);
      if (e.dataTransfer && e.dataTransfer.files.length > 0) {
        const files = e.dataTransfer.files;
        void readFiles(files).then((read) => dispatch({ type: 'add-files', files: read }));
      }
    };
    window.addEventListener('dragover', over);
    window.addEventListener('drop', drop);
    return () => {
      window.removeEventListener('dragover', over);
      window.removeEventListener('drop', drop);
    };
  }, [dispatch]);
  const canRun = !running && validation !== null && validation.errors.length === 0 && validation.imported?.ok === true;

  return (
    <section className="review-card review-input" aria-labelledby="review-input-title">
      <h2 id="review-input-title">Your config</h2>
      <div
        className={`review-drop${dragging ? ' review-drop-over' : ''}`}
        data-testid="review-drop"
        onDragOver={() => setDragging(true)}
        onDragLeave={() => setDragging(false)}
      >
        <p>Drop settings files here: Claude Code <code>settings.json</code> (one or several scopes) or a sandbox-runtime settings file.</p>
        <button type="button" className="btn" onClick={() => fileInput.current?.click()}>Choose files…</button>
        <input ref={fileInput} type="file" multiple accept=".json,application/json,text/plain" hidden data-testid="review-file-input"
          onChange={(e) => { const input = e.currentTarget; void add(input.files).then(() => { input.value = ''; }); }} />
      </div>

      {state.files.length > 0 && (
        <ul className="review-files" aria-label="Files to review">
          {state.files.map((f) => {
            const format = formatOf(f.name);
            const bad = f.problem !== undefined ? 1 : errorsIn(f.name);
            return (
              <li key={f.id} data-testid="review-file">
                <div className="review-file-line">
                  <span className="review-file-name">{f.name}</span>
                  <span className={`review-file-state ${bad > 0 ? 'bad' : 'ok'}`}>{bad > 0 ? `${bad} problem${bad === 1 ? '' : 's'}` : format ? FORMAT_LABEL[format] : ''}</span>
                </div>
                <div className="review-file-line">
                  {(format === 'claude-code' || format === undefined) && f.problem === undefined
                    ? <ScopeSelect label={`Scope of ${f.name}`} value={f.scope} onChange={(scope) => dispatch({ type: 'set-scope', id: f.id, scope })} />
                    : <span />}
                  <button type="button" className="btn btn-small" onClick={() => dispatch({ type: 'remove-file', id: f.id })} aria-label={`Remove ${f.name}`}>Remove</button>
                </div>
              </li>
            );
          })}
        </ul>
      )}

      <div className="review-row review-paste-head">
        <label className="review-paste-label" htmlFor="review-paste">Or paste a config</label>
        <button type="button" className="btn btn-small" data-testid="review-example" onClick={() => dispatch({ type: 'set-paste', text: EXAMPLE_SETTINGS })}>Paste an example</button>
      </div>
      <textarea id="review-paste" className="review-paste" data-testid="review-paste" spellCheck={false} rows={7}
        placeholder={'{\n  "permissions": { "deny": ["Read(~/.aws/**)"] },\n  "sandbox": { "enabled": true }\n}'}
        value={state.paste} onChange={(e) => dispatch({ type: 'set-paste', text: e.currentTarget.value })} />
      {state.paste.trim() !== '' && formatOf(PASTE_NAME) !== 'srt' && formatOf(PASTE_NAME) !== 'profile' && (
        <div className="review-row review-paste-scope">
          <span className="small">Scope</span>
          <ScopeSelect label="Scope of the pasted text" value={state.pasteScope} onChange={(scope) => dispatch({ type: 'set-paste-scope', scope })} />
        </div>
      )}

      <div aria-live="polite">
        <IssueList issues={validation?.errors ?? []} kind="error" />
      </div>
      {(validation?.warnings.length ?? 0) > 0 && (
        <details className="review-warnings">
          <summary>{validation?.warnings.length} warning{validation?.warnings.length === 1 ? '' : 's'} (ignored keys)</summary>
          <IssueList issues={validation?.warnings ?? []} kind="warning" />
        </details>
      )}

      <div className="review-row">
        <label className="review-format">
          <span>Format</span>
          <select value={state.format} data-testid="review-format" onChange={(e) => dispatch({ type: 'set-format', format: e.currentTarget.value as ReviewFormat | 'auto' })}>
            <option value="auto">detect</option>
            {(Object.keys(FORMAT_LABEL) as ReviewFormat[]).map((f) => <option key={f} value={f}>{FORMAT_LABEL[f]}</option>)}
          </select>
        </label>
        <button type="button" className="btn btn-primary" data-testid="review-run" disabled={!canRun} onClick={onRun}>
          {running ? 'Running…' : 'Run every incident'}
        </button>
      </div>
      {validation === null && <p className="small muted">Nothing to review yet: choose a file or paste one.</p>}
    </section>
  );
}
