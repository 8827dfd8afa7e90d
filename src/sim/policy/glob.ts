// Glob syntax shared by sandbox-runtime path rules: `*` and `?` stay inside one segment, `**` crosses
// segments, `**/` may match zero directories, `[...]` is a character class. Semantics taken from
// @anthropic-ai/sandbox-runtime 0.0.78 (dist/sandbox/sandbox-utils.js, globToRegex); code is ours.
// The `srt` dialect reads sets as 0.0.83 does (dist/sandbox/glob-pattern.js, parseGlob): see srtSet.

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

/**
 * Which reading of `[...]`: `gitignore` (Claude Code's permission patterns: `[!x]` negates) or `srt`
 * (sandbox-runtime 0.0.83 filesystem entries, see srtSet).
 */
export type GlobDialect = 'gitignore' | 'srt';

/**
 * sandbox-runtime 0.0.83's reading of a `[` at `open`: the set runs to the first `]` after it and
 * everything between is a member (`!` and `^` too: nothing negates); `-` between two members is a
 * range, a member at either end. An empty set or a range that runs backwards (`[user-id]`: `r-i`)
 * spells no set, and then those brackets and what is between them are plain text. Returns the
 * regex for the set and where scanning goes on, or null when the `[` is text.
 */
export function srtSet(glob: string, open: number): { regex: string; next: number } | null {
  const close = glob.indexOf(']', open + 1);
  if (close === -1) return null;
  const members = glob.slice(open + 1, close);
  if (members === '') return null;
  for (let i = 0; i < members.length; i += 1) {
    if (members[i + 1] === '-' && i + 2 < members.length) {
      if (members.charCodeAt(i + 2) < members.charCodeAt(i)) return null;
      i += 2;
    }
  }
  return { regex: `[${members.replace(/[.^$+{}()|\\[]/g, '\\$&')}]`, next: close + 1 };
}

/** Regex source (without anchors) for a glob. An unclosed `[` is a literal bracket. */
export function globSource(glob: string, dialect: GlobDialect = 'gitignore'): string {
  let out = '';
  let i = 0;
  // srt: brackets found to spell no set stay text up to here (the `]` that closed them).
  let textUntil = 0;
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
    } else if (ch === '[' && dialect === 'srt') {
      const set = i < textUntil ? null : srtSet(glob, i);
      if (set === null) {
        if (i >= textUntil) textUntil = Math.max(glob.indexOf(']', i + 1) + 1, i + 1);
        out += '\\[';
        i += 1;
      } else {
        out += set.regex;
        i = set.next;
      }
    } else if (ch === ']' && dialect === 'srt') {
      out += '\\]';
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
export function compileGlob(glob: string, subtree: boolean, dialect: GlobDialect = 'gitignore'): RegExp | null {
  try {
    // Linear-time matching: a settings file full of stars cannot make a check take exponential time.
    return new LinearRegExp('^' + globSource(glob, dialect) + (subtree ? '(?:/.*)?' : '') + '$', 's');
  } catch {
    return null;
  }
}
