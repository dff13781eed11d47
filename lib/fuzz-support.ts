/**
 * Seeded input generators for the fuzz tests (lib/**\/fuzz*.test.ts) and the soak (bench/soak.ts): malformed
 * SIP datagrams, TFTP packets, raw HTTP requests and JSON bodies, all derived from one 32-bit seed so a failure
 * replays exactly. `FUZZ_SEED=<n>` replays a run, `FUZZ_CASES=<factor>` scales the number of cases.
 * Pure: no I/O, no project imports, so the daemons' tests may use it too.
 */

export type Rng = {
  readonly seed: number;
  /** Uniform in [0, 1). */
  next(): number;
  /** Integer in [0, n). */
  int(n: number): number;
  /** Integer in [min, max]. */
  between(min: number, max: number): number;
  chance(p: number): boolean;
  pick<T>(items: readonly T[]): T;
  bytes(n: number): Buffer;
};

/** mulberry32: tiny, fast and good enough to spread cases; not for anything secret. */
export function seededRng(seed: number): Rng {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n: number) => Math.floor(next() * n);
  return {
    seed: seed >>> 0,
    next,
    int,
    between: (min, max) => min + int(max - min + 1),
    chance: (p) => next() < p,
    pick: (items) => items[int(items.length)],
    bytes: (n) => Buffer.from(Array.from({ length: n }, () => int(256))),
  };
}

/** The run's seed: `FUZZ_SEED` to replay one, else a fresh one (printed by the caller when a case fails). */
export function fuzzSeed(env: Record<string, string | undefined> = process.env): number {
  const given = env.FUZZ_SEED?.trim();
  if (given && /^\d{1,10}$/.test(given)) return Number(given) >>> 0;
  return Math.floor(Math.random() * 2 ** 32) >>> 0;
}

/** `base` cases scaled by `FUZZ_CASES` (a factor such as 0.5 or 10), at least one. */
export function fuzzCases(base: number, env: Record<string, string | undefined> = process.env): number {
  const factor = Number(env.FUZZ_CASES ?? 1);
  return Math.max(1, Math.round(base * (Number.isFinite(factor) && factor > 0 ? factor : 1)));
}

/** What to print when a case fails: enough to replay it. */
export const replayHint = (name: string, seed: number, index?: number) =>
  `${name}: replay with FUZZ_SEED=${seed}${index === undefined ? '' : ` (case ${index})`}`;

// ── strings ──────────────────────────────────────────────────────────────────────────────────────────────

/** Code points that break naive handling: controls, NUL, U+FFFF/U+FFFE, lone surrogates, bidi, BOM, emoji. */
const NASTY_CHARS = [
  '\0',
  '\x01',
  '\x1b[31m',
  '\x7f',
  '\r',
  '\n',
  '\t',
  '\uffff',
  '\ufffe',
  '\ufffd',
  '\ud800',
  '\udfff',
  '\u202e',
  '\ufeff',
  '😀',
  'é',
  '\u0085',
  '\u2028',
];

export function nastyString(rng: Rng, maxLength = 40): string {
  const parts: string[] = [];
  const length = rng.int(maxLength + 1);
  for (let i = 0; i < length; i++) {
    const roll = rng.next();
    if (roll < 0.55) parts.push(String.fromCharCode(rng.between(0x20, 0x7e)));
    else if (roll < 0.8) parts.push(rng.pick(NASTY_CHARS));
    else parts.push(String.fromCodePoint(rng.int(0x110000) & ~(rng.chance(0.5) ? 0 : 0xf800)));
  }
  return parts.join('');
}

const INTERESTING_NUMBERS = [0, -0, 1, -1, 0.5, 7, 8, 255, 256, 511, 512, 65535, 65536, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, 5e-324];

export function randomNumber(rng: Rng): number {
  return rng.chance(0.6) ? rng.pick(INTERESTING_NUMBERS) : (rng.next() - 0.5) * 10 ** rng.int(20);
}

// ── bytes ────────────────────────────────────────────────────────────────────────────────────────────────

