// Notices: what was wrong with a share link, saved progress or an import, said plainly and dismissable.
import { useAppStore } from '../store/index.ts';

export function Notices() {
  const notices = useAppStore((s) => s.notices);
  const dismiss = useAppStore((s) => s.dismissNotice);
  if (notices.length === 0) return null;
  return (
    <div className="notices" role="status" data-testid="notices">
      {notices.map((n, i) => (
        <div className="notice" key={`${i}-${n}`}>
          <span>{n}</span>
          <button type="button" className="link-btn" onClick={() => dismiss(i)} aria-label="Dismiss notice">dismiss</button>
        </div>
      ))}
    </div>
  );
}
