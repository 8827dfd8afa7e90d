// Text from content (settings files, scenarios, command output) reaches terminals and reports only as
// text: control characters and bidirectional overrides are written as visible escapes, so a hostile
// file cannot clear a reviewer's terminal, retitle it, recolour it or reorder what it shows.
//
// C0 controls become `\x1b`-style escapes. DEL, C1 controls and bidi controls become `\u202e`-style
// escapes, which are also valid JSON escapes: JSON.stringify never leaves raw C0 characters, so a JSON
// document stays valid after this pass and still decodes to the original strings.

// eslint-disable-next-line no-control-regex
const UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;
// eslint-disable-next-line no-control-regex
const UNSAFE_WITH_NEWLINES = /[\u0000-\u001f\u007f-\u009f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/g;

function escapeOne(ch: string): string {
  const code = ch.charCodeAt(0);
  const hex = code.toString(16).padStart(2, '0');
  return code < 0x20 ? `\\x${hex}` : `\\u${hex.padStart(4, '0')}`;
}

/** Escape control and bidi characters; newlines and tabs stay (for multi-line output). */
export function escapeControl(text: string): string {
  return text.replace(UNSAFE, escapeOne);
}

/** The same for a value shown on one line: newlines and tabs are escaped too. */
export function escapeControlLine(text: string): string {
  return text.replace(UNSAFE_WITH_NEWLINES, escapeOne);
}
