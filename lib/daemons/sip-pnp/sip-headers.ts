/**
 * Parsers for the SIP header values the PnP responder reads: generic `;param` lists,
 * name-addr / addr-spec (From, To, Contact), SIP URIs, Via and CSeq.
 * Grammar from RFC 3261 §19.1 (SIP URI), §20 (header fields) and §25.1 (ABNF); `rport` from RFC 3581.
 * Everything is tolerant of case and whitespace and returns null rather than throwing.
 */

export type SipParam = { name: string; value: string | null };
export type SipUri = { scheme: string; user: string | null; host: string; port: number | null; params: SipParam[] };
export type NameAddr = { uri: string; params: SipParam[] };
export type Via = { transport: string; host: string; port: number | null; params: SipParam[] };
export type CSeq = { seq: number; method: string };

/** Splits on `sep` outside double quotes and angle brackets (header lists, parameter lists). */
export function splitOutside(value: string, sep: string): string[] {
  const parts: string[] = [];
  let depth = 0;
  let quoted = false;
  let start = 0;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === '<') depth++;
    else if (ch === '>') depth = Math.max(0, depth - 1);
    else if (ch === sep && depth === 0) {
      parts.push(value.slice(start, i));
      start = i + 1;
    }
  }
  parts.push(value.slice(start));
  return parts;
}

/** Removes surrounding double quotes and backslash escapes (RFC 3261 quoted-string). */
export function unquote(value: string): string {
  const v = value.trim();
  if (v.length >= 2 && v.startsWith('"') && v.endsWith('"')) return v.slice(1, -1).replace(/\\(.)/g, '$1');
  return v;
}

/** Parses `;a=b;c;d="e"` (leading `;` optional). Names are lower-cased, values unquoted. */
export function parseParams(text: string): SipParam[] {
  return splitOutside(text, ';')
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((p) => {
      const eq = p.indexOf('=');
      if (eq < 0) return { name: p.toLowerCase(), value: null };
      return { name: p.slice(0, eq).trim().toLowerCase(), value: unquote(p.slice(eq + 1)) };
    });
}

/** Value of a parameter: a string, null for a valueless one (`;rport`), undefined when absent. */
export function paramValue(params: SipParam[], name: string): string | null | undefined {
  const hit = params.find((p) => p.name === name);
  return hit === undefined ? undefined : hit.value;
}

function splitHostPort(hostPort: string): { host: string; port: number | null } | null {
  const m = /^(\[[0-9a-fA-F:.]+\]|[^:\s[\]]+)(?::(\d{1,5}))?$/.exec(hostPort.trim());
  if (!m) return null;
  const port = m[2] === undefined ? null : Number(m[2]);
  if (port !== null && (port < 1 || port > 65535)) return null;
  return { host: m[1], port };
}

/** Parses `sip:user@host:port;params?headers` (also `sips:`). */
export function parseSipUri(uri: string): SipUri | null {
  // Whitespace, quotes and angle brackets never stand unescaped in a SIP URI (RFC 3261 §25.1): a Contact holding them
  // is broken or forged, and copied into a Request-URI it would make the NOTIFY unparseable (found by the fuzz pass).
  const m = /^(sips?):([^;?\s<>"]+)((?:;[^?\s<>"]*)?)(?:\?[^\s<>"]*)?$/i.exec(uri.trim());
  if (!m) return null;
  const at = m[2].lastIndexOf('@');
  const user = at >= 0 ? m[2].slice(0, at).split(':')[0] : null;
  const hostPort = splitHostPort(at >= 0 ? m[2].slice(at + 1) : m[2]);
  if (!hostPort) return null;
  return { scheme: m[1].toLowerCase(), user, ...hostPort, params: parseParams(m[3]) };
}

function indexOutsideQuotes(value: string, target: string): number {
  let quoted = false;
  for (let i = 0; i < value.length; i++) {
    const ch = value[i];
    if (quoted) {
      if (ch === '\\') i++;
      else if (ch === '"') quoted = false;
    } else if (ch === '"') quoted = true;
    else if (ch === target) return i;
  }
  return -1;
}

/** Parses a From/To/Contact value: `"Name" <uri>;tag=x`, `<uri>` or a bare addr-spec. */
export function parseNameAddr(value: string): NameAddr | null {
  const v = value.trim();
  const lt = indexOutsideQuotes(v, '<');
  if (lt >= 0) {
    const gt = v.indexOf('>', lt);
    if (gt < 0) return null;
    return { uri: v.slice(lt + 1, gt).trim(), params: parseParams(v.slice(gt + 1)) };
  }
  const [uri, ...params] = splitOutside(v, ';');
  if (!uri.trim()) return null;
  return { uri: uri.trim(), params: parseParams(params.join(';')) };
}

/** Parses one Via value (`SIP/2.0/UDP host:port;branch=…;rport`). */
export function parseVia(value: string): Via | null {
  const m = /^\s*SIP\s*\/\s*2\.0\s*\/\s*([A-Za-z-]+)\s+([^;\s]+)\s*((?:;.*)?)$/i.exec(value);
  if (!m) return null;
  const hostPort = splitHostPort(m[2]);
  if (!hostPort) return null;
  return { transport: m[1].toUpperCase(), ...hostPort, params: parseParams(m[3]) };
}

/** Serialises a Via back to `SIP/2.0/UDP host:port;params`. */
export function formatVia(via: Via): string {
  const sentBy = via.port === null ? via.host : `${via.host}:${via.port}`;
  const params = via.params.map((p) => (p.value === null ? `;${p.name}` : `;${p.name}=${p.value}`)).join('');
  return `SIP/2.0/${via.transport} ${sentBy}${params}`;
}

/** Parses `20000 SUBSCRIBE`; the method is upper-cased. */
export function parseCSeq(value: string): CSeq | null {
  const m = /^\s*(\d{1,10})\s+([A-Za-z]+)\s*$/.exec(value);
  if (!m) return null;
  const seq = Number(m[1]);
  return seq < 2 ** 31 ? { seq, method: m[2].toUpperCase() } : null;
}

/** Decodes `%xx` escapes of a URI user part; returns the input unchanged when it is not valid UTF-8. */
export function decodeUserPart(user: string): string {
  try {
    return decodeURIComponent(user);
  } catch {
    return user;
  }
}
