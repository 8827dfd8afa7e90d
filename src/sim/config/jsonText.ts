// JSON text with positions. A reviewer fixing a file needs "line 12, column 5", not "position 311",
// and SARIF needs the line and column of the key a finding is about. This is a small strict JSON
// reader (RFC 8259, as JSON.parse accepts it) that records where every key and value starts, keyed by
// the same JSON paths the importers use (`sandbox.network.allowedDomains[2]`). Pure and bounded: it
// refuses nesting deeper than MAX_DEPTH instead of overflowing the stack.
import { formatPath } from './issues.ts';

export interface TextPosition {
  /** 1-based, as editors and SARIF count. */
  line: number;
  column: number;
}

export interface Located {
  /** Where the key starts (for array items and the root: where the value starts). */
  key: TextPosition;
  value: TextPosition;
}

export type JsonTextResult =
  | { ok: true; value: unknown; positions: Map<string, Located> }
  | { ok: false; message: string; at: TextPosition };

export const MAX_DEPTH = 200;

class JsonSyntaxError extends Error {
  constructor(message: string, readonly offset: number) {
    super(message);
  }
}

/** Line and column (1-based) of a character offset; a tab counts as one column, as SARIF does. */
export function positionAt(text: string, offset: number): TextPosition {
  let line = 1;
  let start = 0;
  const end = Math.min(offset, text.length);
  for (let i = 0; i < end; i += 1) {
    if (text.charCodeAt(i) === 10) {
      line += 1;
      start = i + 1;
    }
  }
  return { line, column: end - start + 1 };
}

function show(ch: string | undefined): string {
  if (ch === undefined) return 'the end of the text';
  const code = ch.charCodeAt(0);
  return code < 32 || code === 127 ? `control character U+${code.toString(16).padStart(4, '0').toUpperCase()}` : `"${ch}"`;
}

export function parseJsonText(input: string): JsonTextResult {
  // A byte-order mark is not JSON, but editors write it; Claude Code and srt read past it.
  const text = input.charCodeAt(0) === 0xfeff ? ` ${input.slice(1)}` : input;
  const positions = new Map<string, Located>();
  let i = 0;
  const ws = () => {
    while (i < text.length) {
      const c = text.charCodeAt(i);
      if (c === 32 || c === 9 || c === 10 || c === 13) i += 1;
      else break;
    }
  };
  const fail = (what: string): never => {
    if (text[i] === '/' && (text[i + 1] === '/' || text[i + 1] === '*')) throw new JsonSyntaxError('a comment (JSON has none)', i);
    throw new JsonSyntaxError(what, i);
  };
  const expect = (ch: string, context: string) => {
    if (text[i] !== ch) fail(`expected ${context}, found ${show(text[i])}`);
    i += 1;
  };
  const str = (): string => {
    expect('"', 'a string');
    let out = '';
    for (;;) {
      const ch = text[i];
      if (ch === undefined) return fail('unterminated string');
      if (ch === '"') {
        i += 1;
        return out;
      }
      if (ch === '\\') {
        const e = text[i + 1];
        const simple: Record<string, string> = { '"': '"', '\\': '\\', '/': '/', b: '\b', f: '\f', n: '\n', r: '\r', t: '\t' };
        if (e !== undefined && simple[e] !== undefined) {
          out += simple[e];
          i += 2;
        } else if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(text.slice(i + 2, i + 6))) {
          out += String.fromCharCode(parseInt(text.slice(i + 2, i + 6), 16));
          i += 6;
        } else {
          i += 1;
          fail(`invalid escape \\${e ?? ''} in a string`);
        }
      } else if ((ch.charCodeAt(0)) < 32) {
        fail(`${show(ch)} inside a string (write it as an escape)`);
      } else {
        out += ch;
        i += 1;
      }
    }
  };
  const num = (): number => {
    const m = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(text.slice(i, i + 400));
    if (m === null) fail(`expected a value, found ${show(text[i])}`);
    const token = (m as RegExpExecArray)[0];
    i += token.length;
    return Number(token);
  };
  const value = (path: PropertyKey[], keyAt: number, depth: number): unknown => {
    ws();
    if (depth > MAX_DEPTH) fail(`nested deeper than ${MAX_DEPTH} levels`);
    positions.set(formatPath(path), { key: positionAt(text, keyAt < 0 ? i : keyAt), value: positionAt(text, i) });
    const ch = text[i];
    if (ch === '{') {
      i += 1;
      const obj: Record<string, unknown> = {};
      ws();
      if (text[i] === '}') {
        i += 1;
        return obj;
      }
      for (;;) {
        ws();
        const at = i;
        if (text[i] !== '"') fail(text[i] === '}' ? 'a trailing comma before "}" (JSON allows none)' : `expected a key in double quotes, found ${show(text[i])}`);
        const key = str();
        ws();
        expect(':', '":" after the key');
        Object.defineProperty(obj, key, { value: value([...path, key], at, depth + 1), enumerable: true, writable: true, configurable: true });
        ws();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        expect('}', '"," or "}"');
        return obj;
      }
    }
    if (ch === '[') {
      i += 1;
      const arr: unknown[] = [];
      ws();
      if (text[i] === ']') {
        i += 1;
        return arr;
      }
      for (;;) {
        ws();
        if (text[i] === ']') fail('a trailing comma before "]" (JSON allows none)');
        arr.push(value([...path, arr.length], -1, depth + 1));
        ws();
        if (text[i] === ',') {
          i += 1;
          continue;
        }
        expect(']', '"," or "]"');
        return arr;
      }
    }
    if (ch === '"') return str();
    for (const [word, v] of [['true', true], ['false', false], ['null', null]] as const) {
      if (text.startsWith(word, i)) {
        i += word.length;
        return v;
      }
    }
    return num();
  };
  try {
    const v = value([], -1, 0);
    ws();
    if (i < text.length) fail(`unexpected ${show(text[i])} after the JSON value`);
    return { ok: true, value: v, positions };
  } catch (e) {
    if (!(e instanceof JsonSyntaxError)) throw e;
    const at = positionAt(text, e.offset);
    return { ok: false, message: `not valid JSON at line ${at.line}, column ${at.column}: ${e.message}`, at };
  }
}

/** Where a JSON path sits in the text; walks up to the nearest parent the text has (a missing key is reported at its parent). */
export function locate(positions: ReadonlyMap<string, Located>, path: string): Located | null {
  let p = path;
  for (;;) {
    const hit = positions.get(p);
    if (hit) return hit;
    if (p === '') return null;
    const cut = Math.max(p.lastIndexOf('.'), p.lastIndexOf('['));
    p = cut <= 0 ? '' : p.slice(0, cut);
  }
}