/** One byte-level mutation: flips, overwrites, inserts, deletions, truncation, duplication, splices. */
export function mutateBytes(rng: Rng, input: Buffer, donors: readonly Buffer[] = []): Buffer {
  const data = Buffer.from(input);
  if (data.length === 0) return rng.bytes(rng.between(1, 64));
  const at = rng.int(data.length);
  switch (rng.int(9)) {
    case 0:
      data[at] ^= 1 << rng.int(8);
      return data;
    case 1:
      for (let i = 0, n = rng.between(1, 8); i < n; i++) data[rng.int(data.length)] = rng.int(256);
      return data;
    case 2:
      return Buffer.concat([data.subarray(0, at), rng.bytes(rng.between(1, 32)), data.subarray(at)]);
    case 3:
      return Buffer.concat([data.subarray(0, at), data.subarray(Math.min(data.length, at + rng.between(1, 64)))]);
    case 4:
      return data.subarray(0, at);
    case 5: {
      const end = Math.min(data.length, at + rng.between(1, 128));
      return Buffer.concat([data.subarray(0, end), data.subarray(at, end), data.subarray(end)]);
    }
    case 6: {
      const donor = donors.length ? rng.pick(donors) : rng.bytes(64);
      const from = rng.int(Math.max(1, donor.length));
      return Buffer.concat([data.subarray(0, at), donor.subarray(from, from + rng.between(1, 256))]);
    }
    case 7:
      data[at] = rng.pick([0x00, 0x0a, 0x0d, 0x20, 0x25, 0x2f, 0x3a, 0x3b, 0x3c, 0x22, 0x5c, 0xff, 0xc0, 0x80]);
      return data;
    default:
      return rng.bytes(rng.between(1, 1400));
  }
}

// ── line-based text protocols (SIP, HTTP) ────────────────────────────────────────────────────────────────

const splitHead = (text: string) => {
  const end = text.indexOf('\r\n\r\n');
  return end < 0 ? { lines: text.split('\r\n'), body: '' } : { lines: text.slice(0, end).split('\r\n'), body: text.slice(end + 4) };
};

/**
 * One header-level mutation of a CRLF message: a header duplicated, removed, emptied, made huge, its name
 * mangled, folded, a bad Content-Length, unicode or NUL in a value, bare LF/CR line ends, the start line broken.
 */
export function mutateHeaders(rng: Rng, message: string, extraValues: readonly string[] = []): string {
  const { lines, body } = splitHead(message);
  const header = 1 + rng.int(Math.max(1, lines.length - 1));
  const out = [...lines];
  const nameOf = (line: string) => line.slice(0, Math.max(0, line.indexOf(':')));
  switch (rng.int(13)) {
    case 0:
      out.splice(header, 0, out[header] ?? 'X: y');
      break;
    case 1:
      out.splice(header, 1);
      break;
    case 2:
      out[header] = `${nameOf(out[header] ?? 'X:') || 'X'}: ${'A'.repeat(rng.pick([1024, 8192, 20_000, 60_000]))}`;
      break;
    case 3:
      out.splice(header, 0, `Content-Length: ${rng.pick(['-1', '99999999', '1e3', ' 5', '0x10', '', '18446744073709551616', String(rng.int(2000))])}`);
      break;
    case 4:
      out[header] = `${out[header] ?? ''}${nastyString(rng, 12)}`;
      break;
    case 5:
      out[header] = `${nameOf(out[header] ?? '')}\0: x`;
      break;
    case 6:
      out.splice(header, 0, ` folded ${nastyString(rng, 8)}`);
      break;
    case 7:
      return out.join(rng.pick(['\n', '\r', '\r\r\n', '\n\r'])) + '\r\n\r\n' + body;
    case 8:
      out[0] = rng.pick([
        out[0].toLowerCase(),
        out[0].replace(/ /g, '  '),
        out[0].replace(/ /, '\t'),
        `${out[0]} extra`,
        out[0].slice(0, rng.int(out[0].length)),
        '',
      ] as const);
      break;
    case 9:
      out[header] = `${nameOf(out[header] ?? '') || 'X'}:${extraValues.length ? rng.pick(extraValues) : nastyString(rng)}`;
      break;
    case 10:
      out[header] = (out[header] ?? '').replace(':', '');
      break;
    case 11:
      for (let i = 0, n = rng.between(50, 400); i < n; i++) out.splice(1, 0, `X-Many-${i}: ${i}`);
      break;
    default:
      return `${out.join('\r\n')}\r\n\r\n${body}${rng.chance(0.5) ? nastyString(rng, 200) : ''}`;
  }
  return `${out.join('\r\n')}\r\n\r\n${body}`;
}

/** A mutated datagram or request: 1–3 header or byte mutations stacked, now and then pure binary. */
export function mutateMessage(rng: Rng, seed: Buffer, donors: readonly Buffer[] = [], extraValues: readonly string[] = []): Buffer {
  let data = seed;
  for (let i = 0, n = rng.between(1, 3); i < n; i++) {
    data = rng.chance(0.6) ? Buffer.from(mutateHeaders(rng, data.toString('latin1'), extraValues), 'latin1') : mutateBytes(rng, data, donors);
  }
  return data;
}

