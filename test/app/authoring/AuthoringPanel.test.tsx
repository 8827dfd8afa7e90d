import { describe, expect, it, vi } from 'vitest';
import { act, fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { MonacoEditorProps } from '../../../src/app/files/MonacoEditor.tsx';
import type { CustomScenario } from '../../../src/app/store/playgroundSlice.ts';

// Stand-in for the Monaco chunk: a text area that records the schema it was handed.
const seen = vi.hoisted(() => ({ schemaUri: '' as string, schema: null as Record<string, unknown> | null }));
vi.mock('../../../src/app/files/MonacoEditor.tsx', () => ({
  default: ({ value, onChange, schema }: MonacoEditorProps) => {
    seen.schemaUri = schema?.uri ?? '';
    seen.schema = schema?.schema ?? null;
    return <textarea data-testid="monaco-editor" value={value} onChange={(e) => onChange(e.target.value)} />;
  },
}));

const { default: AuthoringPanel, templateText } = await import('../../../src/app/authoring/AuthoringPanel.tsx');

const WAIT = { timeout: 5000 };
const textArea = () => screen.getByTestId('authoring-text') as HTMLTextAreaElement;

function replaceIn(text: string, from: string, to: string): string {
  expect(text).toContain(from);
  return text.replace(from, to);
}

describe('AuthoringPanel', () => {
  it('hands the JSON Schema made from the zod schema to the Monaco editor', async () => {
    render(<AuthoringPanel onRun={() => undefined} />);
    await screen.findByTestId('monaco-editor', undefined, WAIT);
    expect(seen.schemaUri).toMatch(/scenario\.schema\.json$/);
    expect(JSON.stringify(seen.schema)).toContain('secret-exfiltrated');
  });

  it('in the text area fallback, a broken scenario lists its problems by JSON path and cannot run', () => {
    const onRun = vi.fn();
    render(<AuthoringPanel editor="plain" onRun={onRun} />);
    expect(screen.getByTestId('authoring-valid').textContent).toContain('A CONTRIBUTING file asks the agent to post the deploy key');
    fireEvent.change(textArea(), { target: { value: replaceIn(textArea().value, '"secret": "deploy-key"', '"secret": "x"') } });
    const problems = screen.getByTestId('authoring-errors').textContent ?? '';
    expect(problems).toContain('harms[0].secret: unknown secret "x"; known: aws-credentials');
    expect((screen.getByTestId('authoring-run') as HTMLButtonElement).disabled).toBe(true);
    fireEvent.click(screen.getByTestId('authoring-run'));
    expect(onRun).not.toHaveBeenCalled();
  });

  it('reports invalid JSON at the root', () => {
    render(<AuthoringPanel editor="plain" onRun={() => undefined} />);
    fireEvent.change(textArea(), { target: { value: '{ "id": ' } });
    expect(screen.getByTestId('authoring-errors').textContent).toMatch(/^\(root\): not valid JSON/);
  });

  it('runs a valid scenario with its id namespaced, and switches templates', async () => {
    const onRun = vi.fn<(c: CustomScenario) => Promise<void>>().mockResolvedValue(undefined);
    render(<AuthoringPanel editor="plain" onRun={onRun} />);
    fireEvent.change(screen.getByTestId('authoring-template'), { target: { value: '1' } });
    expect(textArea().value).toBe(templateText(1));
    await act(async () => { fireEvent.click(screen.getByTestId('authoring-run')); });
    expect(onRun).toHaveBeenCalledTimes(1);
    const custom = onRun.mock.calls[0]?.[0];
    expect(custom?.scenarioId).toBe('custom:poisoned-docs-page');
    expect((custom?.spec as { harms: unknown[] }).harms).toHaveLength(1);
    expect(screen.getByTestId('authoring-status').textContent).toContain('Ran');
  });

  it('renders what the author wrote as text, never as markup', () => {
    const { container } = render(<AuthoringPanel editor="plain" onRun={() => undefined} />);
    const hostile = replaceIn(textArea().value, '"title": "A CONTRIBUTING file asks the agent to post the deploy key"', '"title": "<img src=x onerror=alert(1)>"');
    fireEvent.change(textArea(), { target: { value: hostile.replace('"id": "deploy-key-leaked"', '"id": "<b>bold</b>"') } });
    expect(container.querySelector('img')).toBeNull();
    expect(container.querySelector('.authoring b')).toBeNull();
    expect(screen.getByTestId('authoring-errors').textContent).toContain('harms[0].id');
  });

  it('makes a share link that carries the scenario', async () => {
    render(<AuthoringPanel editor="plain" onRun={() => undefined} linkBase="http://lab.test/" />);
    await act(async () => { fireEvent.click(screen.getByTestId('authoring-share')); });
    await waitFor(() => expect((screen.getByTestId('authoring-link') as HTMLInputElement).value).toMatch(/^http:\/\/lab\.test\/#scenario=[A-Za-z0-9_-]+$/), WAIT);
  });

  it('opens an uploaded .json file', async () => {
    render(<AuthoringPanel editor="plain" onRun={() => undefined} />);
    const file = new File([templateText(1)], 'mine.json', { type: 'application/json' });
    await act(async () => { fireEvent.change(screen.getByTestId('authoring-file'), { target: { files: [file] } }); });
    await waitFor(() => expect(textArea().value).toBe(templateText(1)), WAIT);
    expect(screen.getByTestId('authoring-status').textContent).toBe('Loaded mine.json.');
  });
});
