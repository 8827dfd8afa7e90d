// Text that travels in a URL hash: deflate-raw, then base64url, so it needs no escaping and stays a
// fraction of its size. Used for authored scenarios and for a pane's edited files. Decoding never
// throws: a damaged value comes back as a message saying what is wrong with it.

async function pipe(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): Promise<Uint8Array> {
  const out = new Blob([bytes as BlobPart]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64Url(bytes: Uint8Array): string {
  let binary = '';
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(text: string): Uint8Array | null {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) return null;
  try {
    const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'));
    return Uint8Array.from(binary, (c) => c.charCodeAt(0));
  } catch {
    return null;
  }
}

export async function encodeCompressedText(text: string): Promise<string> {
  return toBase64Url(await pipe(new TextEncoder().encode(text), new CompressionStream('deflate-raw')));
}

export type DecodedText = { ok: true; text: string } | { ok: false; message: string };

/** `what` names the value in messages, e.g. "the scenario in the link". */
export async function decodeCompressedText(param: string, what: string, maxBytes: number): Promise<DecodedText> {
  const bytes = fromBase64Url(param);
  if (!bytes || bytes.length === 0) return { ok: false, message: `${what} is not base64url text` };
  let inflated: Uint8Array;
  try {
    inflated = await pipe(bytes, new DecompressionStream('deflate-raw'));
  } catch {
    return { ok: false, message: `${what} is damaged (it does not decompress); was the link cut short?` };
  }
  if (inflated.length > maxBytes) return { ok: false, message: `${what} is larger than ${maxBytes} bytes` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: `${what} is not UTF-8 text` };
  }
}
