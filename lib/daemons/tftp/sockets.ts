/**
 * Small UDP helpers for the TFTP server: binding with a rejectable promise, closing idempotently,
 * and sizing blocks to what one datagram on this socket can carry (RFC 2348 lets the server
 * answer a smaller blksize than asked).
 */
import dgram from 'node:dgram';
import { isIPv6 } from 'node:net';
import { MAX_BLKSIZE, MIN_BLKSIZE } from './options';

/** Room for the UDP/IP headers some kernels count against the send buffer. */
const SEND_BUFFER_HEADROOM = 64;

export const socketTypeFor = (host: string): dgram.SocketType => (isIPv6(host) ? 'udp6' : 'udp4');

/**
 * Binds a new socket. Rejects with the bind error (EACCES, EADDRINUSE …), or if the socket is
 * closed before the bind completes, so a caller is never left waiting.
 */
export function bindUdp(type: dgram.SocketType, port: number, host: string, onCreate?: (socket: dgram.Socket) => void) {
  return new Promise<dgram.Socket>((resolve, reject) => {
    const socket = dgram.createSocket({ type });
    onCreate?.(socket);
    const fail = (err: Error) => {
      socket.removeListener('close', onClose);
      closeUdp(socket);
      reject(err);
    };
    const onClose = () => {
      socket.removeListener('error', fail);
      reject(new Error('socket closed before bind completed'));
    };
    socket.once('error', fail);
    socket.once('close', onClose);
    socket.bind(port, host, () => {
      socket.removeListener('error', fail);
      socket.removeListener('close', onClose);
      resolve(socket);
    });
  });
}

/** Closes a socket and resolves once it is closed; safe to call on an already closed socket. */
export function closeUdp(socket: dgram.Socket): Promise<void> {
  return new Promise((resolve) => {
    try {
      socket.close(() => resolve());
    } catch {
      resolve();
    }
  });
}

/** Largest blksize this socket can send in one datagram, raising the send buffer if allowed. */
export function maxBlksizeFor(socket: dgram.Socket): number {
  const needed = MAX_BLKSIZE + 4 + SEND_BUFFER_HEADROOM;
  try {
    if (socket.getSendBufferSize() < needed) socket.setSendBufferSize(needed);
  } catch {
    // Not permitted (or not supported): settle for whatever the current buffer allows.
  }
  try {
    const size = socket.getSendBufferSize() - 4 - SEND_BUFFER_HEADROOM;
    return Math.max(MIN_BLKSIZE, Math.min(MAX_BLKSIZE, size));
  } catch {
    return MAX_BLKSIZE;
  }
}
