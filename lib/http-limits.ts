/**
 * What one sender can hold of the web listeners (issue 12, finding 2): connections are capped in total and
 * per source address, and a connection that does not deliver a complete request soon is closed, so silent
 * sockets cannot use up the process's file descriptors (which TFTP, SIP PnP and SQLite need too).
 */
import fs from 'node:fs';
import type http from 'node:http';
import type net from 'node:net';
import type { Env } from '@/lib/env';
import { log } from '@/lib/logger';

export type HttpLimits = {
  /** Open connections at once, HTTP and HTTPS together. */
  maxConnections: number;
  maxConnectionsPerAddress: number;
  /** From accept (after the TLS handshake on HTTPS) to complete headers; a silent socket is closed then. Also the handshake's limit. */
  headersTimeoutMs: number;
  requestTimeoutMs: number;
  keepAliveTimeoutMs: number;
};

export type DescriptorLimit = { soft: number; hard: number };

/** Descriptors kept for everything but HTTP connections: TFTP transfers (512 at most), SIP PnP, SQLite, files being read. */
const DESCRIPTOR_RESERVE = 1024;
const MIN_CONNECTIONS = 64;
/** Without a known descriptor limit (not Linux). */
const FALLBACK_MAX_CONNECTIONS = 10_000;
/** How often Node looks for connections past their header or request deadline. */
const CHECK_INTERVAL_MS = 500;
const REFUSAL_LOG_INTERVAL_MS = 60_000;
const LOW_DESCRIPTOR_LIMIT = 8192;

/** The process's open-file limit from /proc/self/limits (Linux), or null. Node raises the soft limit to the hard one at start. */
export function descriptorLimit(limitsFile = '/proc/self/limits'): DescriptorLimit | null {
  try {
    const line = fs
      .readFileSync(limitsFile, 'utf8')
      .split('\n')
      .find((l) => l.startsWith('Max open files'));
    const [soft, hard] = (line?.slice('Max open files'.length).trim().split(/\s+/) ?? []).map((v) => (v === 'unlimited' ? Infinity : Number(v)));
    return Number.isFinite(soft) ? { soft, hard: hard ?? soft } : null;
  } catch {
    return null;
  }
}

/**
 * The limits from the settings. The total cap, unless set, leaves DESCRIPTOR_RESERVE of the descriptor limit to the rest;
 * the per-address cap is at most a quarter of the total.
 */
export function httpLimits(settings: Env, descriptors: DescriptorLimit | null = descriptorLimit()): HttpLimits {
  const auto = descriptors ? Math.max(MIN_CONNECTIONS, descriptors.soft - DESCRIPTOR_RESERVE) : FALLBACK_MAX_CONNECTIONS;
  const maxConnections = settings.HTTP_MAX_CONNECTIONS ?? auto;
  return {
    maxConnections,
    // One address never fills the whole: others (a monitor, the admin) still get in.
    maxConnectionsPerAddress: Math.min(settings.HTTP_MAX_CONNECTIONS_PER_ADDRESS, Math.max(1, Math.floor(maxConnections / 4))),
    headersTimeoutMs: settings.HTTP_HEADERS_TIMEOUT_MS,
    requestTimeoutMs: settings.HTTP_REQUEST_TIMEOUT_MS,
    keepAliveTimeoutMs: settings.HTTP_KEEP_ALIVE_TIMEOUT_MS,
  };
}

/** One line at start: the descriptor limit and the caps drawn from it; a warning when the limit is low. */
export function logConnectionLimits(limits: HttpLimits, descriptors: DescriptorLimit | null = descriptorLimit()) {
  const fields = {
    openFileLimit: descriptors?.soft ?? 'unknown',
    maxConnections: limits.maxConnections,
    maxConnectionsPerAddress: limits.maxConnectionsPerAddress,
  };
  // Node has already raised its soft limit to the hard one: only the service manager can raise it further.
  if (descriptors && descriptors.soft < LOW_DESCRIPTOR_LIMIT)
    log.warn('Low open-file limit: raise LimitNOFILE or ulimit -n (README, "Connection limits")', fields);
  else log.info('HTTP connection limits', fields);
}

/** Options for http.createServer / https.createServer. Node starts the headers clock when the socket is accepted, so it also closes silent sockets. */
export function serverOptions(limits: HttpLimits): http.ServerOptions & { handshakeTimeout: number } {
  return {
    headersTimeout: limits.headersTimeoutMs,
    requestTimeout: limits.requestTimeoutMs,
    keepAliveTimeout: limits.keepAliveTimeoutMs,
    connectionsCheckingInterval: CHECK_INTERVAL_MS,
    handshakeTimeout: limits.headersTimeoutMs,
  };
}

const MAPPED_IPV4 = '::ffff:';
/** An IPv4 peer of a dual-stack socket, as IPv4 (`::ffff:10.0.0.5` → `10.0.0.5`); any other address unchanged. */
export const unmappedAddress = (address: string | undefined) => (address?.startsWith(MAPPED_IPV4) ? address.slice(MAPPED_IPV4.length) : address);

/** The address a guarded socket was counted under, for its release. */
const countedAs = Symbol('provisio.countedAs');
type GuardedSocket = net.Socket & { [countedAs]?: string };

/**
 * Counts the open connections of the servers it guards, together and per source address, and closes a new
 * socket over either cap at once (before TLS or HTTP see a byte). Refusals are logged at most once a minute.
 */
export function connectionGuard(limits: HttpLimits) {
  const perAddress = new Map<string, number>();
  let open = 0;
  let refused = { total: 0, perAddress: 0 };
  let lastLog = 0;

  const refuse = (socket: net.Socket, cap: 'total' | 'perAddress') => {
    socket.destroy();
    refused[cap]++;
    const now = Date.now();
    if (now - lastLog < REFUSAL_LOG_INTERVAL_MS) return;
    log.warn('HTTP connections refused over the caps (HTTP_MAX_CONNECTIONS, HTTP_MAX_CONNECTIONS_PER_ADDRESS)', {
      ...refused,
      since: lastLog ? new Date(lastLog).toISOString() : 'start',
    });
    lastLog = now;
    refused = { total: 0, perAddress: 0 };
  };

  // One listener for every socket, not a closure each: a connection per request is the phones' usual pattern.
  function release(this: GuardedSocket) {
    const address = this[countedAs]!;
    open--;
    const left = (perAddress.get(address) ?? 1) - 1;
    if (left > 0) perAddress.set(address, left);
    else perAddress.delete(address);
  }

  const admit = (socket: GuardedSocket) => {
    const address = unmappedAddress(socket.remoteAddress);
    if (!address) return socket.destroy();
    if (open >= limits.maxConnections) return refuse(socket, 'total');
    const held = perAddress.get(address) ?? 0;
    if (held >= limits.maxConnectionsPerAddress) return refuse(socket, 'perAddress');
    open++;
    perAddress.set(address, held + 1);
    socket[countedAs] = address;
    socket.on('close', release);
  };

  return {
    watch(server: net.Server) {
      server.on('connection', admit);
    },
    openConnections: () => open,
  };
}
