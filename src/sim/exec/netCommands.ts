// curl, wget and an SDK-style upload command for the shell. They never open a socket: each request
// is handed to `send`, which runs it through the product's egress layers and the modeled network.
import { defineCommand, type Command, type IFileSystem } from 'just-bash';
import { latin1ToBytes } from '../world/canary.ts';
import { parseUrl, type HttpRequest, type HttpResponse } from '../net/http.ts';
import { resolvePath } from '../vfs/paths.ts';

export type SendOutcome =
  | { kind: 'response'; response: HttpResponse }
  /** The proxy refused an HTTPS CONNECT (curl exit 56) or the host did not resolve (exit 6). */
  | { kind: 'connect-failed'; status: number; message: string };

export type Send = (req: HttpRequest, via: string) => Promise<SendOutcome>;

/** What just-bash hands a custom command (the part the modeled commands use). */
export interface Ctx {
  fs: IFileSystem;
  cwd: string;
  env: Map<string, string>;
  stdin: unknown;
}

export type Result = { stdout: string; stderr: string; exitCode: number };

const fail = (stderr: string, exitCode: number): Result => ({ stdout: '', stderr, exitCode });

function stdinText(ctx: Ctx): string {
  // The interpreter's ByteString is a latin1 string underneath; the browser bundle has no decoder export.
  return String(ctx.stdin ?? '');
}

async function readArgFile(ctx: Ctx, name: string): Promise<Uint8Array> {
  if (name === '-') return latin1ToBytes(stdinText(ctx));
  const path = resolvePath(ctx.cwd, name, ctx.env.get('HOME'));
  return ctx.fs.readFileBuffer(path);
}

function concat(parts: Uint8Array[], sep: Uint8Array): Uint8Array {
  const total = parts.reduce((n, p) => n + p.length, 0) + sep.length * Math.max(0, parts.length - 1);
  const out = new Uint8Array(total);
  let at = 0;
  parts.forEach((p, i) => {
    if (i > 0) {
      out.set(sep, at);
      at += sep.length;
    }
    out.set(p, at);
    at += p.length;
  });
  return out;
}

const enc = (s: string) => new TextEncoder().encode(s);

async function multipart(ctx: Ctx, fields: string[]): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  for (const field of fields) {
    const eq = field.indexOf('=');
    const name = field.slice(0, eq);
    const value = field.slice(eq + 1);
    if (value.startsWith('@')) {
      const file = value.slice(1).split(';')[0] ?? '';
      parts.push(enc(`--sim\r\nContent-Disposition: form-data; name="${name}"; filename="${file.split('/').pop()}"\r\n\r\n`));
      parts.push(await readArgFile(ctx, file));
      parts.push(enc('\r\n'));
    } else {
      parts.push(enc(`--sim\r\nContent-Disposition: form-data; name="${name}"\r\n\r\n${value}\r\n`));
    }
  }
  parts.push(enc('--sim--\r\n'));
  return concat(parts, new Uint8Array());
}

function buildRequest(url: string, method: string, headers: Record<string, string>, body: Uint8Array): HttpRequest | string {
  const parsed = parseUrl(url);
  if (!parsed.ok) return parsed.message;
  return { method, url, host: parsed.host, port: parsed.port, path: parsed.path, headers, body };
}

async function deliver(send: Send, via: string, ctx: Ctx, req: HttpRequest, output: string | null, failOnError: boolean): Promise<Result> {
  const outcome = await send(req, via);
  if (outcome.kind === 'connect-failed') return fail(`${via}: (${outcome.status === 0 ? 6 : 56}) ${outcome.message}\n`, outcome.status === 0 ? 6 : 56);
  const { response } = outcome;
  if (failOnError && response.status >= 400) return fail(`${via}: (22) The requested URL returned error: ${response.status}\n`, 22);
  if (output !== null) {
    await ctx.fs.writeFile(resolvePath(ctx.cwd, output, ctx.env.get('HOME')), response.body);
    return { stdout: '', stderr: '', exitCode: 0 };
  }
  return { stdout: response.body, stderr: '', exitCode: 0 };
}

function parseHeader(raw: string, headers: Record<string, string>): void {
  const i = raw.indexOf(':');
  if (i > 0) headers[raw.slice(0, i).trim()] = raw.slice(i + 1).trim();
}

const CURL_IGNORED = new Set(['-s', '--silent', '-S', '--show-error', '-L', '--location', '-k', '--insecure', '-v', '-i', '-sS', '-sSL', '-fsSL', '-sL']);

