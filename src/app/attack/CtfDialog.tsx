// The trainer's CTF key: set in the link (`&ctf=KEY`) or here. With a key, a win shows a flag that
// only someone holding the key could compute (HMAC-SHA-256 of the level id).
import { useId, useRef, useState } from 'react';

export function CtfSettings({ ctfKey, onChange }: { ctfKey: string | null; onChange(key: string | null): void }) {
  const id = useId();
  const dialog = useRef<HTMLDialogElement>(null);
  const [draft, setDraft] = useState(ctfKey ?? '');
  const open = () => {
    setDraft(ctfKey ?? '');
    const d = dialog.current;
    if (d && typeof d.showModal === 'function') d.showModal();
    else d?.setAttribute('open', '');
  };
  const close = () => {
    const d = dialog.current;
    if (d && typeof d.close === 'function') d.close();
    else d?.removeAttribute('open');
  };
  return (
    <>
      <button type="button" className="btn" onClick={open} data-testid="ctf-open">{ctfKey === null ? 'CTF mode: off' : 'CTF mode: on'}</button>
      <dialog ref={dialog} className="attack-dialog" aria-labelledby={`${id}-title`} data-testid="ctf-dialog">
        <form method="dialog" onSubmit={(e) => { e.preventDefault(); onChange(draft.trim() === '' ? null : draft.trim()); close(); }}>
          <h2 id={`${id}-title`}>Workshop CTF key</h2>
          <p>A trainer sets a key; every win then shows a flag for CTFd. Export the matching challenges with <code>containment-lab ctf export --key KEY --out challenges.csv</code>.</p>
          <label htmlFor={`${id}-key`}>CTF key</label>
          <input id={`${id}-key`} data-testid="ctf-key" value={draft} onChange={(e) => setDraft(e.target.value)} autoComplete="off" spellCheck={false} />
          <p className="attack-dialog-actions">
            <button type="submit" className="btn btn-primary" data-testid="ctf-save">Save</button>
            <button type="button" className="btn" onClick={() => { onChange(null); close(); }}>Turn off</button>
            <button type="button" className="btn" onClick={close}>Cancel</button>
          </p>
        </form>
      </dialog>
    </>
  );
}
