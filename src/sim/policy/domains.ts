// Domain patterns of the sandbox-runtime network proxy: load-time validation, host canonicalization
// and matching. Semantics follow @anthropic-ai/sandbox-runtime 0.0.78 (dist/sandbox/domain-pattern.js,
// sandbox-config.js isValidDomainPattern, parent-proxy.js canonicalizeHost/isValidHost), unchanged in
// 0.0.83, where isValidDomainPattern moved into domain-pattern.js (domains.reference.test.ts checks
// them against the installed package); the code is ours.
// WHATWG URL is a web-standard global, so canonicalization behaves the same in Node and the browser.

const IPV4_OCTET = '(?:25[0-5]|2[0-4][0-9]|1[0-9][0-9]|[1-9][0-9]|[0-9])';
const IPV4_RE = new RegExp(`^${IPV4_OCTET}(?:\\.${IPV4_OCTET}){3}$`);

export function isIPv4(h: string): boolean {
  return IPV4_RE.test(h);
}

export function isIPv6(h: string): boolean {
  if (!h.includes(':') || h.includes('%') || h.includes('[') || h.includes(']') || h.includes('/')) return false;
  try {
    new URL(`http://[${h}]/`);
    return true;
  } catch {
    return false;
  }
}

export function isIP(h: string): boolean {
  return isIPv4(h) || isIPv6(h);
}

export function stripBrackets(h: string): string {
  return h.startsWith('[') && h.endsWith(']') ? h.slice(1, -1) : h;
}

/** Host syntax the proxy accepts at all: DNS label characters or an IP literal, no zone ids. */
export function isValidHost(h: string): boolean {
  if (h.length === 0 || h.length > 255) return false;
  const bare = stripBrackets(h);
  if (bare.includes('%')) return false;
  if (isIP(bare)) return true;
  return /^[A-Za-z0-9._-]+$/.test(bare);
}

function ipv6Groups(compressed: string): number[] | null {
  const [head = '', tail] = compressed.split('::');
  const lead = head === '' ? [] : head.split(':');
  const rest = tail === undefined || tail === '' ? [] : tail.split(':');
  const fill = tail === undefined ? 0 : 8 - lead.length - rest.length;
  const groups = [...lead, ...Array<string>(Math.max(fill, 0)).fill('0'), ...rest].map((g) => parseInt(g, 16));
  return groups.length === 8 && groups.every((g) => Number.isInteger(g)) ? groups : null;
}

/** `::ffff:a.b.c.d` (in any spelling) connects to a.b.c.d, so it is named as that IPv4 address. */
function mappedIPv4(compressed: string): string | null {
  if (!/ffff/i.test(compressed)) return null;
  const g = ipv6Groups(compressed);
  if (g === null || !g.slice(0, 5).every((x) => x === 0) || g[5] !== 0xffff) return null;
  const hi = g[6] ?? 0;
  const lo = g[7] ?? 0;
  return `${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`;
}

/**
 * The spelling the proxy compares: lower case, trailing dot dropped, inet_aton shorthands
 * (`127.1`, `2130706433`, `0x7f.0.0.1`) as dotted quads, IPv6 compressed. Null if not a URL host.
 */
export function canonicalizeHost(h: string): string | null {
  const bare = stripBrackets(h);
  const bracketed = isIPv6(bare) ? `[${bare}]` : bare;
  let host: string;
  try {
    host = stripBrackets(new URL(`http://${bracketed}/`).hostname);
  } catch {
    return null;
  }
  if (isIPv6(host)) return mappedIPv4(host) ?? host;
  return host.replace(/\.$/, '');
}

export interface DomainPattern {
  /** The entry as written in the settings file. */
  raw: string;
  /** Host part: `*`, `*.base`, an exact name, or a bare IPv6 literal. */
  host: string;
  port: number | undefined;
}

function parsePort(s: string): number | undefined {
  if (!/^[1-9][0-9]{0,4}$/.test(s)) return undefined;
  const n = Number(s);
  return n > 65535 ? undefined : n;
}

