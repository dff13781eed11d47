/**
 * Checks on a TFTP read request before any file lookup: filename safety and transfer mode
 * (RFC 1350 section 1: "netascii", "octet"; "mail" is obsolete and refused). Netascii encoding
 * follows RFC 764 as RFC 1350 asks: LF becomes CR LF and a bare CR becomes CR NUL.
 */

export const MAX_FILENAME_BYTES = 255;

export type FilenameCheck = { ok: true; path: string } | { ok: false; reason: string };

/**
 * Returns the path to hand to the file lookup, or why the name is refused. One leading '/' is
 * dropped because many phones send absolute-looking names; anything else that could escape a
 * directory ('..' segments, '//', backslashes, NUL) is refused outright.
 */
export function checkFilename(filename: string): FilenameCheck {
  if (Buffer.byteLength(filename, 'utf8') > MAX_FILENAME_BYTES) return { ok: false, reason: 'filename too long' };
  if (filename.includes('\0')) return { ok: false, reason: 'NUL in filename' };
  if (filename.includes('\\')) return { ok: false, reason: 'backslash in filename' };
  const path = filename.startsWith('/') ? filename.slice(1) : filename;
  if (!path) return { ok: false, reason: 'empty filename' };
  if (path.startsWith('/') || path.includes('//')) return { ok: false, reason: 'absolute path' };
  if (path.split('/').includes('..')) return { ok: false, reason: "'..' segment" };
  return { ok: true, path };
}

export type TransferMode = 'octet' | 'netascii';

/** Mode names are case-insensitive; 'binary'/'ascii' are client UI names, never on the wire. */
export function parseMode(mode: string): TransferMode | null {
  const lower = mode.toLowerCase();
  return lower === 'octet' || lower === 'netascii' ? lower : null;
}

const CR = 0x0d;
const LF = 0x0a;

/** Encodes a body for a netascii transfer; returns the same buffer when it has no CR or LF. */
export function toNetascii(body: Buffer): Buffer {
  let extra = 0;
  for (const byte of body) if (byte === CR || byte === LF) extra++;
  if (extra === 0) return body;
  const out = Buffer.alloc(body.length + extra);
  let pos = 0;
  for (const byte of body) {
    if (byte === LF) {
      out[pos++] = CR;
      out[pos++] = LF;
    } else if (byte === CR) {
      out[pos++] = CR;
      out[pos++] = 0;
    } else {
      out[pos++] = byte;
    }
  }
  return out;
}
