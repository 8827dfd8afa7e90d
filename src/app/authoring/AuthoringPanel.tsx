// Write, check, run and share a scenario. The text is compiled on every edit; problems are listed
// with their JSON path. Running hands the JSON to the store, which sends it to the engine worker
// (which validates it again). Everything the author wrote is rendered as text, never as markup.
import { useMemo, useRef, useState } from 'react';
import { compileScenarioText } from '../../sim/authoring/compile.ts';
import { EXAMPLES } from '../../sim/authoring/examples.ts';
import type { CustomScenario } from '../store/playgroundSlice.ts';
import { MAX_SCENARIO_TEXT, scenarioLink } from './scenarioLink.ts';
import { ScenarioEditor } from './ScenarioEditor.tsx';
import './authoring.css';

export interface AuthoringPanelProps {
  /** Text to start with (a shared link or file); the first template otherwise. */
  initialText?: string;
  editor?: 'monaco' | 'plain';
  onRun(custom: CustomScenario): void | Promise<void>;
  onClose?(): void;
  /** Page address the share link points at (default: this page without its hash). */
  linkBase?: string;
}

export const templateText = (index: number): string => JSON.stringify(EXAMPLES[index]?.spec ?? {}, null, 2);

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}

export default function AuthoringPanel({ initialText, editor = 'monaco', onRun, onClose, linkBase }: AuthoringPanelProps) {
  const [draft, setDraft] = useState(() => initialText ?? templateText(0));
  const [plain, setPlain] = useState(editor === 'plain');
  const [status, setStatus] = useState<string | null>(null);
  const [link, setLink] = useState<string | null>(null);
  const upload = useRef<HTMLInputElement>(null);
  const result = useMemo(() => compileScenarioText(draft), [draft]);

  const edit = (text: string) => {
    setDraft(text);
    setLink(null);
  };

  const run = async () => {
    if (!result.ok) return;
    setStatus('Running on the three products…');
    try {
      await onRun({ scenarioId: `custom:${result.spec.id}`, title: result.spec.title, explanation: result.spec.explanation, spec: JSON.parse(draft) as unknown });
      setStatus(`Ran "${result.spec.title}": see the three panes.`);
    } catch (error) {
      setStatus(`Could not run: ${error instanceof Error ? error.message : String(error)}`);
    }
  };

  const share = async () => {
    const base = linkBase ?? `${window.location.origin}${window.location.pathname}`;
    const url = await scenarioLink(draft, base);
    setLink(url);
    try {
      await navigator.clipboard.writeText(url);
      setStatus('Link copied.');
    } catch {
      setStatus('Copy the link below.');
    }
  };

  const load = async (file: File | undefined) => {
    if (!file) return;
    if (file.size > MAX_SCENARIO_TEXT) {
      setStatus(`${file.name} is larger than ${MAX_SCENARIO_TEXT} bytes; not loaded.`);
      return;
    }
    edit(await file.text());
    setStatus(`Loaded ${file.name}.`);
  };

  const fileName = result.ok ? `${result.spec.id}.scenario.json` : 'scenario.json';
  return (
    <section className="authoring" aria-label="Scenario editor" data-testid="authoring-panel">
      <div className="authoring__bar">
        <label className="field">
          <span className="field-label">Template</span>
          <select data-testid="authoring-template" value="" onChange={(e) => e.currentTarget.value !== '' && edit(templateText(Number(e.currentTarget.value)))}>
            <option value="">Start from…</option>
            {EXAMPLES.map((ex, i) => <option key={ex.spec.id} value={i}>{ex.name}</option>)}
          </select>
        </label>
        <label className="field authoring__toggle">
          <input type="checkbox" checked={plain} data-testid="authoring-plain" onChange={(e) => setPlain(e.currentTarget.checked)} />
          <span>plain text editor</span>
        </label>
        <button type="button" data-testid="authoring-run" disabled={!result.ok} onClick={() => void run()}>Run on all three products</button>
        <button type="button" data-testid="authoring-share" disabled={!result.ok} onClick={() => void share()}>Share link</button>
        <button type="button" data-testid="authoring-download" onClick={() => download(fileName, draft)}>Download .json</button>
        <button type="button" data-testid="authoring-upload" onClick={() => upload.current?.click()}>Open .json…</button>
        <input
          ref={upload} type="file" accept=".json,application/json" hidden data-testid="authoring-file"
          onChange={(e) => { void load(e.currentTarget.files?.[0]); e.currentTarget.value = ''; }}
        />
        {onClose && <button type="button" className="link-btn" onClick={onClose}>Close</button>}
      </div>
      <ScenarioEditor value={draft} onChange={edit} onRun={() => void run()} editor={plain ? 'plain' : 'monaco'} />
      {result.ok ? (
        <p className="authoring__ok" data-testid="authoring-valid">Valid: “{result.spec.title}”, {result.spec.harms.length} harm check(s).</p>
      ) : (
        <ul className="authoring__errors" data-testid="authoring-errors" role="alert" aria-label="Problems">
          {result.errors.map((e, i) => <li key={i}><code>{e.path}</code>: {e.message}</li>)}
        </ul>
      )}
      {result.ok && result.warnings.length > 0 && (
        <ul className="authoring__warnings" data-testid="authoring-warnings" aria-label="Warnings">
          {result.warnings.map((w, i) => <li key={i}><code>{w.path}</code>: {w.message}</li>)}
        </ul>
      )}
      {status && <p role="status" data-testid="authoring-status">{status}</p>}
      {link && <input className="authoring__link" readOnly value={link} aria-label="Share link" data-testid="authoring-link" onFocus={(e) => e.currentTarget.select()} />}
    </section>
  );
}
