// just-bash exports IFileSystem but not every type its signatures use; derive the missing ones from
// the interface itself so they can never drift from it.
import type { IFileSystem } from 'just-bash';

export type { BufferEncoding, CpOptions, FileContent, FsStat, IFileSystem, MkdirOptions, RmOptions } from 'just-bash';
export type ReadOptions = Parameters<IFileSystem['readFile']>[1];
export type WriteOptions = Parameters<IFileSystem['writeFile']>[2];
export type DirentEntry = Awaited<ReturnType<NonNullable<IFileSystem['readdirWithFileTypes']>>>[number];
