/**
 * Answers SIP PnP SUBSCRIBE (Event: ua-profile) with 200 OK, then a NOTIFY carrying the
 * provisioning URL. Phones multicast to 224.0.1.75:5060 (RFC 6080 event package; the de-facto
 * exchange and vendor quirks are in ../shared/domain/sip-pnp.md). UDP only (RFC 3261 §18),
 * `rport` per RFC 3581, NOTIFY retransmission per RFC 3261 §17.1.2 (see notify-transaction.ts).
 * A factory: nothing binds until `start()`, which is idempotent.
 */
import dgram from 'node:dgram';
import { quietAddresses, windowLimiter } from '../flood-guard';
import { limitedLog } from '@/lib/log-limit';
import { DEFAULT_T1_MS, startNotifyTransaction, type NotifyTransaction } from './notify-transaction';
import { buildNotify, buildSubscribeOk, existingToTag, notifyTarget, randomBranch, randomTag, responseTargets, type Local } from './pnp-messages';
import { paramValue, parseCSeq, parseVia } from './sip-headers';
import { getHeader, getHeaders, parseSipMessage, type SipRequest, type SipResponse } from './sip-message';
import { extractPnpSubscribe, type Endpoint, type PnpSubscribe } from './subscribe';

export type { PnpSubscribe } from './subscribe';

export const SIP_PNP_MULTICAST_GROUP = '224.0.1.75';

export type SipPnpOptions = {
  /** Listen port: 5060 in production, a high port (or 0) in tests. */
  port: number;
  /** Unicast bind address, default `0.0.0.0`. */
  host?: string;
  /** Default `224.0.1.75`; an empty string disables multicast. A failure to join is logged, not fatal. */
  multicastGroup?: string;
  multicastInterface?: string;
  /** Our address for Via/Contact/From of what we send. */
  advertisedHost: string;
  /** The URL for this phone, or null to stay silent (unknown MAC with zero-touch off). */
  resolveUrl: (sub: PnpSubscribe) => string | null | Promise<string | null>;
  log?: (e: { level: 'info' | 'warn'; message: string }) => void;
  /** SIP T1 (default 500 ms); the NOTIFY is retransmitted per Timer E until Timer F (64·T1). */
  t1Ms?: number;
};

export type SipPnpResponder = {
  start(): Promise<{ port: number }>;
  stop(): Promise<void>;
  /** NOTIFY transactions still waiting for the phone's answer. */
  pendingNotifies(): number;
};

/** Bounds on per-phone state, so a flood of SUBSCRIBEs cannot grow memory without limit. */
const MAX_REMEMBERED_SUBSCRIBES = 4096;
const MAX_PENDING_NOTIFIES = 1024;
/**
 * A phone needs one NOTIFY per boot; a few more cover retries and several phones behind one NAT.
 * Beyond that a source (or a MAC) is ignored for the rest of the minute. An address that leaves a
 * NOTIFY unanswered gets single sends, no retransmissions, for ten minutes (issue 12, finding 3).
 */
const NOTIFIES_PER_SOURCE_PER_MINUTE = 6;
const NOTIFIES_PER_MAC_PER_MINUTE = 3;
const QUIET_AFTER_TIMEOUT_MS = 10 * 60_000;

type Remembered = { expiresAt: number; reply: { data: Buffer; targets: Endpoint[] } | null };

function bind(socket: dgram.Socket, port: number, address: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const onError = (err: Error) => reject(err);
    socket.once('error', onError);
    socket.bind({ port, address, exclusive: false }, () => {
      socket.off('error', onError);
      resolve();
    });
  });
}

const close = (socket: dgram.Socket | null) => new Promise<void>((resolve) => (socket ? socket.close(() => resolve()) : resolve()));

const errorText = (err: unknown) => (err instanceof Error ? err.message : String(err));

