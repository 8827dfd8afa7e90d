// Text that travels in a URL hash: deflate-raw, then base64url, so it needs no escaping and stays a
// fraction of its size. Used for authored scenarios and for a pane's edited files. Decoding never
// throws: a damaged value comes back as a message saying what is wrong with it.

async function pipe(bytes: Uint8Array, stream: CompressionStream): Promise<Uint8Array> {
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

/**
 * Inflate chunk by chunk and stop as soon as the output passes `maxBytes`: a small link that inflates
 * to a gigabyte costs only the cap, and each chunk is its own task, so the page never freezes.
 * Null when the value inflates past the cap.
 */
async function inflateCapped(bytes: Uint8Array, maxBytes: number): Promise<Uint8Array | null> {
  const reader = new Blob([bytes as BlobPart]).stream().pipeThrough(new DecompressionStream('deflate-raw')).getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.length;
    if (total > maxBytes) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const out = new Uint8Array(total);
  let at = 0;
  for (const c of chunks) {
    out.set(c, at);
    at += c.length;
  }
  return out;
}

/** Longest base64url text that could hold `maxBytes` of deflated text (deflate never grows text by more than ~0.1%, plus framing). */
export function maxParamLength(maxBytes: number): number {
  return Math.ceil(((maxBytes * 1.01 + 64) * 4) / 3);
}

/** `what` names the value in messages, with its hash key, e.g. "scenario= (the scenario in the link)". */
export async function decodeCompressedText(param: string, what: string, maxBytes: number): Promise<DecodedText> {
  // Refused before decoding: no valid value is this long, and decoding it would itself block the page.
  if (param.length > maxParamLength(maxBytes)) return { ok: false, message: `${what} is ${param.length} characters long; nothing within the limit of ${maxBytes} bytes is that long` };
  const bytes = fromBase64Url(param);
  if (!bytes || bytes.length === 0) return { ok: false, message: `${what} is not base64url text` };
  let inflated: Uint8Array | null;
  try {
    inflated = await inflateCapped(bytes, maxBytes);
  } catch {
    return { ok: false, message: `${what} is damaged (it does not decompress); was the link cut short?` };
  }
  if (inflated === null) return { ok: false, message: `${what} inflates to more than the limit of ${maxBytes} bytes; ignored` };
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(inflated) };
  } catch {
    return { ok: false, message: `${what} is not UTF-8 text` };
  }
}
