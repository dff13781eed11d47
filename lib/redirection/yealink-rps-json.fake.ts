/**
 * Loopback fake of Yealink's RPS JSON open API, for unit tests and Playwright alike (so no test
 * framework imports): a real node:http server on 127.0.0.1 that checks the `X-Ca-*` signature
 * exactly, keeps servers and devices in memory, and can be made to fail on demand.
 * Contract: ../shared/domain/redirection-servers.md §6 (general rules) and §6.4; the message keys
 * it answers beyond `accesskey.id.invalid` and `device.mac.existed` are our choice (§2.2, §7).
 */
import type { IncomingHttpHeaders } from 'node:http';
import { normaliseMac } from '../mac';
import { jsonReply, startFakeHttpServer, type FakeFailure, type FakeHttpControls, type JsonReply } from './fake-http';
import { verifyYealinkSignature } from './yealink-signature';

/** The seed of §6.4, exported so tests and e2e fixtures do not repeat the literals. */
export const YEALINK_RPS_FAKE_SEED = {
  accessKey: 'test-key',
  secret: 'test-secret',
  server: { id: 'srv1', serverName: 'kpbx-test', url: 'https://pbx.test/provisioning/' },
  foreignMac: '001565000001',
} as const;

export type YealinkRpsFakeFailure = FakeFailure;
/** A request as it arrived (failure modes included); `headers` uses Node's lower-case names. */
export type YealinkRpsFakeCall = { method: string; path: string; query: Record<string, string>; headers: IncomingHttpHeaders; body: string };
export type YealinkRpsFakeServer = { id: string; serverName: string; url: string };
export type YealinkRpsFakeDevice = { id: string; mac: string; serverId: string | null; uniqueServerUrl: string | null };

export type YealinkRpsJsonFakeOptions = {
  accessKey?: string;
  secret?: string;
  servers?: YealinkRpsFakeServer[];
  foreignMacs?: string[];
  /** The real status of an authentication refusal is unconfirmed: 401 by default, or 200 with `ret: -1`. */
  authFailureStatus?: 401 | 200;
  /** The largest page the fake returns whatever `limit` asks, to exercise paging. */
  pageSizeCap?: number;
  /** The fake's clock, for the ±15 min timestamp window. */
  now?: () => number;
};

export type YealinkRpsJsonFake = FakeHttpControls<YealinkRpsFakeCall> & {
  baseUrl: string;
  calls: YealinkRpsFakeCall[];
  /** This account's devices, keyed by 12 lower-case hex digits. */
  devices: Map<string, YealinkRpsFakeDevice>;
  /** Servers defined "in the vendor portal". */
  servers: YealinkRpsFakeServer[];
};

const TIMESTAMP_WINDOW_MS = 15 * 60 * 1000;
const API = '/api/open/v1';

type Reply = JsonReply;
type Body = Record<string, unknown>;

const normalMac = (mac: unknown) =>
  String(mac)
    .toLowerCase()
    .replace(/[^0-9a-f]/g, '');
const isMac = (mac: unknown) => typeof mac === 'string' && normaliseMac(mac) !== null;
const ok = (data: unknown, ret = 1): Reply => ({ status: 200, body: { ret, data, error: null } });
const refuse = (msg: string, status = 200, errorCode = 400): Reply => ({ status, body: { ret: -1, data: null, error: { msg, errorCode, fieldErrors: [] } } });

const CONTENT_TYPE = 'application/json;charset=UTF-8';
const BUSY = { ret: -1, data: null, error: { msg: 'service.busy', errorCode: 500, fieldErrors: [] } };

/**
 * Starts the fake on a random loopback port. `devices` holds our account's phones by plain MAC;
 * `setFailure('down')` stops listening until another mode or `restart()` brings it back.
 */
