// The `srt` glob dialect: how sandbox-runtime 0.0.83 reads `[...]` in filesystem entries (a set is
// never negated; brackets that spell no set are text). Kept apart from the gitignore reading used by
// Claude Code's permission patterns, where `[!x]` negates.
import { describe, expect, it } from 'vitest';
import { compileGlob, srtSet } from '../../../src/sim/policy/glob.ts';

const srt = (g: string) => compileGlob(g, false, 'srt') as RegExp;

describe('srt glob sets (sandbox-runtime 0.0.83)', () => {
  it('! and ^ are members, not negation', () => {
    expect(srt('/p/f[!x].txt').test('/p/f!.txt')).toBe(true);
    expect(srt('/p/f[!x].txt').test('/p/fx.txt')).toBe(true);
    expect(srt('/p/f[!x].txt').test('/p/fa.txt')).toBe(false);
    expect(srt('/p/[^a]').test('/p/^')).toBe(true);
    expect(srt('/p/[^a]').test('/p/b')).toBe(false);
    // The gitignore reading still negates.
    expect(compileGlob('/p/f[!x].txt', false)?.test('/p/fa.txt')).toBe(true);
  });

  it('a backwards range or an empty set spells no set: the brackets are text', () => {
    expect(srtSet('[user-id]', 0)).toBeNull();
    expect(srtSet('[]', 0)).toBeNull();
    expect(srt('/p/*[z-a].txt').test('/p/q[z-a].txt')).toBe(true);
    expect(srt('/p/*[z-a].txt').test('/p/qz.txt')).toBe(false);
    expect(srt('/p/[user-id]').test('/p/[user-id]')).toBe(true);
    expect(srt('/p/[user-id]').test('/p/u')).toBe(false);
  });

  it('ranges, a - at either end, unclosed [ and lone ] as text', () => {
    expect(srt('/p/[0-9].txt').test('/p/7.txt')).toBe(true);
    expect(srt('/p/[a-].txt').test('/p/-.txt')).toBe(true);
    expect(srt('/p/a[b').test('/p/a[b')).toBe(true);
    expect(srt('/p/x]y').test('/p/x]y')).toBe(true);
    expect(srt('/p/[WIP] d').test('/p/W d')).toBe(true);
    expect(srt('/p/[WIP] d').test('/p/[WIP] d')).toBe(false);
  });
});
