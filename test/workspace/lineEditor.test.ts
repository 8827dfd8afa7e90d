import { describe, expect, it } from 'vitest';
import { LineEditor, type LineAction } from '../../src/workspace/lineEditor.ts';

const echoOf = (actions: LineAction[]) => actions.flatMap((a) => (a.type === 'echo' ? [a.text] : [])).join('');
const submits = (actions: LineAction[]) => actions.flatMap((a) => (a.type === 'submit' ? [a.line] : []));

describe('LineEditor', () => {
  it('echoes printable input and submits the line on Enter', () => {
    const editor = new LineEditor();
    const actions = editor.feed('ls -la\r');
    expect(echoOf(actions)).toBe('ls -la\r\n');
    expect(submits(actions)).toEqual(['ls -la']);
    expect(editor.current).toBe('');
  });

  it('erases with Backspace, one character (not one UTF-16 unit) at a time', () => {
    const editor = new LineEditor();
    editor.feed('cat 🐍x');
    expect(echoOf(editor.feed('\x7f\x7f'))).toBe('\b \b\b \b');
    expect(editor.current).toBe('cat ');
    expect(editor.feed('\x7f\x7f\x7f\x7f\x7f').length).toBe(1);
    expect(editor.current).toBe('');
  });

  it('Ctrl-C abandons the line and reports an interrupt', () => {
    const editor = new LineEditor();
    const actions = editor.feed('rm -rf /\x03');
    expect(actions).toContainEqual({ type: 'interrupt' });
    expect(submits(actions)).toEqual([]);
    expect(editor.current).toBe('');
  });

  it('walks history with Up and Down, keeping the unfinished draft', () => {
    const editor = new LineEditor();
    editor.feed('echo one\r');
    editor.feed('echo two\r');
    editor.feed('ec');
    expect(echoOf(editor.feed('\x1b[A'))).toBe('\b \b\b \becho two');
    editor.feed('\x1b[A');
    expect(editor.current).toBe('echo one');
    editor.feed('\x1b[A');
    expect(editor.current).toBe('echo one');
    editor.feed('\x1b[B\x1b[B');
    expect(editor.current).toBe('ec');
    expect(submits(editor.feed('\x1b[A\r'))).toEqual(['echo two']);
  });

  it('splits pasted multi-line text into commands and ignores other escapes and controls', () => {
    const editor = new LineEditor();
    const actions = editor.feed('pwd\nls\x1b[C\x1b[D\t\x04 -a\r');
    expect(submits(actions)).toEqual(['pwd', 'ls -a']);
  });

  it('does not record blank lines or immediate repeats in history', () => {
    const editor = new LineEditor();
    editor.feed('ls\r\rls\r   \r');
    editor.feed('\x1b[A');
    expect(editor.current).toBe('ls');
    editor.feed('\x1b[A');
    expect(editor.current).toBe('ls');
    editor.feed('\x1b[B');
    expect(editor.current).toBe('');
  });
});
