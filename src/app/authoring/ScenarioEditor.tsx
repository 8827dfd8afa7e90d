// The scenario text editor: the shared lazy Monaco surface with the scenario JSON Schema bound to
// its model (completion, hover docs, squiggles), or a plain text area when asked for one, while
// Monaco loads, or if its chunk cannot load.
import { Component, lazy, Suspense, useMemo, type ReactNode } from 'react';
import { scenarioJsonSchema } from '../../sim/authoring/schema.ts';

const MonacoEditor = lazy(() => import('../files/MonacoEditor.tsx'));

const MODEL_PATH = '/authoring/scenario.json';
const SCHEMA_URI = 'https://containment-lab.invalid/schemas/scenario.schema.json';

export interface ScenarioEditorProps {
  value: string;
  onChange(text: string): void;
  onRun(): void;
  editor: 'monaco' | 'plain';
}

export function ScenarioEditor({ value, onChange, onRun, editor }: ScenarioEditorProps) {
  const schema = useMemo(() => ({ uri: SCHEMA_URI, schema: scenarioJsonSchema() }), []);
  const plain = (
    <textarea
      className="authoring__plain" aria-label="Scenario JSON" data-testid="authoring-text" value={value} spellCheck={false}
      onChange={(e) => onChange(e.target.value)}
      onKeyDown={(e) => {
        if ((e.ctrlKey || e.metaKey) && e.key === 'Enter') {
          e.preventDefault();
          onRun();
        }
      }}
    />
  );
  if (editor === 'plain') return plain;
  return (
    <LoadBoundary fallback={plain}>
      <Suspense fallback={plain}>
        <div className="authoring__monaco">
          <MonacoEditor path={MODEL_PATH} value={value} readOnly={false} onChange={onChange} onSave={onRun} schema={schema} />
        </div>
      </Suspense>
    </LoadBoundary>
  );
}

class LoadBoundary extends Component<{ fallback: ReactNode; children: ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError(): { failed: boolean } {
    return { failed: true };
  }

  override componentDidCatch(error: unknown): void {
    console.warn('Monaco could not load; using the plain scenario editor', error);
  }

  override render(): ReactNode {
    return this.state.failed ? this.props.fallback : this.props.children;
  }
}
