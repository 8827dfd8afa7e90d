// Accessible tabs: arrow keys move between tabs (WAI-ARIA tabs pattern), the panel is labelled.
import { useId, useRef, useState, type ReactNode } from 'react';

export interface TabDef {
  id: string;
  label: ReactNode;
  content: () => ReactNode;
}

export function Tabs({ tabs, testIdPrefix, initial }: { tabs: readonly TabDef[]; testIdPrefix: string; initial?: string }) {
  const [active, setActive] = useState(initial ?? tabs[0]?.id ?? '');
  const base = useId();
  const refs = useRef<(HTMLButtonElement | null)[]>([]);
  const current = tabs.find((t) => t.id === active) ?? tabs[0];
  const move = (index: number) => {
    const next = tabs[(index + tabs.length) % tabs.length];
    if (!next) return;
    setActive(next.id);
    refs.current[(index + tabs.length) % tabs.length]?.focus();
  };
  return (
    <div className="tabs">
      <div role="tablist" className="tablist">
        {tabs.map((t, i) => (
          <button
            key={t.id} ref={(el) => { refs.current[i] = el; }} type="button" role="tab" id={`${base}-${t.id}-tab`}
            aria-selected={t.id === current?.id} aria-controls={`${base}-${t.id}-panel`} tabIndex={t.id === current?.id ? 0 : -1}
            data-testid={`${testIdPrefix}-tab-${t.id}`} className="tab"
            onClick={() => setActive(t.id)}
            onKeyDown={(e) => {
              if (e.key === 'ArrowRight') move(i + 1);
              else if (e.key === 'ArrowLeft') move(i - 1);
              else if (e.key === 'Home') move(0);
              else if (e.key === 'End') move(tabs.length - 1);
            }}
          >{t.label}</button>
        ))}
      </div>
      {current && (
        <div role="tabpanel" id={`${base}-${current.id}-panel`} aria-labelledby={`${base}-${current.id}-tab`} className="tabpanel" tabIndex={0}>
          {current.content()}
        </div>
      )}
    </div>
  );
}