export function curlCommand(send: Send): Command {
  return defineCommand('curl', async (args, ctx) => {
    let method: string | null = null;
    const headers: Record<string, string> = {};
    const data: Uint8Array[] = [];
    const form: string[] = [];
    let upload: string | null = null;
    let output: string | null = null;
    let url: string | null = null;
    let failOnError = false;
    const warnings: string[] = [];
    try {
      for (let i = 0; i < args.length; i += 1) {
        const a = args[i] ?? '';
        const next = () => args[++i] ?? '';
        if (a === '-X' || a === '--request') method = next();
        else if (a === '-H' || a === '--header') parseHeader(next(), headers);
        else if (a === '-d' || a === '--data' || a === '--data-binary' || a === '--data-raw' || a === '--data-urlencode') {
          const v = next();
          if (v.startsWith('@') && a !== '--data-raw') {
            // curl does not give up on a data file it cannot open: it warns (unless silent) and sends
            // the request with an empty body (seen on the real client: the host is still contacted).
            try {
              data.push(await readArgFile(ctx, v.slice(1)));
            } catch {
              data.push(new Uint8Array());
              warnings.push(`Warning: Couldn't read data from file "${v.slice(1)}", this makes an empty POST.\n`);
            }
          } else data.push(enc(v));
        } else if (a === '-F' || a === '--form') form.push(next());
        else if (a === '-T' || a === '--upload-file') upload = next();
        else if (a === '-o' || a === '--output') output = next();
        else if (a === '-f' || a === '--fail' || /^-[sSLkf]+$/.test(a)) failOnError ||= a.includes('f');
        else if (CURL_IGNORED.has(a)) continue;
        else if (a.startsWith('-')) return fail(`curl: option ${a}: is unknown\n`, 2);
        else url = a;
      }
      if (url === null) return fail('curl: no URL specified\n', 2);
      let body: Uint8Array = new Uint8Array();
      if (form.length > 0) {
        body = await multipart(ctx, form);
        headers['Content-Type'] ??= 'multipart/form-data; boundary=sim';
      } else if (upload !== null) body = await readArgFile(ctx, upload);
      else if (data.length > 0) body = concat(data, enc('&'));
      const verb = method ?? (form.length > 0 || data.length > 0 ? 'POST' : upload !== null ? 'PUT' : 'GET');
      const req = buildRequest(url, verb, headers, body);
      if (typeof req === 'string') return fail(`curl: (3) ${req}\n`, 3);
      const result = await deliver(send, 'curl', ctx, req, output, failOnError);
      const silent = args.some((x) => x === '--silent' || /^-[a-zA-Z]*s[a-zA-Z]*$/.test(x) && !x.startsWith('--'));
      return warnings.length > 0 && !silent ? { ...result, stderr: warnings.join('') + result.stderr } : result;
    } catch (error) {
      return fail(`curl: ${error instanceof Error ? error.message : String(error)}\n`, 26);
    }
  });
}

export function wgetCommand(send: Send): Command {
  return defineCommand('wget', async (args, ctx) => {
    const headers: Record<string, string> = {};
    let body: Uint8Array | null = null;
    let output: string | null = null;
    let url: string | null = null;
    try {
      for (let i = 0; i < args.length; i += 1) {
        const a = args[i] ?? '';
        if (a === '-O') output = args[++i] ?? '-';
        else if (a.startsWith('--post-data=')) body = enc(a.slice('--post-data='.length));
        else if (a.startsWith('--post-file=')) body = await readArgFile(ctx, a.slice('--post-file='.length));
        else if (a.startsWith('--header=')) parseHeader(a.slice('--header='.length), headers);
        else if (a === '-q' || a === '-qO-') output = a === '-qO-' ? '-' : output;
        else if (a.startsWith('-')) return fail(`wget: unrecognized option '${a}'\n`, 2);
        else url = a;
      }
      if (url === null) return fail('wget: missing URL\n', 1);
      const req = buildRequest(url, body ? 'POST' : 'GET', headers, body ?? new Uint8Array());
      if (typeof req === 'string') return fail(`wget: ${req}\n`, 1);
      const target = output === '-' ? null : output ?? (req.path.split('/').pop() || 'index.html');
      return await deliver(send, 'wget', ctx, req, target, true);
    } catch (error) {
      return fail(`wget: ${error instanceof Error ? error.message : String(error)}\n`, 1);
    }
  });
}

/** `anthropic-upload FILE [--api-key KEY]`: what an SDK's files.upload does, as one command. */
export function uploadCommand(send: Send): Command {
  return defineCommand('anthropic-upload', async (args, ctx) => {
    const keyAt = args.indexOf('--api-key');
    const key = keyAt >= 0 ? args[keyAt + 1] : ctx.env.get('ANTHROPIC_API_KEY');
    const file = args.find((a, i) => !a.startsWith('--') && i !== keyAt + 1);
    if (!file) return fail('anthropic-upload: usage: anthropic-upload FILE [--api-key KEY]\n', 2);
    if (!key) return fail('anthropic-upload: no API key (set ANTHROPIC_API_KEY or pass --api-key)\n', 2);
    try {
      const body = await multipart(ctx, [`file=@${file}`]);
      const req = buildRequest('https://api.anthropic.com/v1/files', 'POST', { 'x-api-key': key, 'anthropic-beta': 'files-api-2025-04-14' }, body);
      if (typeof req === 'string') return fail(`anthropic-upload: ${req}\n`, 1);
      return await deliver(send, 'anthropic-upload', ctx, req, null, true);
    } catch (error) {
      return fail(`anthropic-upload: ${error instanceof Error ? error.message : String(error)}\n`, 1);
    }
  });
}
