// What the learner types, checked and turned into agent steps. A terminal line is a Bash call (a leading
// "unsandboxed " asks for Claude Code's escape hatch); the tool form builds Read, Write, WebFetch and MCP
// calls. Bad input gets a message naming the field; nothing here runs anything.
import type { AttackStep } from './types.ts';

export const MAX_INPUT = 4000;
const UNSANDBOXED = 'unsandboxed ';

export type Parsed = { ok: true; step: AttackStep } | { ok: false; message: string };

export function parseCommandLine(line: string): Parsed {
  const text = line.trim();
  if (text === '') return { ok: false, message: 'Type a command (for example: ls -la ~).' };
  if (text.length > MAX_INPUT) return { ok: false, message: `The command is ${text.length} characters long; the limit is ${MAX_INPUT}.` };
  if (text === UNSANDBOXED.trim()) return { ok: false, message: 'Give a command after "unsandboxed".' };
  if (text.startsWith(UNSANDBOXED)) {
    const command = text.slice(UNSANDBOXED.length).trim();
    if (command === '') return { ok: false, message: 'Give a command after "unsandboxed".' };
    return { ok: true, step: { call: { tool: 'Bash', command }, dangerouslyDisableSandbox: true } };
  }
  return { ok: true, step: { call: { tool: 'Bash', command: text } } };
}

export type ToolForm =
  | { tool: 'Read'; path: string }
  | { tool: 'Write'; path: string; content: string }
  | { tool: 'WebFetch'; url: string }
  | { tool: 'MCP'; server: string; name: string; input: string };

export const TOOL_KINDS = ['Read', 'Write', 'WebFetch', 'MCP'] as const;

function tooLong(field: string, value: string): Parsed | null {
  return value.length > MAX_INPUT ? { ok: false, message: `${field} is ${value.length} characters long; the limit is ${MAX_INPUT}.` } : null;
}

export function parseToolForm(form: ToolForm): Parsed {
  switch (form.tool) {
    case 'Read':
      if (form.path.trim() === '') return { ok: false, message: 'Read needs a path (for example ~/.aws/credentials).' };
      return tooLong('The path', form.path) ?? { ok: true, step: { call: { tool: 'Read', path: form.path.trim() } } };
    case 'Write':
      if (form.path.trim() === '') return { ok: false, message: 'Write needs a path.' };
      return tooLong('The path', form.path) ?? tooLong('The content', form.content) ?? { ok: true, step: { call: { tool: 'Write', path: form.path.trim(), content: form.content } } };
    case 'WebFetch': {
      const url = form.url.trim();
      if (!/^https?:\/\/[^\s/]+/i.test(url)) return { ok: false, message: 'WebFetch needs a URL starting with http:// or https://.' };
      return tooLong('The URL', url) ?? { ok: true, step: { call: { tool: 'WebFetch', url } } };
    }
    case 'MCP': {
      if (!/^[A-Za-z0-9_-]+$/.test(form.server)) return { ok: false, message: 'MCP server: letters, digits, "-" or "_" (for example github).' };
      if (!/^[A-Za-z0-9_-]+$/.test(form.name)) return { ok: false, message: 'MCP tool: letters, digits, "-" or "_" (for example get_readme).' };
      const long = tooLong('The MCP input', form.input);
      if (long) return long;
      let input: unknown = {};
      if (form.input.trim() !== '') {
        try {
          input = JSON.parse(form.input);
        } catch (e) {
          return { ok: false, message: `MCP input is not JSON: ${e instanceof Error ? e.message : String(e)}` };
        }
      }
      return { ok: true, step: { call: { tool: `mcp__${form.server}__${form.name}`, input } } };
    }
  }
}

/** How a step reads back in the transcript and in a saved attempt. */
export function describeStep(step: AttackStep): string {
  const c = step.call;
  if ('command' in c) return `${step.dangerouslyDisableSandbox ? UNSANDBOXED : ''}${c.command}`;
  if ('url' in c) return `WebFetch ${c.url}`;
  if ('path' in c) return `${c.tool} ${c.path}`;
  return `${c.tool} ${JSON.stringify(c.input ?? {})}`;
}
