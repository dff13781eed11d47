/**
 * Read-only TFTP server for phones that fetch their configuration over TFTP: RFC 1350 with option
 * negotiation per RFC 2347 (OACK), RFC 2348 (blksize) and RFC 2349 (timeout, tsize). Write
 * requests are refused. Each read runs on its own ephemeral socket (a new TID, RFC 1350 §4).
 *
 * Nothing binds until start(); stop() closes the listening socket and every transfer socket.
 * Errors answering a request (bad name, unknown file, WRQ) are sent from the listening socket,
 * which every client accepts as the reply to its request.
 */
import type { Socket } from 'node:dgram';
import { decodePacket, encodeError, ERROR_CODE, OPCODE, type TftpOptions } from './packets';
import { negotiateOptions } from './options';
import { checkFilename, parseMode, toNetascii, type TransferMode } from './request';
import { bindUdp, closeUdp, maxBlksizeFor, socketTypeFor } from './sockets';
import { startTransfer, type Peer, type Transfer } from './transfer';
import { windowLimiter } from '../flood-guard';
import { limitedLog } from '@/lib/log-limit';

export type TftpReadResult = { ok: true; body: Buffer } | { ok: false; error: 'not_found' | 'access_violation' };

export type TftpServerOptions = {
  port: number;
  /** Bind address, default '0.0.0.0'. */
  host?: string;
  /** Looks a file up; `path` is the requested name with one leading '/' removed, already vetted for traversal. */
  read: (path: string, peer: { address: string; port: number }) => TftpReadResult | Promise<TftpReadResult>;
  log?: (event: { level: 'info' | 'warn'; message: string }) => void;
  /** Retransmission timeout unless the client negotiates 'timeout'; default 1000 ms. */
  timeoutMs?: number;
  /** Retransmissions of one packet before giving up; default 5 (2 for the first packet, see transfer.ts). */
  retries?: number;
  /** Transfers at once, in all and per client address: each holds a socket (a file descriptor). */
  maxTransfers?: number;
  maxTransfersPerAddress?: number;
  /** Read requests one address may make per 10 s; more are dropped unanswered. */
  requestsPerAddressPer10s?: number;
};

export type TftpServer = { start(): Promise<{ port: number }>; stop(): Promise<void>; activeTransfers(): number };

const DEFAULT_TIMEOUT_MS = 1000;
const DEFAULT_RETRIES = 5;
const FIRST_PACKET_RETRIES = 2;
/**
 * Bounds for issue 12 (findings 1 and 4): a phone fetches a handful of files per boot, a site behind
 * one NAT address a few dozen phones at once; nobody needs thousands of sockets or requests.
 */
const DEFAULT_MAX_TRANSFERS = 512;
const DEFAULT_MAX_TRANSFERS_PER_ADDRESS = 16;
const DEFAULT_REQUESTS_PER_ADDRESS_PER_10S = 100;

/** State of one start()…stop() cycle, so late async work from a stopped run cannot leak into the next. */
type Run = {
  socket: Socket;
  port: number;
  isStopped: boolean;
  transfers: Map<string, { transfer: Transfer; path: string; socket: Socket }>;
  /** Peers whose request is between RRQ and the first packet of its transfer. */
  pending: Set<string>;
  /** Every transfer socket, from creation until it has closed. */
  sockets: Set<Socket>;
};

const peerKey = (peer: Peer) => `${peer.address}:${peer.port}`;

/**
 * Creates a TFTP server. `start()` binds (port 0 picks an ephemeral port) and resolves with the
 * bound port, or rejects with the socket error so the caller can fall back; it is idempotent.
 */
