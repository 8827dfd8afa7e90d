// Keyboard users must be able to leave a terminal: xterm.js keeps Tab for the shell (completion),
// so focus would stay inside it for good. Here Esc then Tab (or Shift+Tab) hands the key back to
// the browser, which moves focus on as anywhere else; a read-only terminal lets Tab leave at once.
import type { Terminal } from '@xterm/xterm';

export const TERMINAL_EXIT_HINT = 'Press Esc, then Tab, to leave the terminal.';

const MODIFIERS = new Set(['Shift', 'Control', 'Alt', 'Meta']);

export function letFocusLeave(terminal: Terminal, mode: 'interactive' | 'read-only'): void {
  let escaped = false;
  terminal.attachCustomKeyEventHandler((event) => {
    if (event.type !== 'keydown') return !(event.key === 'Tab' && (mode === 'read-only' || escaped));
    if (event.key === 'Tab' && (mode === 'read-only' || escaped)) {
      escaped = false;
      // false: xterm leaves the key alone, so the browser's focus navigation runs.
      return false;
    }
    // A modifier pressed on its own (Shift of Shift+Tab) keeps the Esc pending.
    if (!MODIFIERS.has(event.key)) escaped = event.key === 'Escape';
    return true;
  });
  const textarea = terminal.textarea;
  if (textarea) {
    textarea.setAttribute('aria-description', TERMINAL_EXIT_HINT);
    // A read-only view has nothing to type into; its text is also in the page for screen readers.
    if (mode === 'read-only') textarea.tabIndex = -1;
  }
}
