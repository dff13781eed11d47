/**
 * SIP message codec for the PnP responder (RFC 3261 §7: start line, header fields, compact forms
 * §7.3.3, line folding §7.3.1, Content-Length framing over UDP §18.3; the `o` compact form of Event
 * is RFC 6665 §8.2.1). Parsing is strict on framing and lenient on spelling: anything that is not a
 * bounded, complete, textual SIP message yields null and never throws, because the socket it reads
 * from is open to the whole LAN (and to 224.0.1.75).
 */
import { splitOutside } from './sip-headers';

/** Datagrams above this are dropped unparsed (the brief's 64 KB bound; UDP itself stops at ~64 KB). */
export const MAX_SIP_MESSAGE_BYTES = 64 * 1024;

export type SipHeader = { name: string; value: string };
type Common = { headers: SipHeader[]; body: Buffer };
export type SipRequest = Common & { kind: 'request'; method: string; uri: string };
export type SipResponse = Common & { kind: 'response'; status: number; reason: string };
export type SipMessage = SipRequest | SipResponse;

const COMPACT_FORMS: Readonly<Record<string, string>> = {
  a: 'accept-contact',
  b: 'referred-by',
  c: 'content-type',
  d: 'request-disposition',
  e: 'content-encoding',
  f: 'from',
  i: 'call-id',
  j: 'reject-contact',
  k: 'supported',
  l: 'content-length',
  m: 'contact',
  o: 'event',
  r: 'refer-to',
  s: 'subject',
  t: 'to',
  u: 'allow-events',
  v: 'via',
  x: 'session-expires',
};

/** Headers whose values may be comma-joined on one line (RFC 3261 §7.3.1); only these are split. */
const LIST_HEADERS = new Set(['via', 'contact', 'route', 'record-route']);
const REQUIRED = ['via', 'from', 'to', 'call-id', 'cseq'];
const TOKEN = /^[A-Za-z0-9.!%*_+`'~-]+$/;
const CONTROL = /[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffd]/;

/** Lower-case long form of a header name (`i` → `call-id`, `Call-ID` → `call-id`). */
export function canonicalHeaderName(name: string): string {
  const lower = name.trim().toLowerCase();
  return COMPACT_FORMS[lower] ?? lower;
}

function headerEnd(data: Buffer): { head: number; body: number } | null {
  const crlf = data.indexOf('\r\n\r\n');
  const lf = data.indexOf('\n\n');
  if (crlf >= 0 && (lf < 0 || crlf < lf)) return { head: crlf, body: crlf + 4 };
  if (lf >= 0) return { head: lf, body: lf + 2 };
  return null;
}

function unfold(lines: string[]): string[] | null {
  const out: string[] = [];
  for (const line of lines) {
    if (/^[ \t]/.test(line)) {
      if (out.length === 0) return null;
      out[out.length - 1] += ` ${line.trim()}`;
    } else out.push(line);
  }
  return out;
}

function parseHeaders(lines: string[]): SipHeader[] | null {
  const headers: SipHeader[] = [];
  for (const line of lines) {
    const colon = line.indexOf(':');
    if (colon <= 0) return null;
    const rawName = line.slice(0, colon).trim();
    if (!TOKEN.test(rawName)) return null;
    const name = canonicalHeaderName(rawName);
    const value = line.slice(colon + 1).trim();
    const values = LIST_HEADERS.has(name) ? splitOutside(value, ',').map((v) => v.trim()) : [value];
    for (const v of values) if (v.length > 0) headers.push({ name, value: v });
  }
  return headers;
}

function frameBody(headers: SipHeader[], rest: Buffer): Buffer | null {
  const declared = headers.find((h) => h.name === 'content-length')?.value;
  if (declared === undefined) return rest;
  if (!/^\d{1,6}$/.test(declared)) return null;
  const length = Number(declared);
  return length > rest.length ? null : rest.subarray(0, length);
}

/** Parses one UDP datagram as a SIP request or response; null when it is not a complete, sane SIP message. */
export function parseSipMessage(data: Buffer): SipMessage | null {
  if (data.length === 0 || data.length > MAX_SIP_MESSAGE_BYTES) return null;
  let offset = 0;
  while (offset < data.length && (data[offset] === 0x0d || data[offset] === 0x0a)) offset++;
  const packet = data.subarray(offset);
  const end = headerEnd(packet);
  if (!end) return null;
  const head = packet.subarray(0, end.head).toString('utf8');
  // A CR is only ever half of a line break: one inside a value would be echoed back in our answers.
  if (CONTROL.test(head) || /\r(?!\n)/.test(head)) return null;
  const lines = unfold(head.split(/\r?\n/));
  if (!lines || lines.length < 2) return null;
  const headers = parseHeaders(lines.slice(1));
  if (!headers || REQUIRED.some((r) => !headers.some((h) => h.name === r))) return null;
  const body = frameBody(headers, packet.subarray(end.body));
  if (!body) return null;
  const request = /^([A-Za-z]+) (\S+) SIP\/2\.0$/i.exec(lines[0].trim());
  if (request) return { kind: 'request', method: request[1].toUpperCase(), uri: request[2], headers, body };
  const response = /^SIP\/2\.0 ([1-6]\d\d)(?: (.*))?$/i.exec(lines[0].trim());
  if (response) return { kind: 'response', status: Number(response[1]), reason: response[2] ?? '', headers, body };
  return null;
}

/** First value of a header (any spelling, long or compact), or null. */
export function getHeader(message: { headers: SipHeader[] }, name: string): string | null {
  const wanted = canonicalHeaderName(name);
  return message.headers.find((h) => h.name === wanted)?.value ?? null;
}

/** Every value of a header in message order (a comma-joined Via line counts as several). */
export function getHeaders(message: { headers: SipHeader[] }, name: string): string[] {
  const wanted = canonicalHeaderName(name);
  return message.headers.filter((h) => h.name === wanted).map((h) => h.value);
}

/** Header lines in the order given; Content-Length is appended from the body's byte length. */
export type HeaderLines = ReadonlyArray<readonly [name: string, value: string]>;

function serialise(startLine: string, headers: HeaderLines, body: string | Buffer): Buffer {
  const payload = typeof body === 'string' ? Buffer.from(body, 'utf8') : body;
  const lines = headers.filter(([name]) => canonicalHeaderName(name) !== 'content-length').map(([name, value]) => `${name}: ${value}`);
  const head = [startLine, ...lines, `Content-Length: ${payload.length}`, '', ''].join('\r\n');
  return Buffer.concat([Buffer.from(head, 'utf8'), payload]);
}

/** Serialises a request; Content-Length is computed (any given one is dropped). */
export function buildRequest(method: string, uri: string, headers: HeaderLines, body: string | Buffer = ''): Buffer {
  return serialise(`${method} ${uri} SIP/2.0`, headers, body);
}

/** Serialises a response; Content-Length is computed (any given one is dropped). */
export function buildResponse(status: number, reason: string, headers: HeaderLines, body: string | Buffer = ''): Buffer {
  return serialise(`SIP/2.0 ${status} ${reason}`, headers, body);
}