export function createTftpServer(opts: TftpServerOptions): TftpServer {
  const host = opts.host ?? '0.0.0.0';
  const socketType = socketTypeFor(host);
  // Every line here can be provoked by an unauthenticated packet: kept to a few per kind and interval.
  const log = limitedLog((e) => opts.log?.({ level: e.level, message: `tftp: ${e.message}` }));
  let starting: Promise<Run> | null = null;
  let run: Run | null = null;
  const maxTransfers = opts.maxTransfers ?? DEFAULT_MAX_TRANSFERS;
  const maxPerAddress = opts.maxTransfersPerAddress ?? DEFAULT_MAX_TRANSFERS_PER_ADDRESS;
  const requests = windowLimiter(opts.requestsPerAddressPer10s ?? DEFAULT_REQUESTS_PER_ADDRESS_PER_10S, 10_000);

  /** Transfers (and requests being looked up) of one address, and of everybody. */
  function load(r: Run, address: string) {
    let ofAddress = 0;
    for (const key of [...r.transfers.keys(), ...r.pending]) if (key.startsWith(`${address}:`)) ofAddress++;
    return { ofAddress, total: r.transfers.size + r.pending.size };
  }

  function reply(r: Run, peer: Peer, code: number, message: string) {
    if (!r.isStopped) r.socket.send(encodeError(code, message), peer.port, peer.address, () => {});
  }

  async function onPacket(r: Run, msg: Buffer, peer: Peer) {
    const decoded = decodePacket(msg);
    if (!decoded.ok) {
      log('malformed packet', 'warn', `ignored malformed packet from ${peerKey(peer)}: ${decoded.reason}`);
      // Never answer an ERROR (RFC 1350 §7), nor a packet too short to be TFTP at all.
      if (msg.length >= 2 && msg.readUInt16BE(0) !== OPCODE.ERROR) reply(r, peer, ERROR_CODE.ILLEGAL_OPERATION, 'Malformed packet');
      return;
    }
    const packet = decoded.packet;
    if (packet.op === 'wrq') {
      log('write refused', 'info', `refused write of ${JSON.stringify(packet.filename)} from ${peerKey(peer)}`);
      reply(r, peer, ERROR_CODE.ACCESS_VIOLATION, 'Read-only server');
      return;
    }
    if (packet.op !== 'rrq') {
      if (packet.op !== 'error') reply(r, peer, ERROR_CODE.ILLEGAL_OPERATION, 'Illegal TFTP operation');
      return;
    }
    const mode = parseMode(packet.mode);
    if (!mode) {
      reply(r, peer, ERROR_CODE.ILLEGAL_OPERATION, 'Unsupported transfer mode');
      return;
    }
    const name = checkFilename(packet.filename);
    if (!name.ok) {
      log('name refused', 'warn', `refused ${JSON.stringify(packet.filename)} from ${peerKey(peer)}: ${name.reason}`);
      reply(r, peer, ERROR_CODE.ACCESS_VIOLATION, 'Access violation');
      return;
    }

    // A retransmitted RRQ must not start a second transfer; a new request from the same port does.
    const key = peerKey(peer);
    if (r.pending.has(key)) return;
    const existing = r.transfers.get(key);
    if (existing && existing.path === name.path && !existing.transfer.hasProgressed()) return;
    existing?.transfer.abort('client sent a new request from the same port');

    const count = requests.take(peer.address);
    if (count > requests.limit) {
      if (count === requests.limit + 1) log('too many requests', 'warn', `${peer.address} sends too many requests; dropping them for a while`);
      return;
    }
    const { ofAddress, total } = load(r, peer.address);
    if (ofAddress >= maxPerAddress || total >= maxTransfers) {
      log('busy', 'warn', `busy (${total} transfers, ${ofAddress} for ${peer.address}): refused ${JSON.stringify(name.path)} for ${key}`);
      reply(r, peer, ERROR_CODE.NOT_DEFINED, 'Server busy, try again later');
      return;
    }

    r.pending.add(key);
    try {
      await serve(r, peer, key, name.path, mode, packet.options);
    } finally {
      r.pending.delete(key);
    }
  }

  async function serve(r: Run, peer: Peer, key: string, path: string, mode: TransferMode, options: TftpOptions) {
    let result: TftpReadResult;
    try {
      result = await opts.read(path, { ...peer });
      if (result.ok && !Buffer.isBuffer(result.body)) throw new Error('read() returned a body that is not a Buffer');
    } catch (err) {
      log('read failed', 'warn', `read(${JSON.stringify(path)}) failed for ${key}: ${err instanceof Error ? err.message : String(err)}`);
      reply(r, peer, ERROR_CODE.NOT_DEFINED, 'Internal server error');
      return;
    }
    if (!result.ok) {
      const isNotFound = result.error === 'not_found';
      const what = isNotFound ? 'not found' : 'access denied';
      log(what, 'info', `${what}: ${JSON.stringify(path)} for ${key}`);
      reply(r, peer, isNotFound ? ERROR_CODE.FILE_NOT_FOUND : ERROR_CODE.ACCESS_VIOLATION, isNotFound ? 'File not found' : 'Access violation');
      return;
    }
    if (r.isStopped) return;

    let socket: Socket;
    try {
      socket = await bindUdp(socketType, 0, host, (s) => {
        r.sockets.add(s);
        s.once('close', () => r.sockets.delete(s));
      });
    } catch (err) {
      if (r.isStopped) return;
      log('no transfer socket', 'warn', `cannot open a transfer socket for ${key}: ${err instanceof Error ? err.message : String(err)}`);
      reply(r, peer, ERROR_CODE.NOT_DEFINED, 'Internal server error');
      return;
    }
    if (r.isStopped) return void closeUdp(socket);
    socket.on('error', (err) => log('transfer socket error', 'warn', `transfer socket for ${key}: ${err.message}`));

    const body = mode === 'netascii' ? toNetascii(result.body) : result.body;
    const negotiated = negotiateOptions(options, body.length, maxBlksizeFor(socket));
    const transfer = startTransfer({
      socket,
      peer,
      body,
      blksize: negotiated.blksize,
      timeoutMs: negotiated.timeoutMs ?? opts.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      retries: opts.retries ?? DEFAULT_RETRIES,
      firstPacketRetries: FIRST_PACKET_RETRIES,
      oack: negotiated.oack,
      onEnd: (outcome, detail) => {
        if (r.transfers.get(key)?.socket === socket) r.transfers.delete(key);
        const level = outcome === 'complete' || outcome === 'aborted' ? 'info' : 'warn';
        log(`transfer ${outcome}`, level, `${outcome === 'complete' ? 'sent' : `transfer ${outcome}:`} ${JSON.stringify(path)} (${mode}) to ${key}: ${detail}`);
      },
    });
    r.transfers.set(key, { path, socket, transfer });
  }

  async function start(): Promise<{ port: number }> {
    starting ??= bindUdp(socketType, opts.port, host).then(
      (socket) => {
        const r: Run = { socket, port: socket.address().port, isStopped: false, transfers: new Map(), pending: new Set(), sockets: new Set() };
        socket.on('error', (err) => log('listening socket error', 'warn', `listening socket: ${err.message}`));
        socket.on('message', (msg, rinfo) => {
          onPacket(r, msg, { address: rinfo.address, port: rinfo.port }).catch((err: unknown) =>
            log('request failed', 'warn', `request from ${rinfo.address}:${rinfo.port} failed: ${String(err)}`),
          );
        });
        run = r;
        return r;
      },
      (err: unknown) => {
        starting = null;
        throw err;
      },
    );
    const r = await starting;
    return { port: r.port };
  }

  async function stop(): Promise<void> {
    const pendingStart = starting;
    if (!pendingStart) return;
    await pendingStart.catch(() => undefined);
    const r = run;
    starting = null;
    run = null;
    if (!r || r.isStopped) return;
    r.isStopped = true;
    // Aborted transfers close their own socket once the ERROR is out; sockets still binding close now.
    const owned = new Set([...r.transfers.values()].map((e) => e.socket));
    for (const { transfer } of [...r.transfers.values()]) transfer.abort('server stopping', 'Server shutting down');
    r.transfers.clear();
    const closing = [...r.sockets].map((s) => (owned.has(s) ? new Promise<void>((resolve) => s.once('close', () => resolve())) : closeUdp(s)));
    await Promise.all([closeUdp(r.socket), ...closing]);
  }

  return { start, stop, activeTransfers: () => run?.transfers.size ?? 0 };
}
