// The small form for the agent's other tools: Read, Write, WebFetch and MCP calls. Each builds a tool
// call (sim/attack/input.ts checks it and names a bad field) that runs like a typed command.
import { useId, useState, type FormEvent } from 'react';
import { parseToolForm, TOOL_KINDS, type ToolForm as Form } from '../../sim/attack/input.ts';
import type { AttackStep } from '../../sim/attack/types.ts';

type Kind = (typeof TOOL_KINDS)[number];

export function ToolForm({ busy, onStep }: { busy: boolean; onStep(step: AttackStep): void }) {
  const id = useId();
  const [kind, setKind] = useState<Kind>('Read');
  const [path, setPath] = useState('');
  const [content, setContent] = useState('');
  const [url, setUrl] = useState('');
  const [server, setServer] = useState('');
  const [name, setName] = useState('');
  const [input, setInput] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const form = (): Form => {
    switch (kind) {
      case 'Read': return { tool: 'Read', path };
      case 'Write': return { tool: 'Write', path, content };
      case 'WebFetch': return { tool: 'WebFetch', url };
      case 'MCP': return { tool: 'MCP', server, name, input };
    }
  };
  const send = (e: FormEvent) => {
    e.preventDefault();
    const parsed = parseToolForm(form());
    if (!parsed.ok) {
      setProblem(parsed.message);
      return;
    }
    setProblem(null);
    onStep(parsed.step);
  };
  const field = (label: string, value: string, set: (v: string) => void, placeholder: string, testid: string) => (
    <label className="attack-field" htmlFor={`${id}-${testid}`}>
      <span>{label}</span>
      <input id={`${id}-${testid}`} data-testid={`tool-${testid}`} value={value} placeholder={placeholder} onChange={(e) => set(e.target.value)} spellCheck={false} autoComplete="off" />
    </label>
  );

  return (
    <form className="attack-toolform" onSubmit={send} data-testid="tool-form" aria-label="Tool call">
      <label className="attack-field" htmlFor={`${id}-kind`}>
        <span>Tool</span>
        <select id={`${id}-kind`} data-testid="tool-kind" value={kind} onChange={(e) => { setKind(e.target.value as Kind); setProblem(null); }}>
          {TOOL_KINDS.map((k) => <option key={k} value={k}>{k}</option>)}
        </select>
      </label>
      {(kind === 'Read' || kind === 'Write') && field('Path', path, setPath, '~/.aws/credentials', 'path')}
      {kind === 'Write' && (
        <label className="attack-field attack-field-wide" htmlFor={`${id}-content`}>
          <span>Content</span>
          <textarea id={`${id}-content`} data-testid="tool-content" rows={2} value={content} onChange={(e) => setContent(e.target.value)} spellCheck={false} />
        </label>
      )}
      {kind === 'WebFetch' && field('URL', url, setUrl, 'https://github.com/', 'url')}
      {kind === 'MCP' && <>
        {field('Server', server, setServer, 'github', 'server')}
        {field('Tool', name, setName, 'get_readme', 'name')}
        {field('Input (JSON)', input, setInput, '{}', 'input')}
      </>}
      <button type="submit" className="btn" disabled={busy} data-testid="tool-run">Call {kind}</button>
      {problem && <p className="attack-problem" role="alert" data-testid="tool-problem">{problem}</p>}
    </form>
  );
}
