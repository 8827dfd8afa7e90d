// Monaco's web workers, bundled by Vite from the local package (`?worker`), never fetched from a
// CDN: a CDN script would be blocked by this page's Cross-Origin-Embedder-Policy anyway. Only the
// base editor worker and the JSON worker exist; JSON is the one language service we load, for
// settings.json files. Imported only from the lazily loaded editor chunk.
import EditorWorker from 'monaco-editor/editor/editor.worker?worker';
import JsonWorker from 'monaco-editor/language/json/json.worker?worker';

interface MonacoEnvironmentLike {
  getWorker(workerId: string, label: string): Worker;
}

export function installMonacoWorkers(): void {
  const scope = self as unknown as { MonacoEnvironment?: MonacoEnvironmentLike };
  scope.MonacoEnvironment = {
    getWorker: (_workerId, label) => (label === 'json' ? new JsonWorker() : new EditorWorker()),
  };
}
