import { describe, expect, it } from 'vitest';
import { dirname, isAtOrUnder, nameLocation, normalize, realPath, resolvePath } from '../../../src/sim/policy/paths.ts';
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

describe('symlinks', () => {
  const links: Record<string, string> = { '/w/proj/out': '../outside/dir', '/w/home/abs': '/w/outside', '/w/loop': 'loop', '/w/proj/up': '..' };
  const readlink = (p: string) => links[p];

  it('follows links as the kernel does: relative from the link folder, absolute from /, .. after the link', () => {
    expect(realPath('/w/proj/out/x.txt', readlink)).toBe('/w/outside/dir/x.txt');
    expect(realPath('/w/home/abs/dir', readlink)).toBe('/w/outside/dir');
    expect(realPath('/w/proj/out/../o.txt', readlink)).toBe('/w/outside/o.txt');
    expect(realPath('/w/proj/up/proj/a', readlink)).toBe('/w/proj/a');
    expect(realPath('/w/proj/missing/x', readlink)).toBe('/w/proj/missing/x');
  });

  it('a loop gives null; stopAt keeps a link unfollowed; no readlink is lexical', () => {
    expect(realPath('/w/loop/x', readlink)).toBeNull();
    expect(realPath('/w/proj/out/x', readlink, (n) => n === '/w/proj/out')).toBe('/w/proj/out/x');
    expect(realPath('/w/proj/out/../x', undefined)).toBe('/w/proj/x');
  });

  it('nameLocation resolves the folders and keeps the last name', () => {
    expect(nameLocation('/w/proj/out', readlink)).toBe('/w/proj/out');
    expect(nameLocation('/w/proj/out/x', readlink)).toBe('/w/outside/dir/x');
  });
});
