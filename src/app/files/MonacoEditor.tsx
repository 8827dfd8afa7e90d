// The Monaco surface, loaded only through React.lazy in FileEditor.tsx so neither Monaco nor its
// workers are part of the first-load bundle. Rather than the kitchen-sink `monaco-editor` entry
// (every language service, each wanting its own worker), it takes the editor API, the syntax
// colouring for all languages, the JSON language service and a few everyday contributions.
import { useEffect, useRef } from 'react';
import * as monaco from 'monaco-editor/editor/editor.api';
import 'monaco-editor/languages/definitions/register.all';
import { jsonDefaults } from 'monaco-editor/languages/features/json/register';
import 'monaco-editor/features/find/register';
import 'monaco-editor/editor/contrib/folding/browser/folding';
import 'monaco-editor/editor/contrib/bracketMatching/browser/bracketMatching';
import 'monaco-editor/editor/contrib/wordHighlighter/browser/wordHighlighter';
import 'monaco-editor/editor/contrib/clipboard/browser/clipboard';
import 'monaco-editor/editor/contrib/contextmenu/browser/contextmenu';
import 'monaco-editor/editor/contrib/linesOperations/browser/linesOperations';
import 'monaco-editor/editor/browser/coreCommands';
import { installMonacoWorkers } from './monacoWorkers.ts';
import { EditorEchoes } from './editorEchoes.ts';
import { EDITOR_EXIT_HINT } from './editorKeys.ts';

installMonacoWorkers();

export interface JsonSchemaBinding {
  /** Identifies the schema; re-binding the same uri replaces it. */
  uri: string;
  schema: Record<string, unknown>;
}

export interface MonacoEditorProps {
  path: string;
  value: string;
  readOnly: boolean;
  onChange(text: string): void;
  onSave(): void;
  /** JSON Schema for this model (a .json path): diagnostics and completion come from it. */
  schema?: JsonSchemaBinding;
}

/**
 * Monaco keeps Tab for indenting, so a keyboard user who enters it could never leave. Esc arms
 * Monaco's own tab-moves-focus mode for the next key: Tab or Shift+Tab then moves focus as anywhere
 * else, and any other key (or leaving) puts Tab back to indenting. Same keys as the terminals.
 */
function letFocusLeaveEditor(editor: monaco.editor.IStandaloneCodeEditor): monaco.IDisposable {
  let armed = false;
  const arm = (on: boolean) => {
    if (armed === on) return;
    armed = on;
    editor.updateOptions({ tabFocusMode: on });
  };
  const keys = editor.onKeyDown((e) => {
    if (e.keyCode === monaco.KeyCode.Escape) arm(true);
    else if (e.keyCode !== monaco.KeyCode.Tab && !MODIFIER_KEYS.has(e.keyCode)) arm(false);
  });
  const blur = editor.onDidBlurEditorText(() => arm(false));
  editor.getDomNode()?.querySelector('textarea')?.setAttribute('aria-description', EDITOR_EXIT_HINT);
  return { dispose: () => { keys.dispose(); blur.dispose(); } };
}

const MODIFIER_KEYS = new Set([monaco.KeyCode.Shift, monaco.KeyCode.Ctrl, monaco.KeyCode.Alt, monaco.KeyCode.Meta]);

/** Associates `binding` with one model, keeping the schemas other editors registered. */
function bindSchema(modelUri: string, binding: JsonSchemaBinding): void {
  const current = jsonDefaults.diagnosticsOptions;
  const others = (current.schemas ?? []).filter((s) => s.uri !== binding.uri);
  jsonDefaults.setDiagnosticsOptions({
    ...current,
    validate: true,
    allowComments: false,
    enableSchemaRequest: false,
    schemas: [...others, { uri: binding.uri, fileMatch: [modelUri], schema: binding.schema }],
  });
}

export default function MonacoEditor({ path, value, readOnly, onChange, onSave, schema }: MonacoEditorProps) {
  const host = useRef<HTMLDivElement>(null);
  const editorRef = useRef<monaco.editor.IStandaloneCodeEditor | null>(null);
  const callbacks = useRef({ onChange, onSave });
  callbacks.current = { onChange, onSave };
  // A render can lag behind fast typing; see editorEchoes.ts.
  const echoes = useRef(new EditorEchoes());
  const applyingValue = useRef(false);

  useEffect(() => {
    if (!host.current) return;
    // The file's extension picks the colouring, through the model URI.
    const uri = monaco.Uri.file(path);
    if (schema) bindSchema(uri.toString(), schema);
    const model = monaco.editor.createModel(value, undefined, uri);
    const editor = monaco.editor.create(host.current, {
      model,
      readOnly,
      automaticLayout: true,
      minimap: { enabled: false },
      wordWrap: 'on',
      scrollBeyondLastLine: false,
      fontSize: 13,
      // Poisoned documents hide instructions in invisible characters; make them visible.
      unicodeHighlight: { invisibleCharacters: true, ambiguousCharacters: true },
      renderControlCharacters: true,
    });
    editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => callbacks.current.onSave());
    const leave = letFocusLeaveEditor(editor);
    const sub = model.onDidChangeContent(() => {
      if (applyingValue.current) return;
      const text = model.getValue();
      echoes.current.reported(text);
      callbacks.current.onChange(text);
    });
    editorRef.current = editor;
    return () => {
      sub.dispose();
      leave.dispose();
      editor.dispose();
      model.dispose();
      editorRef.current = null;
    };
    // A new path is a new model; value and readOnly updates are applied below without rebuilding.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [path]);

  useEffect(() => {
    const model = editorRef.current?.getModel();
    if (!model) return;
    if (!echoes.current.shouldApply(value, model.getValue())) return;
    // A change from outside the editor (a discard, a new run's file): replace the text.
    applyingValue.current = true;
    try { model.setValue(value); } finally { applyingValue.current = false; }
  }, [value]);

  useEffect(() => {
    editorRef.current?.updateOptions({ readOnly });
  }, [readOnly]);

  // The surface has a definite height (files.css): with automaticLayout, a container that takes its
  // height from its content would grow with the editor, and the editor with it, without end.
  return (
    <>
      <div ref={host} className="file-editor__surface" data-testid="monaco-editor" />
      <p className="editor-keys" data-testid="editor-keys">{EDITOR_EXIT_HINT}</p>
    </>
  );
}