export async function startYealinkRpsJsonFake(options: YealinkRpsJsonFakeOptions = {}): Promise<YealinkRpsJsonFake> {
  const accessKey = options.accessKey ?? YEALINK_RPS_FAKE_SEED.accessKey;
  const secret = options.secret ?? YEALINK_RPS_FAKE_SEED.secret;
  const servers = (options.servers ?? [YEALINK_RPS_FAKE_SEED.server]).map((s) => ({ ...s }));
  const foreign = new Set((options.foreignMacs ?? [YEALINK_RPS_FAKE_SEED.foreignMac]).map(normalMac));
  const authStatus = options.authFailureStatus ?? 401;
  const now = options.now ?? Date.now;
  const devices = new Map<string, YealinkRpsFakeDevice>();
  const nonces = new Set<string>();
  let nextId = 1;

  const authRefusal = (msg: string) => refuse(msg, authStatus, 401);

  function authenticate(call: YealinkRpsFakeCall, raw: Buffer): Reply | null {
    if (call.headers['x-ca-key'] !== accessKey) return authRefusal('accesskey.id.invalid');
    const problem = verifyYealinkSignature({ method: call.method, path: call.path, query: call.query, body: raw }, call.headers, secret);
    if (problem === 'content_md5') return authRefusal('Content.MD5.invalid');
    if (problem) return authRefusal('signature.invalid');
    const timestamp = Number(call.headers['x-ca-timestamp']);
    if (!Number.isFinite(timestamp) || Math.abs(now() - timestamp) > TIMESTAMP_WINDOW_MS) return authRefusal('timestamp.expired');
    const nonce = String(call.headers['x-ca-nonce']);
    if (nonces.has(nonce)) return authRefusal('nonce.used');
    nonces.add(nonce);
    return null;
  }

  function page<T>(items: T[], body: Body): Reply {
    const skip = Math.max(0, Number(body.skip) || 0);
    const limit = Math.min(Math.max(1, Number(body.limit) || 20), options.pageSizeCap ?? 100);
    return ok({ data: items.slice(skip, skip + limit), total: items.length, skip, limit });
  }

  const view = (d: YealinkRpsFakeDevice) => {
    const server = servers.find((s) => s.id === d.serverId);
    return { ...d, serverName: server?.serverName ?? null, serverUrl: server?.url ?? null };
  };

  const routes: Record<string, (body: Body, query: Record<string, string>) => Reply> = {
    'POST server/list': (body) => {
      const key = String(body.key ?? '').toLowerCase();
      return page(
        servers.filter((s) => s.serverName.toLowerCase().includes(key)),
        body,
      );
    },
    'GET server/checkServerName': (_, query) => ok(servers.some((s) => s.serverName === query.serverName)),
    'POST device/add': (body) => {
      const macs = Array.isArray(body.macs) ? body.macs : [];
      if (macs.length === 0 || !macs.every(isMac)) return refuse('device.mac.invalid');
      const serverId = body.serverId == null ? null : String(body.serverId);
      if (serverId !== null && !servers.some((s) => s.id === serverId)) return refuse('server.not.found');
      if (macs.some((m) => foreign.has(normalMac(m)))) return refuse('device.added.by.other.enterprise');
      if (macs.some((m) => devices.has(normalMac(m)))) return refuse('device.mac.existed');
      const uniqueServerUrl = typeof body.uniqueServerUrl === 'string' ? body.uniqueServerUrl : null;
      const added = macs.map((m) => ({ id: `dev-${nextId++}`, mac: normalMac(m), serverId, uniqueServerUrl }));
      for (const d of added) devices.set(d.mac, d);
      return ok(added.map(view));
    },
    'POST device/list': (body) => {
      const key = normalMac(body.key ?? '');
      return page([...devices.values()].filter((d) => d.mac.includes(key)).map(view), body);
    },
    'POST device/edit': (body) => {
      const device = [...devices.values()].find((d) => d.id === body.id);
      if (!device) return refuse('device.not.found');
      if (body.serverId !== undefined && !servers.some((s) => s.id === body.serverId)) return refuse('server.not.found');
      if (body.serverId !== undefined) device.serverId = String(body.serverId);
      if (body.uniqueServerUrl !== undefined) device.uniqueServerUrl = body.uniqueServerUrl ? String(body.uniqueServerUrl) : null;
      return ok(view(device));
    },
    'POST device/delete': (body) => {
      const ids = new Set(Array.isArray(body.ids) ? body.ids : []);
      for (const [mac, d] of devices) if (ids.has(d.id)) devices.delete(mac);
      return ok(null, 0);
    },
    'GET device/checkMac': (_, query) => ok({ existed: devices.has(normalMac(query.mac)) || foreign.has(normalMac(query.mac)) }),
  };

  function handle(call: YealinkRpsFakeCall, raw: Buffer): Reply {
    const route = call.path.startsWith(`${API}/`) ? routes[`${call.method} ${call.path.slice(API.length + 1)}`] : undefined;
    if (!route) return { status: 404, body: { ret: -1, data: null, error: { msg: 'not.found', errorCode: 404, fieldErrors: [] } } };
    const refused = authenticate(call, raw);
    if (refused) return refused;
    let body: Body = {};
    try {
      body = raw.length > 0 ? (JSON.parse(call.body) as Body) : {};
    } catch {
      return refuse('request.body.invalid', 400);
    }
    return route(body, call.query);
  }

  const { origin, controls } = await startFakeHttpServer<YealinkRpsFakeCall>({
    intake({ method, url, headers, body: raw }) {
      const call = { method, path: url.pathname, query: Object.fromEntries(url.searchParams), headers, body: raw.toString('utf8') };
      return { call, answer: () => jsonReply(handle(call, raw), CONTENT_TYPE) };
    },
    failureReply: (status) => jsonReply({ status, body: BUSY }, CONTENT_TYPE),
    crashReply: (error) => jsonReply({ status: 500, body: { fakeError: String(error) } }, CONTENT_TYPE),
  });
  return { baseUrl: origin, ...controls, devices, servers };
}
