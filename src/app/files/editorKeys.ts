// The one sentence that tells keyboard users how to leave a code editor (Monaco keeps Tab for
// indenting); kept out of the lazy Monaco chunk so tests and other views can name it.
export const EDITOR_EXIT_HINT = 'Tab indents here. Press Esc, then Tab, to leave the editor.';
