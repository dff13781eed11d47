/**
 * TFTP wire format, RFC 1350 (RRQ, WRQ, DATA, ACK, ERROR) with the RFC 2347 option extension
 * (name/value pairs appended to a request, answered by OACK). Pure functions, no I/O.
 *
 * Decoding never throws: malformed input yields `{ ok: false, reason }`. Text fields are UTF-8
 * (RFC 1350 says netascii; phones send ASCII, and invalid UTF-8 is rejected rather than mangled).
 * Request modes and option names are case-insensitive, so both are lower-cased on decode.
 */

export const OPCODE = { RRQ: 1, WRQ: 2, DATA: 3, ACK: 4, ERROR: 5, OACK: 6 } as const;

export const ERROR_CODE = {
  NOT_DEFINED: 0,
  FILE_NOT_FOUND: 1,
  ACCESS_VIOLATION: 2,
  DISK_FULL: 3,
  ILLEGAL_OPERATION: 4,
  UNKNOWN_TID: 5,
  FILE_EXISTS: 6,
  NO_SUCH_USER: 7,
  OPTION_REFUSED: 8,
} as const;

export type TftpOptions = Record<string, string>;

export type TftpPacket =
  | { op: 'rrq' | 'wrq'; filename: string; mode: string; options: TftpOptions }
  | { op: 'data'; block: number; data: Buffer }
  | { op: 'ack'; block: number }
  | { op: 'error'; code: number; message: string }
  | { op: 'oack'; options: TftpOptions };

export type DecodeResult = { ok: true; packet: TftpPacket } | { ok: false; reason: string };

const utf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/** Reads NUL-terminated strings from `start`; `rest` holds trailing bytes that had no NUL. */
function splitStrings(buf: Buffer, start: number): { strings: string[]; rest: number } | null {
  const strings: string[] = [];
  let pos = start;
  while (pos < buf.length) {
    const nul = buf.indexOf(0, pos);
    if (nul === -1) break;
    try {
      strings.push(utf8.decode(buf.subarray(pos, nul)));
    } catch {
      return null;
    }
    pos = nul + 1;
  }
  return { strings, rest: buf.length - pos };
}

/** Option pairs; empty names (NUL padding) are skipped and the first occurrence of a name wins. */
function toOptions(pairs: string[]): TftpOptions {
  const options: TftpOptions = {};
  for (let i = 0; i + 1 < pairs.length; i += 2) {
    const name = pairs[i].toLowerCase();
    if (name && !(name in options)) options[name] = pairs[i + 1];
  }
  return options;
}

function decodeRequest(op: 'rrq' | 'wrq', buf: Buffer): DecodeResult {
  const parsed = splitStrings(buf, 2);
  if (!parsed) return { ok: false, reason: 'invalid UTF-8 in request' };
  const [filename, mode, ...pairs] = parsed.strings;
  if (filename === undefined || mode === undefined) return { ok: false, reason: 'request without NUL-terminated filename and mode' };
  if (!filename) return { ok: false, reason: 'empty filename' };
  if (!mode) return { ok: false, reason: 'empty mode' };
  return { ok: true, packet: { op, filename, mode: mode.toLowerCase(), options: toOptions(pairs) } };
}

/** Decodes one datagram. Unknown opcodes and truncated packets are reported, not thrown. */
export function decodePacket(buf: Buffer): DecodeResult {
  if (buf.length < 2) return { ok: false, reason: 'packet shorter than an opcode' };
  const opcode = buf.readUInt16BE(0);
  switch (opcode) {
    case OPCODE.RRQ:
      return decodeRequest('rrq', buf);
    case OPCODE.WRQ:
      return decodeRequest('wrq', buf);
    case OPCODE.DATA:
      if (buf.length < 4) return { ok: false, reason: 'DATA without block number' };
      return { ok: true, packet: { op: 'data', block: buf.readUInt16BE(2), data: buf.subarray(4) } };
    case OPCODE.ACK:
      if (buf.length < 4) return { ok: false, reason: 'ACK without block number' };
      return { ok: true, packet: { op: 'ack', block: buf.readUInt16BE(2) } };
    case OPCODE.ERROR: {
      if (buf.length < 4) return { ok: false, reason: 'ERROR without code' };
      // Lenient on the message: a peer that forgets the NUL still means to abort.
      const end = buf.indexOf(0, 4);
      const message = buf.subarray(4, end === -1 ? buf.length : end).toString('utf8');
      return { ok: true, packet: { op: 'error', code: buf.readUInt16BE(2), message } };
    }
    case OPCODE.OACK: {
      const parsed = splitStrings(buf, 2);
      if (!parsed) return { ok: false, reason: 'invalid UTF-8 in OACK' };
      return { ok: true, packet: { op: 'oack', options: toOptions(parsed.strings) } };
    }
    default:
      return { ok: false, reason: `unknown opcode ${opcode}` };
  }
}

function header(opcode: number, second?: number): Buffer {
  const buf = Buffer.alloc(second === undefined ? 2 : 4);
  buf.writeUInt16BE(opcode, 0);
  if (second !== undefined) buf.writeUInt16BE(second & 0xffff, 2);
  return buf;
}

const strings = (values: string[]) => values.map((v) => Buffer.from(`${v}\0`, 'utf8'));
const optionStrings = (options: TftpOptions) => strings(Object.entries(options).flat());

/** RRQ/WRQ: filename, mode, then RFC 2347 option pairs, each NUL-terminated. */
export function encodeRequest(op: 'rrq' | 'wrq', filename: string, mode: string, options: TftpOptions = {}): Buffer {
  const opcode = op === 'rrq' ? OPCODE.RRQ : OPCODE.WRQ;
  return Buffer.concat([header(opcode), ...strings([filename, mode]), ...optionStrings(options)]);
}

/** DATA packet; the block number is written modulo 65536 (RFC 1350 leaves wrap-around to practice). */
export function encodeData(block: number, data: Buffer): Buffer {
  return Buffer.concat([header(OPCODE.DATA, block), data]);
}

/** ACK; like DATA, the block number is written modulo 65536. */
export function encodeAck(block: number): Buffer {
  return header(OPCODE.ACK, block);
}

/** ERROR with one of ERROR_CODE and a human-readable message (clients print it). */
export function encodeError(code: number, message: string): Buffer {
  return Buffer.concat([header(OPCODE.ERROR, code), ...strings([message])]);
}

/** OACK (RFC 2347): only the options the server accepted, with the values it settled on. */
export function encodeOack(options: TftpOptions): Buffer {
  return Buffer.concat([header(OPCODE.OACK), ...optionStrings(options)]);
}
