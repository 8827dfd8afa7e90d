// Glob syntax shared by sandbox-runtime path rules: `*` and `?` stay inside one segment, `**` crosses
// segments, `**/` may match zero directories, `[...]` is a character class. Semantics taken from
// @anthropic-ai/sandbox-runtime 0.0.78 (dist/sandbox/sandbox-utils.js, globToRegex); code is ours.

import { LinearRegExp } from '../core/linearRegex.ts';

export function hasGlobChars(p: string): boolean {
  return /[*?[\]]/.test(p);
}

/** `dir/**` means the directory and everything under it, so the suffix is dropped before matching. */
export function stripTrailingGlobstar(p: string): string {
  const stripped = p.replace(/\/\*\*$/, '');
  return stripped === '' ? '/' : stripped;
}

function escapeRegex(ch: string): string {
  return /[.^$+{}()|\\/]/.test(ch) ? '\\' + ch : ch;
}

/** Regex source (without anchors) for a glob. An unclosed `[` is a literal bracket. */
export function globSource(glob: string): string {
  let out = '';
  let i = 0;
  while (i < glob.length) {
    const ch = glob[i] as string;
    if (ch === '*') {
      if (glob[i + 1] === '*') {
        if (glob[i + 2] === '/') {
          out += '(?:.*/)?';
          i += 3;
        } else {
          out += '.*';
          i += 2;
        }
      } else {
        out += '[^/]*';
        i += 1;
      }
    } else if (ch === '?') {
      out += '[^/]';
      i += 1;
    } else if (ch === '[') {
      const close = glob.indexOf(']', i + 1);
      if (close === -1) {
        out += '\\[';
        i += 1;
      } else {
        const body = glob.slice(i + 1, close).replace(/\\/g, '\\\\');
        out += body.startsWith('!') ? '[^' + body.slice(1) + ']' : '[' + body + ']';
        i = close + 1;
      }
    } else {
      out += escapeRegex(ch);
      i += 1;
    }
  }
  return out;
}

/** Compile a glob to an anchored regex; `subtree` also matches anything beneath a match. Null if invalid. */
export function compileGlob(glob: string, subtree: boolean): RegExp | null {
  try {
    // Linear-time matching: a settings file full of stars cannot make a check take exponential time.
    return new LinearRegExp('^' + globSource(glob) + (subtree ? '(?:/.*)?' : '') + '$', 's');
  } catch {
    return null;
  }
}
