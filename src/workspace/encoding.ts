// Byte <-> text conversions for the encodings IFileSystem callers may ask for. Written against
// TextEncoder/atob/btoa because the WebContainer backend runs in the browser, where Buffer is absent.
import type { BufferEncoding } from './fsTypes.ts';

const utf8Encoder = new TextEncoder();
const utf8Decoder = new TextDecoder('utf-8');

export function isUtf8(encoding: string | null | undefined): boolean {
  return encoding === undefined || encoding === null || encoding === 'utf8' || encoding === 'utf-8';
}

export function encodingOf(options: { encoding?: BufferEncoding | null } | BufferEncoding | null | undefined): BufferEncoding | null | undefined {
  return typeof options === 'string' ? options : options?.encoding;
}

export function textToBytes(text: string, encoding: BufferEncoding | null | undefined): Uint8Array {
  if (isUtf8(encoding)) return utf8Encoder.encode(text);
  switch (encoding) {
    case 'latin1':
    case 'binary':
    case 'ascii':
      return Uint8Array.from(text, (ch) => ch.charCodeAt(0) & (encoding === 'ascii' ? 0x7f : 0xff));
    case 'base64':
      return Uint8Array.from(atob(text.replace(/[^A-Za-z0-9+/=]/g, '')), (ch) => ch.charCodeAt(0));
    case 'hex': {
      const pairs = text.match(/[0-9a-fA-F]{2}/g) ?? [];
      return Uint8Array.from(pairs, (pair) => parseInt(pair, 16));
    }
    default:
      return utf8Encoder.encode(text);
  }
}

export function bytesToText(bytes: Uint8Array, encoding: BufferEncoding | null | undefined): string {
  if (isUtf8(encoding)) return utf8Decoder.decode(bytes);
  switch (encoding) {
    case 'latin1':
    case 'binary':
      return latin1(bytes);
    case 'ascii':
      return latin1(bytes.map((b) => b & 0x7f));
    case 'base64':
      return btoa(latin1(bytes));
    case 'hex':
      return Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
    default:
      return utf8Decoder.decode(bytes);
  }
}

function latin1(bytes: Uint8Array): string {
  let out = '';
  // Chunked so a large binary file does not overflow the argument limit of fromCharCode.
  for (let i = 0; i < bytes.length; i += 0x8000) {
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  }
  return out;
}

export function contentToBytes(content: string | Uint8Array, encoding?: BufferEncoding | null): Uint8Array {
  return typeof content === 'string' ? textToBytes(content, encoding) : content;
}

/** A cheap "is this text?" test for the editor: valid UTF-8 and no NUL bytes in the first 8 KiB. */
export function looksLikeText(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (head.includes(0)) return false;
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(head.length < bytes.length ? trimPartialUtf8(head) : head);
    return true;
  } catch {
    return false;
  }
}

function trimPartialUtf8(bytes: Uint8Array): Uint8Array {
  let end = bytes.length;
  // Back off over continuation bytes so a multi-byte character cut at 8 KiB is not called binary.
  while (end > 0 && end > bytes.length - 4 && ((bytes[end - 1] ?? 0) & 0xc0) === 0x80) end--;
  if (end > 0 && ((bytes[end - 1] ?? 0) & 0xc0) === 0xc0) end--;
  return bytes.subarray(0, end);
}