/** Split an optional `:port`. Unbracketed multi-colon entries are never split (they are IPv6-ish). */
export function splitPort(entry: string): { host: string; port: number | undefined } {
  if (entry.startsWith('[')) {
    const close = entry.indexOf(']');
    if (close === -1) return { host: entry, port: undefined };
    const inner = entry.slice(1, close).split('%')[0] as string;
    const host = canonicalizeHost(inner) ?? inner;
    const rest = entry.slice(close + 1);
    if (rest === '') return { host, port: undefined };
    const port = rest.startsWith(':') ? parsePort(rest.slice(1)) : undefined;
    return port === undefined ? { host: entry, port: undefined } : { host, port };
  }
  const idx = entry.lastIndexOf(':');
  if (idx === -1) return { host: entry, port: undefined };
  if (entry.indexOf(':') !== idx) {
    const h = entry.split('%')[0] as string;
    return { host: canonicalizeHost(h) ?? h, port: undefined };
  }
  const port = parsePort(entry.slice(idx + 1));
  return port === undefined ? { host: entry, port: undefined } : { host: entry.slice(0, idx), port };
}

/**
 * Why a host pattern is rejected at load, or null when it is accepted. The checks are the runtime's;
 * the wording is ours and says what to write instead.
 */
function hostPatternProblem(host: string, raw: string, list: 'allow' | 'deny'): string | null {
  if (isIPv6(host)) return null;
  if (host === '*') {
    return list === 'deny' ? null
      : `"${raw}" is too broad: a bare "*" is only accepted in deniedDomains; list the domains to allow`;
  }
  if (host.includes('://')) return `"${raw}" is a URL, not a domain: write only the host name (e.g. "example.com")`;
  if (host.includes('/')) return `"${raw}" contains a path: write only the host name (e.g. "example.com")`;
  if (host.includes(':')) return `"${raw}" has an invalid port: use "host:PORT" with PORT from 1 to 65535`;
  if (host === 'localhost') return null;
  if (host.startsWith('*.')) {
    const base = host.slice(2);
    const labels = base.split('.');
    if (labels.length < 2 || labels.some((l) => l === '')) {
      return `"${raw}" is too broad: "*." must be followed by at least two labels (e.g. "*.example.com")`;
    }
    if (base.includes('*')) return `"${raw}" uses "*" outside a single leading "*." wildcard`;
    return null;
  }
  if (host.includes('*')) {
    return `"${raw}" uses "*" outside a leading "*." (write "*.example.com" for subdomains, or the exact host)`;
  }
  if (!host.includes('.')) return `"${raw}" has no dot: use a full domain name (only "localhost" may omit it)`;
  if (host.startsWith('.') || host.endsWith('.')) return `"${raw}" starts or ends with a dot: remove it`;
  return null;
}

export function domainPatternProblem(raw: string, list: 'allow' | 'deny'): string | null {
  const first = raw.indexOf(':');
  if (first !== -1 && raw.indexOf(':', first + 1) !== -1 && !raw.startsWith('[')) {
    return `"${raw}" looks like an IPv6 address: write it in brackets, e.g. "[::1]" or "[::1]:443"`;
  }
  const { host } = splitPort(raw);
  return hostPatternProblem(host, raw, list);
}

export function parseDomainPattern(raw: string): DomainPattern {
  const { host, port } = splitPort(raw);
  return { raw, host: host.toLowerCase(), port };
}

/** `*` matches all; `*.x` any strict subdomain of x (never x itself, never an IP); else exact, case-insensitive. */
export function hostMatches(canonicalHost: string, p: DomainPattern): boolean {
  const h = canonicalHost.toLowerCase();
  if (p.host === '*') return true;
  if (p.host.startsWith('*.')) {
    if (isIP(stripBrackets(h))) return false;
    return h.endsWith(p.host.slice(1));
  }
  return h === p.host;
}

export function patternMatches(canonicalHost: string, port: number, p: DomainPattern): boolean {
  if (p.port !== undefined && p.port !== port) return false;
  return hostMatches(canonicalHost, p);
}