// ── TFTP ─────────────────────────────────────────────────────────────────────────────────────────────────

/** File names a hostile TFTP client tries: traversal in every spelling, absolute paths, long and odd names. */
export function hostileFileName(rng: Rng, known: readonly string[]): string {
  const good = known.length ? rng.pick(known) : 'a.cfg';
  return rng.pick([
    good,
    `/${good}`,
    `../${good}`,
    `../../../../etc/passwd`,
    `/../${good}`,
    `..\\..\\${good}`,
    `dir/../../${good}`,
    `./${good}`,
    `//${good}`,
    `${good}/..`,
    `..`,
    `.`,
    `%2e%2e/${good}`,
    `${good}\0.txt`,
    'a'.repeat(rng.pick([255, 256, 300, 1000])),
    `${'x/'.repeat(100)}${good}`,
    nastyString(rng, 30),
    good.toUpperCase(),
    `${good} `,
    '/etc/passwd',
    '/proc/self/environ',
  ]);
}

const TFTP_MODES = ['octet', 'netascii', 'OCTET', 'NetAscii', 'mail', 'binary', '', 'octet\0extra'];
const TFTP_OPTION_NAMES = ['blksize', 'timeout', 'tsize', 'windowsize', 'BLKSIZE', 'multicast', '', 'x'.repeat(200)];
const TFTP_OPTION_VALUES = ['0', '1', '7', '8', '512', '1428', '65464', '65465', '99999999999999999999', '-1', '255', '256', ' 5', '1e3', '', 'abc'];

const cstr = (s: string) => Buffer.concat([Buffer.from(s, 'utf8'), Buffer.from([0])]);

/** A TFTP packet of any opcode with hostile fields, then perhaps byte-mutated. */
export function tftpPacket(rng: Rng, known: readonly string[]): Buffer {
  const opcode = rng.chance(0.9) ? rng.pick([1, 1, 1, 1, 2, 3, 4, 5, 6]) : rng.pick([0, 7, 9, 0xffff, 0x0100]);
  const head = Buffer.alloc(2);
  head.writeUInt16BE(opcode);
  let packet: Buffer;
  if (opcode === 1 || opcode === 2 || opcode === 6) {
    const parts = opcode === 6 ? [] : [cstr(hostileFileName(rng, known)), cstr(rng.pick(TFTP_MODES))];
    for (let i = 0, n = rng.int(5); i < n; i++) parts.push(cstr(rng.pick(TFTP_OPTION_NAMES)), cstr(rng.pick(TFTP_OPTION_VALUES)));
    packet = Buffer.concat([head, ...parts]);
  } else {
    const block = Buffer.alloc(2);
    block.writeUInt16BE(rng.pick([0, 1, 2, 0xffff, rng.int(0x10000)]));
    const tail = opcode === 3 ? rng.bytes(rng.int(600)) : opcode === 5 ? cstr(nastyString(rng, 20)) : Buffer.alloc(0);
    packet = Buffer.concat([head, block, tail]);
  }
  return rng.chance(0.3) ? mutateBytes(rng, packet) : packet;
}

// ── HTTP ─────────────────────────────────────────────────────────────────────────────────────────────────

/** A path below /provisioning/ that tries traversal, encodings (double, overlong UTF-8, %00), length, odd bytes. */
export function hostileUrlPath(rng: Rng, known: readonly string[]): string {
  const good = known.length ? rng.pick(known) : 'a.cfg';
  const encodeAll = (s: string) => [...Buffer.from(s)].map((b) => `%${b.toString(16).padStart(2, '0')}`).join('');
  return rng.pick([
    good,
    encodeURIComponent(good),
    encodeAll(good),
    good.toUpperCase(),
    `/${good}`,
    `${good}?x=${nastyString(rng, 10)}`,
    `${good}#frag`,
    `../${good}`,
    `..%2f..%2f${good}`,
    `%2e%2e/%2e%2e/package.json`,
    `%252e%252e%252fpackage.json`,
    `%c0%ae%c0%ae/package.json`,
    `..%c0%af..%c0%afetc/passwd`,
    `${good}%00.cfg`,
    `${good}%`,
    `%zz${good}`,
    `..\\..\\${good}`,
    `%5c..%5c${good}`,
    `./${good}`,
    `a/b/${good}`,
    '.env',
    '../data/provisio.db',
    'x'.repeat(rng.pick([255, 256, 257, 4096, 12_000])),
    `${'%41'.repeat(300)}`,
    nastyString(rng, 40),
    encodeURIComponent(nastyString(rng, 20).replace(/[\ud800-\udfff]/g, '\ufffd')),
    `${'/'.repeat(rng.between(2, 50))}${good}`,
  ]);
}