export function createSipPnpResponder(opts: SipPnpOptions): SipPnpResponder {
  const t1 = opts.t1Ms ?? DEFAULT_T1_MS;
  const host = opts.host ?? '0.0.0.0';
  const group = opts.multicastGroup ?? SIP_PNP_MULTICAST_GROUP;
  // A SUBSCRIBE costs a sender nothing: its lines are kept to a few per kind and interval.
  const log = limitedLog((e) => opts.log?.({ level: e.level, message: `SIP PnP: ${e.message}` }));
  const remembered = new Map<string, Remembered>();
  const notifies = new Map<string, NotifyTransaction>();
  const perSource = windowLimiter(NOTIFIES_PER_SOURCE_PER_MINUTE, 60_000);
  const perMac = windowLimiter(NOTIFIES_PER_MAC_PER_MINUTE, 60_000);
  const quiet = quietAddresses(QUIET_AFTER_TIMEOUT_MS);
  let socket: dgram.Socket | null = null;
  let groupSocket: dgram.Socket | null = null;
  let starting: Promise<{ port: number }> | null = null;
  let local: Local = { host: opts.advertisedHost, port: opts.port };

  const send = (data: Buffer, to: Endpoint) =>
    socket?.send(data, to.port, to.address, (err) => {
      if (err) log('send failed', 'warn', `send to ${to.address}:${to.port} failed: ${err.message}`);
    });

  function forgetExpired(now: number) {
    for (const [key, entry] of remembered) {
      if (entry.expiresAt > now && remembered.size < MAX_REMEMBERED_SUBSCRIBES) break;
      remembered.delete(key);
    }
  }

  function startNotify(req: SipRequest, source: Endpoint, url: string, toTag: string) {
    if (notifies.size >= MAX_PENDING_NOTIFIES) {
      log('too many pending NOTIFYs', 'warn', `too many pending NOTIFYs, not notifying ${source.address}`);
      return;
    }
    const branch = randomBranch();
    const { uri, target } = notifyTarget(req, source);
    const data = buildNotify(req, { url, toTag, branch, local, requestUri: uri });
    const where = `${target.address}:${target.port}`;
    if (quiet.isQuiet(target.address)) {
      send(data, target);
      return;
    }
    const tx = startNotifyTransaction({
      send: () => send(data, target),
      t1Ms: t1,
      onDone: (outcome) => {
        notifies.delete(branch);
        if (outcome.kind === 'timeout') {
          quiet.mark(target.address);
          log('NOTIFY unanswered', 'warn', `NOTIFY to ${where} unanswered after ${outcome.attempts} sends`);
        } else if (outcome.status >= 300) log('NOTIFY refused', 'warn', `NOTIFY to ${where} refused with ${outcome.status}`);
        else log('NOTIFY accepted', 'info', `${where} accepted ${url}`);
      },
    });
    notifies.set(branch, tx);
  }

  async function onSubscribe(req: SipRequest, source: Endpoint, owner: dgram.Socket) {
    const sub = extractPnpSubscribe(req, source);
    const cseq = parseCSeq(getHeader(req, 'cseq') ?? '');
    if (!sub || cseq?.method !== 'SUBSCRIBE') return;
    const key = `${getHeader(req, 'call-id')}\n${cseq.seq}`;
    const now = Date.now();
    forgetExpired(now);
    const known = remembered.get(key);
    if (known) {
      const reply = known.reply;
      if (reply) for (const target of reply.targets) send(reply.data, target);
      return;
    }
    const entry: Remembered = { expiresAt: now + 64 * t1, reply: null };
    remembered.set(key, entry);

    const who = `${source.address}:${source.port} mac=${sub.mac ?? '?'} vendor=${sub.vendor ?? '?'} model=${sub.model ?? '?'}`;
    let url: string | null;
    try {
      url = (await opts.resolveUrl(sub))?.trim() || null;
    } catch (err) {
      log('resolve failed', 'warn', `resolving ${who} failed: ${errorText(err)}`);
      url = null;
    }
    if (socket !== owner) return;
    if (!url) {
      log('no URL', 'info', `no URL for ${who}; not answering`);
      return;
    }
    const bySource = perSource.take(source.address);
    const byMac = sub.mac === null ? 0 : perMac.take(sub.mac);
    if (bySource > perSource.limit || byMac > perMac.limit) {
      // Said once per window, so a flood does not become a log flood.
      if (bySource === perSource.limit + 1 || byMac === perMac.limit + 1)
        log('over allowance', 'warn', `${who} over its NOTIFY allowance this minute; not answering`);
      return;
    }
    const toTag = existingToTag(req) ?? randomTag();
    entry.reply = { data: buildSubscribeOk(req, source, local, toTag), targets: responseTargets(req, source) };
    for (const target of entry.reply.targets) send(entry.reply.data, target);
    log('SUBSCRIBE answered', 'info', `SUBSCRIBE from ${who} → ${url}`);
    startNotify(req, source, url, toTag);
  }

  function onResponse(res: SipResponse) {
    if (parseCSeq(getHeader(res, 'cseq') ?? '')?.method !== 'NOTIFY') return;
    const via = parseVia(getHeaders(res, 'via')[0] ?? '');
    const branch = via ? paramValue(via.params, 'branch') : null;
    if (branch) notifies.get(branch)?.onResponse(res.status);
  }

  function onPacket(data: Buffer, rinfo: dgram.RemoteInfo) {
    const owner = socket;
    if (!owner) return;
    const message = parseSipMessage(data);
    if (!message) return;
    if (message.kind === 'response') onResponse(message);
    else if (message.method === 'SUBSCRIBE') void onSubscribe(message, { address: rinfo.address, port: rinfo.port }, owner);
  }

  /** With a wildcard bind the main socket sees the group; otherwise a second socket bound to it does. */
  async function joinGroup(port: number) {
    const iface = opts.multicastInterface;
    const where = `${group}${iface ? ` on ${iface}` : ''}`;
    try {
      if (host === '0.0.0.0') {
        socket?.addMembership(group, iface);
      } else {
        const extra = dgram.createSocket({ type: 'udp4', reuseAddr: true });
        extra.on('error', (err) => log('multicast socket error', 'warn', `multicast socket: ${err.message}`));
        extra.on('message', onPacket);
        groupSocket = extra;
        await bind(extra, port, group);
        extra.addMembership(group, iface);
      }
      log('joined', 'info', `joined ${where}`);
    } catch (err) {
      log('cannot join', 'warn', `cannot join ${where}: ${errorText(err)}`);
    }
  }

  async function open(): Promise<{ port: number }> {
    const main = dgram.createSocket({ type: 'udp4', reuseAddr: true });
    try {
      await bind(main, opts.port, host);
    } catch (err) {
      main.close();
      throw err;
    }
    main.on('error', (err) => log('socket error', 'warn', `socket: ${err.message}`));
    main.on('message', onPacket);
    socket = main;
    const port = main.address().port;
    local = { host: opts.advertisedHost, port };
    if (group) await joinGroup(port);
    log('listening', 'info', `listening on ${host}:${port}`);
    return { port };
  }

  return {
    start() {
      starting ??= open().catch(async (err) => {
        starting = null;
        await stopSockets();
        throw err;
      });
      return starting;
    },
    async stop() {
      const pending = starting;
      if (!pending) return;
      await pending.catch(() => undefined);
      starting = null;
      await stopSockets();
    },
    pendingNotifies: () => notifies.size,
  };

  async function stopSockets() {
    for (const tx of notifies.values()) tx.cancel();
    notifies.clear();
    remembered.clear();
    const [main, extra] = [socket, groupSocket];
    socket = null;
    groupSocket = null;
    await Promise.all([close(main), close(extra)]);
  }
}
