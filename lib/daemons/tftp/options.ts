/**
 * TFTP option negotiation for read requests: RFC 2347 (framework), RFC 2348 (blksize) and
 * RFC 2349 (timeout, tsize). Unknown or out-of-range options are left out of the OACK, which
 * RFC 2347 defines as "not accepted"; if nothing is accepted no OACK is sent at all.
 */
import type { TftpOptions } from './packets';

export const DEFAULT_BLKSIZE = 512;
export const MIN_BLKSIZE = 8;
export const MAX_BLKSIZE = 65464;
const MIN_TIMEOUT_S = 1;
/**
 * RFC 2349 allows up to 255 s, but a transfer that waits that long holds a socket for ~25 minutes
 * (issue 12, finding 1). Larger requests are not accepted (left out of the OACK): the server default applies.
 */
export const MAX_ACCEPTED_TIMEOUT_S = 10;

export type Negotiated = {
  blksize: number;
  /** Retransmission timeout agreed with the client, or null to use the server default. */
  timeoutMs: number | null;
  /** Options to echo in an OACK, or null when the transfer starts straight with DATA 1. */
  oack: TftpOptions | null;
};

const parseUnsigned = (value: string): number | null => (/^\d{1,15}$/.test(value.trim()) ? Number(value.trim()) : null);

/**
 * Decides what to accept from a read request's options. `size` is the number of bytes that will
 * be sent (after any netascii conversion); `maxBlksize` caps blksize to what the socket can send.
 */
export function negotiateOptions(requested: TftpOptions, size: number, maxBlksize = MAX_BLKSIZE): Negotiated {
  const oack: TftpOptions = {};
  let blksize = DEFAULT_BLKSIZE;
  let timeoutMs: number | null = null;

  const wantedBlksize = 'blksize' in requested ? parseUnsigned(requested.blksize) : null;
  if (wantedBlksize !== null && wantedBlksize >= MIN_BLKSIZE) {
    blksize = Math.max(MIN_BLKSIZE, Math.min(wantedBlksize, MAX_BLKSIZE, maxBlksize));
    oack.blksize = String(blksize);
  }

  const wantedTimeout = 'timeout' in requested ? parseUnsigned(requested.timeout) : null;
  if (wantedTimeout !== null && wantedTimeout >= MIN_TIMEOUT_S && wantedTimeout <= MAX_ACCEPTED_TIMEOUT_S) {
    timeoutMs = wantedTimeout * 1000;
    oack.timeout = String(wantedTimeout);
  }

  // RFC 2349: on a read request the client sends 0 and the server answers with the real size.
  if ('tsize' in requested && parseUnsigned(requested.tsize) !== null) oack.tsize = String(size);

  return { blksize, timeoutMs, oack: Object.keys(oack).length > 0 ? oack : null };
}
