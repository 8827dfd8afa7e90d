// The review page's `containment-lab verify` command: each Claude Code file at the scope the page read
// it at, shell-quoted, the pasted text named as a file to save, managed files left out with the reason.
import { describe, expect, it } from 'vitest';
import { shellWord, verifyCommand } from '../../../src/app/review/verifyCommand.ts';
import { PASTE_NAME } from '../../../src/app/review/reviewState.ts';

describe('verifyCommand', () => {
  it('names every file at its scope', () => {
    expect(verifyCommand([{ name: 'settings.json', format: 'claude-code', scope: 'project' }, { name: 'settings.local.json', format: 'claude-code', scope: 'local' }, { name: 'user.json', format: 'claude-code', scope: 'user' }]))
      .toEqual({ ok: true, command: 'npx containment-lab verify project=settings.json local=settings.local.json user=user.json', notes: [] });
  });

  it('the pasted text becomes a file to save, without clashing with a dropped settings.json', () => {
    expect(verifyCommand([{ name: PASTE_NAME, format: 'claude-code', scope: 'project' }])).toEqual({ ok: true, command: 'npx containment-lab verify project=settings.json', notes: ['Save the pasted text as settings.json first.'] });
    const both = verifyCommand([{ name: 'settings.json', format: 'claude-code', scope: 'user' }, { name: PASTE_NAME, format: 'claude-code', scope: 'local' }]);
    expect(both).toMatchObject({ ok: true, command: 'npx containment-lab verify user=settings.json local=pasted-settings.json' });
  });

  it('quotes names a shell would split or expand', () => {
    expect(shellWord("project=my settings's.json")).toBe(`'project=my settings'\\''s.json'`);
    expect(shellWord('project=$(rm -rf ~).json')).toBe("'project=$(rm -rf ~).json'");
    expect(verifyCommand([{ name: 'a b.json', format: 'claude-code', scope: 'project' }])).toMatchObject({ command: "npx containment-lab verify 'project=a b.json'" });
  });

  it('managed files are left out with the reason; other formats have no verify command', () => {
    const v = verifyCommand([{ name: 'managed-settings.json', format: 'claude-code', scope: 'managed' }, { name: 'settings.json', format: 'claude-code', scope: 'project' }]);
    expect(v).toEqual({ ok: true, command: 'npx containment-lab verify project=settings.json', notes: ['managed-settings.json (managed scope) is left out: verify places files at the user, project or local scope only.'] });
    expect(verifyCommand([{ name: 'managed-settings.json', format: 'claude-code', scope: 'managed' }])).toMatchObject({ ok: false });
    expect(verifyCommand([{ name: 'srt.json', format: 'srt', scope: null }])).toMatchObject({ ok: false, reason: expect.stringMatching(/runs Claude Code settings files/) });
  });
});
