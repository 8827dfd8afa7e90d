// Errors in the shape just-bash's own InMemoryFs throws ("ENOENT: no such file or directory, open
// '/x'"), plus a `code` property like Node's. just-bash commands turn these messages into the
// familiar shell diagnostics, so every backend must speak the same dialect and name the
// world-relative path, never a backend's internal path.

export type FsErrorCode =
  | 'ENOENT' | 'EEXIST' | 'ENOTDIR' | 'EISDIR' | 'ENOTEMPTY' | 'EINVAL' | 'ELOOP' | 'ENOTSUP' | 'EIO';

const descriptions: Record<FsErrorCode, string> = {
  ENOENT: 'no such file or directory',
  EEXIST: 'file already exists',
  ENOTDIR: 'not a directory',
  EISDIR: 'illegal operation on a directory',
  ENOTEMPTY: 'directory not empty',
  EINVAL: 'invalid argument',
  ELOOP: 'too many symbolic links encountered',
  ENOTSUP: 'operation not supported',
  EIO: 'i/o error',
};

export interface FsError extends Error {
  code: FsErrorCode;
  syscall: string;
  path: string;
}

export function fsError(code: FsErrorCode, syscall: string, path: string, detail?: string): FsError {
  const text = `${code}: ${detail ?? descriptions[code]}, ${syscall} '${path}'`;
  return Object.assign(new Error(text), { code, syscall, path });
}

const knownCodes = new Set<string>(Object.keys(descriptions));

/** Reads the errno-style code from anything thrown: a `code` property or a message prefix. */
export function errorCode(error: unknown): FsErrorCode | null {
  if (typeof error !== 'object' || error === null) return null;
  const code = (error as { code?: unknown }).code;
  if (typeof code === 'string' && knownCodes.has(code)) return code as FsErrorCode;
  if (code === 'ERR_FS_EISDIR') return 'EISDIR';
  const message = (error as { message?: unknown }).message;
  const match = typeof message === 'string' ? /^(E[A-Z]+)\b/.exec(message) : null;
  return match?.[1] !== undefined && knownCodes.has(match[1]) ? (match[1] as FsErrorCode) : null;
}

export function errorMessage(error: unknown): string {
  if (error instanceof Error) return error.message;
  return typeof error === 'string' ? error : 'unknown error';
}
