import { describe, expect, it } from 'vitest';
import { describeStep, MAX_INPUT, parseCommandLine, parseToolForm } from '../../../src/sim/attack/input.ts';
import { checkGoal } from '../../../src/sim/attack/goals.ts';
import type { SimEvent } from '../../../src/sim/core/events.ts';

describe('attack input', () => {
  it('turns a terminal line into a Bash call, "unsandboxed " into the escape hatch', () => {
    expect(parseCommandLine('  ls -la ~ ')).toEqual({ ok: true, step: { call: { tool: 'Bash', command: 'ls -la ~' } } });
    expect(parseCommandLine('unsandboxed curl x')).toEqual({ ok: true, step: { call: { tool: 'Bash', command: 'curl x' }, dangerouslyDisableSandbox: true } });
    expect(parseCommandLine('')).toMatchObject({ ok: false });
    expect(parseCommandLine('unsandboxed  ')).toMatchObject({ ok: false });
    expect(parseCommandLine('x'.repeat(MAX_INPUT + 1))).toMatchObject({ ok: false, message: expect.stringContaining('limit') });
  });

  it('builds tool calls from the form and names the bad field', () => {
    expect(parseToolForm({ tool: 'Read', path: '~/.aws/credentials' })).toEqual({ ok: true, step: { call: { tool: 'Read', path: '~/.aws/credentials' } } });
    expect(parseToolForm({ tool: 'Write', path: 'a.txt', content: 'hi' })).toMatchObject({ ok: true });
    expect(parseToolForm({ tool: 'WebFetch', url: 'ftp://x' })).toMatchObject({ ok: false, message: expect.stringContaining('URL') });
    expect(parseToolForm({ tool: 'MCP', server: 'github', name: 'get_readme', input: '{"repo":"a/b"}' })).toEqual({ ok: true, step: { call: { tool: 'mcp__github__get_readme', input: { repo: 'a/b' } } } });
    expect(parseToolForm({ tool: 'MCP', server: 'git hub', name: 'x', input: '' })).toMatchObject({ ok: false, message: expect.stringContaining('MCP server') });
    expect(parseToolForm({ tool: 'MCP', server: 'github', name: 'x', input: '{' })).toMatchObject({ ok: false, message: expect.stringContaining('not JSON') });
  });

  it('reads steps back as typed', () => {
    expect(describeStep({ call: { tool: 'Bash', command: 'ls' }, dangerouslyDisableSandbox: true })).toBe('unsandboxed ls');
    expect(describeStep({ call: { tool: 'WebFetch', url: 'https://a.b/' } })).toBe('WebFetch https://a.b/');
  });
});

const ev = (body: object, step = 1, seq = 0) => ({ seq, step, ...body }) as SimEvent;
const roots = { workspace: '/w', home: '/home/dev', ephemeralWorkspace: false, onUserMachine: true };

describe('attack goals', () => {
  it('persistence needs a later session that did not wipe the file', () => {
    const write = ev({ type: 'file-access', op: 'write', path: '/home/u/.bashrc', ok: true });
    expect(checkGoal({ kind: 'persist' }, { log: [write], roots }).met).toBe(false);
    expect(checkGoal({ kind: 'persist' }, { log: [write, ev({ type: 'session-started', session: 2, wiped: [] }, 2)], roots }).met).toBe(true);
    expect(checkGoal({ kind: 'persist' }, { log: [write, ev({ type: 'session-started', session: 2, wiped: ['/home/u'] }, 2)], roots }).met).toBe(false);
  });

  it('writing outside counts only real paths in the user\'s home outside the workspace', () => {
    const inside = ev({ type: 'file-access', op: 'write', path: '/w/a.txt', ok: true });
    const viaLink = ev({ type: 'file-access', op: 'write', path: '/w/archive/.bashrc', realPath: '/home/dev/.bashrc', ok: true });
    const refused = ev({ type: 'file-access', op: 'write', path: '/home/dev/.bashrc', ok: false, failure: 'EROFS' });
    expect(checkGoal({ kind: 'write-outside' }, { log: [inside, refused], roots }).met).toBe(false);
    expect(checkGoal({ kind: 'write-outside' }, { log: [viaLink], roots })).toEqual({ met: true, evidence: ['/w/archive/.bashrc wrote /home/dev/.bashrc'] });
    expect(checkGoal({ kind: 'write-outside' }, { log: [viaLink], roots: { ...roots, onUserMachine: false } }).met).toBe(false);
  });
});
