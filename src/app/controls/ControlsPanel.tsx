// The controls of one product, grouped. Each control shows whether it differs from the product's
// shipped default and can be reset. Controlled component: values in, changes out.
import { useId, useState } from 'react';
import { GROUP_LABEL, type ControlGroup, type ControlSpec } from './controlTable.ts';

export interface ControlsPanelProps {
  product: string;
  controls: readonly ControlSpec[];
  value(path: string): unknown;
  isChanged(path: string): boolean;
  onChange(path: string, value: unknown): void;
  onReset(path: string): void;
  /** When set, only these paths are editable (lessons unlock a few controls at a time). */
  unlocked?: ReadonlySet<string> | null;
}

const RATES = [0, 0.001, 0.01, 0.06, 0.25, 0.5, 1];

function ListEditor({ id, value, placeholder, disabled, onCommit }: { id: string; value: readonly string[]; placeholder: string; disabled: boolean; onCommit(v: string[]): void }) {
  const [draft, setDraft] = useState<string | null>(null);
  const text = draft ?? value.join('\n');
  const commit = () => {
    if (draft === null) return;
    onCommit(draft.split(/[\n,]/).map((s) => s.trim()).filter(Boolean));
    setDraft(null);
  };
  return (
    <textarea
      id={id} className="list-editor mono" rows={Math.min(4, Math.max(1, value.length))} value={text} placeholder={placeholder} disabled={disabled}
      onChange={(e) => setDraft(e.currentTarget.value)} onBlur={commit}
      onKeyDown={(e) => {
        if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) commit();
        if (e.key === 'Escape') setDraft(null);
      }}
      aria-describedby={`${id}-help`}
    />
  );
}

function ControlRow({ spec, product, props }: { spec: ControlSpec; product: string; props: ControlsPanelProps }) {
  const id = `${useId()}-ctl`;
  const testId = `control-${product}.${spec.path}`;
  const value = props.value(spec.path);
  const changed = props.isChanged(spec.path);
  const disabled = props.unlocked ? !props.unlocked.has(`${product}.${spec.path}`) : false;
  let input;
  switch (spec.kind) {
    case 'bool':
      input = <input id={id} type="checkbox" checked={value === true} disabled={disabled} data-testid={testId} aria-describedby={`${id}-help`} onChange={(e) => props.onChange(spec.path, e.currentTarget.checked)} />;
      break;
    case 'enum':
      input = (
        <select id={id} value={String(value)} disabled={disabled} data-testid={testId} aria-describedby={`${id}-help`} onChange={(e) => props.onChange(spec.path, e.currentTarget.value)}>
          {spec.options.map((o) => <option key={o.value} value={o.value}>{o.label}</option>)}
        </select>
      );
      break;
    case 'rate': {
      const current = typeof value === 'number' ? value : 0;
      const options = RATES.includes(current) ? RATES : [...RATES, current].sort((a, b) => a - b);
      input = (
        <select id={id} value={String(current)} disabled={disabled} data-testid={testId} aria-describedby={`${id}-help`} onChange={(e) => props.onChange(spec.path, Number(e.currentTarget.value))}>
          {options.map((r) => <option key={r} value={String(r)}>{`${Math.round(r * 1000) / 10}%`}</option>)}
        </select>
      );
      break;
    }
    case 'list':
      input = <span data-testid={testId}><ListEditor id={id} value={Array.isArray(value) ? (value as string[]) : []} placeholder={spec.placeholder} disabled={disabled} onCommit={(v) => props.onChange(spec.path, v)} /></span>;
      break;
  }
  return (
    <div className={`control control-${spec.kind}${changed ? ' control-changed' : ''}${disabled ? ' control-locked' : ''}`}>
      <label htmlFor={id} className="control-label">{spec.label}</label>
      <div className="control-input">
        {input}
        {changed && !disabled && (
          <button type="button" className="link-btn" onClick={() => props.onReset(spec.path)} aria-label={`Reset ${spec.label} to the shipped default`}>reset</button>
        )}
      </div>
      <p id={`${id}-help`} className="control-help">{changed ? <strong className="changed-tag">changed · </strong> : null}{spec.help}</p>
    </div>
  );
}

export function ControlsPanel(props: ControlsPanelProps) {
  const groups = new Map<ControlGroup, ControlSpec[]>();
  for (const spec of props.controls) groups.set(spec.group, [...(groups.get(spec.group) ?? []), spec]);
  return (
    <div className="controls" data-testid={`controls-${props.product}`}>
      {[...groups].map(([group, specs]) => (
        <fieldset key={group} className="control-group">
          <legend>{GROUP_LABEL[group]}</legend>
          {specs.map((spec) => <ControlRow key={spec.path} spec={spec} product={props.product} props={props} />)}
        </fieldset>
      ))}
    </div>
  );
}
