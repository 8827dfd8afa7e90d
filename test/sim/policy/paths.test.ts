import { describe, expect, it } from 'vitest';
import { dirname, isAtOrUnder, normalize, resolvePath } from '../../../src/sim/policy/paths.ts';
import { compileGlob } from '../../../src/sim/policy/glob.ts';

describe('paths', () => {
  it('normalizes lexically and resolves ~ and relative paths', () => {
    expect(normalize('/a//b/./c/../d/')).toBe('/a/b/d');
    expect(resolvePath('~/x', { cwd: '/c', home: '/h' })).toBe('/h/x');
    expect(resolvePath('./x/../y', { cwd: '/c', home: '/h' })).toBe('/c/y');
    expect(resolvePath('y', { cwd: '/c', home: '/h' })).toBe('/c/y');
    expect(resolvePath('~user/x', { cwd: '/c', home: '/h' })).toBe('/c/~user/x');
    expect(dirname('/a')).toBe('/');
  });

  it('containment is by whole segments', () => {
    expect(isAtOrUnder('/ab', '/a')).toBe(false);
    expect(isAtOrUnder('/a/b', '/a')).toBe(true);
    expect(isAtOrUnder('/a', '/')).toBe(true);
  });
});

describe('globs', () => {
  it('* and ? stay in a segment, ** crosses, **/ may match nothing, [..] is a class', () => {
    expect(compileGlob('/a/*.ts', false)?.test('/a/b.ts')).toBe(true);
    expect(compileGlob('/a/*.ts', false)?.test('/a/b/c.ts')).toBe(false);
    expect(compileGlob('/a/**/c.ts', false)?.test('/a/c.ts')).toBe(true);
    expect(compileGlob('/a/**/c.ts', false)?.test('/a/x/y/c.ts')).toBe(true);
    expect(compileGlob('/a/file?.txt', false)?.test('/a/file1.txt')).toBe(true);
    expect(compileGlob('/a/[0-9].txt', false)?.test('/a/7.txt')).toBe(true);
    expect(compileGlob('/a/x.txt', true)?.test('/a/x.txt/inner')).toBe(true);
  });
});
