// JSON errors say line and column; every key's position is known by its JSON path (for SARIF).
import { describe, expect, it } from 'vitest';
import { locate, parseJsonText } from '../../../src/sim/config/jsonText.ts';
import { detectFormat } from '../../../src/sim/config/detectFormat.ts';
import { parseClaudeCodeSettings } from '../../../src/sim/config/claudeCodeSettings.ts';

describe('parseJsonText', () => {
  it('reads what JSON.parse reads, to the same value', () => {
    for (const text of ['{}', '[]', '{"a":[1,2.5e3,-0,"x\\u00e9\\n"],"b":{"c":null,"d":true}}', ' "s" ', '0']) {
      const r = parseJsonText(text);
      expect(r.ok && r.value, text).toEqual(JSON.parse(text));
    }
  });

  it('gives line and column of the problem and what it is', () => {
    const cases: [string, number, number, RegExp][] = [
      ['{\n  "a": 1,\n}', 3, 1, /trailing comma/],
      ['{\n  "a": 1\n  "b": 2\n}', 3, 3, /expected "," or "}"/],
      ['{\n  // note\n  "a": 1\n}', 2, 3, /comment/],
      ['{"a": tru}', 1, 7, /expected a value/],
      ['#!/bin/bash', 1, 1, /expected a value/],
      ['{"a": 1} x', 1, 10, /after the JSON value/],
      ['{"a": "x', 1, 9, /unterminated string/],
    ];
    for (const [text, line, column, what] of cases) {
      const r = parseJsonText(text);
      expect(r.ok, text).toBe(false);
      if (!r.ok) {
        expect(r.at, text).toEqual({ line, column });
        expect(r.message, text).toMatch(new RegExp(`^not valid JSON at line ${line}, column ${column}: `));
        expect(r.message, text).toMatch(what);
      }
    }
  });

  it('refuses absurd nesting with a message, not a stack overflow', () => {
    const r = parseJsonText('['.repeat(100_000));
    expect(r.ok).toBe(false);
  });

  it('locates keys and array items by JSON path, and a missing key at its nearest parent', () => {
    const text = '{\n  "sandbox": {\n    "network": {\n      "allowedDomains": ["a.com", "b.com"]\n    }\n  }\n}';
    const r = parseJsonText(text);
    if (!r.ok) throw new Error(r.message);
    expect(locate(r.positions, 'sandbox.network.allowedDomains')?.key).toEqual({ line: 4, column: 7 });
    expect(locate(r.positions, 'sandbox.network.allowedDomains[1]')?.key).toEqual({ line: 4, column: 35 });
    expect(locate(r.positions, 'sandbox.enabled')?.key).toEqual({ line: 2, column: 3 });
    expect(locate(r.positions, 'permissions.deny')?.key).toEqual({ line: 1, column: 1 });
  });

  it('the importers report syntax errors with line and column', () => {
    const r = parseClaudeCodeSettings('{\n  "permissions": {\n    "allow": ["Bash"],\n  }\n}');
    expect(!r.ok && r.errors[0]?.message).toMatch(/^not valid JSON at line 4, column 3: a trailing comma/);
  });
});

describe('detectFormat', () => {
  it('accepts any object of keys Claude Code knows', () => {
    for (const v of [{ statusLine: { type: 'command', command: 'x' } }, { model: 'opus' }, { enabledPlugins: {} }, { includeCoAuthoredBy: false, cleanupPeriodDays: 7 }]) {
      expect(detectFormat(v), JSON.stringify(v)).toEqual({ ok: true, format: 'claude-code' });
    }
    expect(detectFormat({ network: { allowedDomains: [], deniedDomains: [] }, filesystem: {} })).toEqual({ ok: true, format: 'srt' });
  });

  it('names the keys of a file that is neither', () => {
    const r = detectFormat({ name: 'x', build: {}, runArgs: [] });
    expect(!r.ok && r.message).toMatch(/none of its keys \("name", "build", "runArgs"\)/);
  });

  it('httpProxyPort: null is accepted, as Anthropic\'s example settings write it', () => {
    expect(parseClaudeCodeSettings({ sandbox: { network: { httpProxyPort: null, socksProxyPort: null } } }).ok).toBe(true);
  });
});
