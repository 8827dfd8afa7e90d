// Shorthands for the tool steps scenarios script.
import type { ToolStep } from './types.ts';

export const bash = (command: string, extra: Omit<ToolStep, 'call'> = {}): ToolStep => ({ call: { tool: 'Bash', command }, ...extra });
export const read = (path: string): ToolStep => ({ call: { tool: 'Read', path } });
export const write = (path: string, content: string): ToolStep => ({ call: { tool: 'Write', path, content } });
export const edit = (path: string, content: string): ToolStep => ({ call: { tool: 'Edit', path, content } });
