// CTF flags: HMAC-SHA-256 over the level id, keyed with the trainer's CTF key, through Web Crypto
// (the browser's crypto.subtle, Node's globalThis.crypto.subtle). Without the key nobody can forge one.

function hex(bytes: ArrayBuffer): string {
  return [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

export const FLAG_PREFIX = 'CL';

/** The flag for one level: CL{first 32 hex digits of HMAC-SHA-256(key, level id)}. */
export async function flagFor(key: string, levelId: string): Promise<string> {
  if (key === '') throw new Error('a CTF key must not be empty');
  const enc = new TextEncoder();
  const subtle = globalThis.crypto.subtle;
  const k = await subtle.importKey('raw', enc.encode(key), { name: 'HMAC', hash: 'SHA-256' }, false, ['sign']);
  const mac = await subtle.sign('HMAC', k, enc.encode(levelId));
  return `${FLAG_PREFIX}{${hex(mac).slice(0, 32)}}`;
}
