// Requests and responses on the modeled network. Nothing here touches a real socket.
export interface HttpRequest {
  method: string;
  url: string;
  host: string;
  port: number;
  path: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export interface HttpResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type ParsedUrl = { ok: true; scheme: string; host: string; port: number; path: string } | { ok: false; message: string };

/** Parse an http(s) URL without the platform URL class so the result is identical everywhere. */
export function parseUrl(raw: string): ParsedUrl {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#@]*@)?(\[[^\]]+\]|[^/?#:]*)(?::(\d+))?([^#]*)/.exec(raw.trim());
  if (!m) return { ok: false, message: `not a URL: ${raw}` };
  const scheme = (m[1] ?? '').toLowerCase();
  if (scheme !== 'http' && scheme !== 'https') return { ok: false, message: `unsupported protocol "${scheme}" in ${raw}` };
  const host = (m[3] ?? '').toLowerCase().replace(/\.$/, '');
  if (!host) return { ok: false, message: `no host in ${raw}` };
  const port = m[4] ? Number(m[4]) : scheme === 'https' ? 443 : 80;
  const path = m[5] && m[5].length > 0 ? m[5] : '/';
  return { ok: true, scheme, host, port, path };
}

/** Beta flags that turn an API call into a server-side fetch of a URL chosen by the caller. */
export const SERVER_FETCH_BETAS = ['web-fetch', 'mcp-client', 'url-fetch'];

export function asksServerSideFetch(headers: Record<string, string>): boolean {
  const beta = headerValue(headers, 'anthropic-beta') ?? '';
  return SERVER_FETCH_BETAS.some((b) => beta.includes(b));
}

export function headerValue(headers: Record<string, string>, name: string): string | undefined {
  const lower = name.toLowerCase();
  for (const [k, v] of Object.entries(headers)) if (k.toLowerCase() === lower) return v;
  return undefined;
}

export function requestText(req: HttpRequest): string {
  const head = Object.entries(req.headers).map(([k, v]) => `${k}: ${v}`).join('\n');
  return `${req.method} ${req.url}\n${head}\n\n${new TextDecoder().decode(req.body)}`;
}