const HTTP_METHODS = ['GET', 'GET', 'GET', 'HEAD', 'POST', 'PUT', 'DELETE', 'OPTIONS', 'TRACE', 'CONNECT', 'get', 'G\0T', 'PRI', 'XXXXXXXX'];
const HTTP_VERSIONS = ['HTTP/1.1', 'HTTP/1.1', 'HTTP/1.0', 'HTTP/2.0', 'HTTP/0.9', 'HTTP/1.1 x', 'http/1.1', 'HTTP/9.9', ''];

/** A raw HTTP/1.x request for `prefix + hostile path`, with odd headers, then perhaps mutated further. */
export function rawHttpRequest(rng: Rng, prefix: string, known: readonly string[]): Buffer {
  const path = `${prefix}${hostileUrlPath(rng, known)}`;
  const headers = ['Host: 127.0.0.1', 'User-Agent: Yealink SIP-T46U 108.86.0.20 00:15:65:aa:bb:cc', 'Connection: close'];
  if (rng.chance(0.2)) headers.push(`If-None-Match: ${rng.pick(['*', '"x"', 'W/"y"', nastyString(rng, 30)])}`);
  if (rng.chance(0.1)) headers.push('Transfer-Encoding: chunked', 'Content-Length: 4');
  const head = `${rng.pick(HTTP_METHODS)} ${path} ${rng.pick(HTTP_VERSIONS)}\r\n${headers.join('\r\n')}\r\n\r\n`;
  const request = Buffer.from(head, rng.chance(0.5) ? 'utf8' : 'latin1');
  return rng.chance(0.4) ? mutateMessage(rng, request) : request;
}

// ── JSON ─────────────────────────────────────────────────────────────────────────────────────────────────

export type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** Any JSON value up to `depth` levels, biased to the shapes that slip past loose checks. */
export function randomJson(rng: Rng, depth = 3, keys: readonly string[] = []): Json {
  const roll = rng.int(depth > 0 ? 9 : 6);
  switch (roll) {
    case 0:
      return null;
    case 1:
      return rng.chance(0.5);
    case 2:
      return randomNumber(rng);
    case 3:
    case 4:
      return rng.chance(0.1) ? 'x'.repeat(rng.pick([81, 129, 257, 1025, 70_000])) : nastyString(rng);
    case 5:
      return rng.pick(['', ' ', '1', 'true', 'null', '%%_X%%', '<a>', '{{x}}', '001565aabbcc', '00:15:65:AA:BB:CC', '2026-01-01', 'udp', 'static', 'lf']);
    case 6:
      return Array.from({ length: rng.int(5) }, () => randomJson(rng, depth - 1, keys));
    default: {
      const out: Record<string, Json> = {};
      for (let i = 0, n = rng.int(6); i < n; i++)
        out[keys.length && rng.chance(0.7) ? rng.pick(keys) : nastyString(rng, 10)] = randomJson(rng, depth - 1, keys);
      return out;
    }
  }
}

/** A valid body with one to three fields changed, dropped, or added (`__proto__`, unknown names, wrong types). */
export function mutateObject(rng: Rng, valid: Record<string, Json>): Record<string, Json> {
  const out: Record<string, Json> = { ...valid };
  const keys = Object.keys(valid);
  for (let i = 0, n = rng.between(1, 3); i < n; i++) {
    const key = keys.length ? rng.pick(keys) : 'x';
    const roll = rng.int(5);
    if (roll === 0) delete out[key];
    else if (roll === 1) out[rng.pick(['__proto__', 'constructor', 'id', 'tenantId', 'createdAt', nastyString(rng, 8)])] = randomJson(rng, 2, keys);
    else out[key] = randomJson(rng, 2, keys);
  }
  return out;
}

/** A request body: mostly JSON (valid-ish objects, any value), sometimes broken text or bytes that are not UTF-8. */
export function jsonBody(rng: Rng, valid: Record<string, Json>): Buffer {
  const roll = rng.next();
  if (roll < 0.55) return Buffer.from(JSON.stringify(mutateObject(rng, valid)));
  if (roll < 0.75) return Buffer.from(JSON.stringify(randomJson(rng, 3, Object.keys(valid))));
  const text = Buffer.from(JSON.stringify(valid));
  if (roll < 0.9) return mutateBytes(rng, text);
  return Buffer.from(rng.pick(['', 'null', '[]', '"x"', '1', '{', '{"a":}', '{"a":1}}', '\ufeff{}', '{"a":1,"a":2}', 'NaN', '{"x":1e999}']));
}
