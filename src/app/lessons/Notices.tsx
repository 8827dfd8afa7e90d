// Notices about saved data, links and imports: visible, dismissible, never blocking the page.
export function Notices({ notices, onDismiss }: { notices: readonly string[]; onDismiss(index: number): void }) {
  if (notices.length === 0) return null;
  return (
    <div className="lesson-notices" data-testid="lesson-notices">
      {notices.map((n, i) => (
        <div key={`${i}-${n}`} className="notice" role="status">
          <span>{n}</span>
          <button type="button" className="link-btn" onClick={() => onDismiss(i)} aria-label="Dismiss notice">dismiss</button>
        </div>
      ))}
    </div>
  );
}
