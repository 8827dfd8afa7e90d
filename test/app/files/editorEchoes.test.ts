import { describe, expect, it } from 'vitest';
import { EditorEchoes } from '../../../src/app/files/editorEchoes.ts';

describe('EditorEchoes', () => {
  it('ignores a lagging render that hands back an older keystroke', () => {
    const echoes = new EditorEchoes();
    echoes.reported('W');
    echoes.reported('We');
    echoes.reported('Wee');
    // The parent rendered after the first keystroke only; the editor already holds "Wee".
    expect(echoes.shouldApply('W', 'Wee')).toBe(false);
    expect(echoes.shouldApply('Wee', 'Wee')).toBe(false);
  });

  it('takes a change that did not come from the editor', () => {
    const echoes = new EditorEchoes();
    expect(echoes.shouldApply('original', 'original')).toBe(false);
    echoes.reported('original!');
    expect(echoes.shouldApply('original!', 'original!')).toBe(false);
    // Discard: back to a text the editor once reported, but only after the parent caught up.
    expect(echoes.shouldApply('original', 'original!')).toBe(true);
  });

  it('a discard that arrives while reports are still pending wins', () => {
    const echoes = new EditorEchoes();
    echoes.reported('a');
    echoes.reported('ab');
    expect(echoes.shouldApply('from disk', 'ab')).toBe(true);
    // The stale reports are forgotten: a later render of one of them is a real change again.
    expect(echoes.shouldApply('a', 'from disk')).toBe(true);
  });
});
