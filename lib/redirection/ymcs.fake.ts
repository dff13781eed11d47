/**
 * Loopback fake of the YMCS v2 RPS API, for unit tests and Playwright alike (so no test framework
 * imports): a real node:http server on 127.0.0.1 with OAuth 2 client credentials, tokens the
 * test can expire at will, servers and devices in memory, and failure modes on demand.
 * Contract: ../shared/domain/redirection-servers.md §6 (general rules) and §6.5; the `errorInfo`
 * and delete-error texts are our choice, since §2.3 names only the codes.
 */
import type { IncomingHttpHeaders } from 'node:http';
import { normaliseMac } from '../mac';
import { jsonReply, startFakeHttpServer, type FakeFailure, type FakeHttpControls, type JsonReply } from './fake-http';

/** The seed of §6.5, exported so tests and e2e fixtures do not repeat the literals. */
export const YMCS_FAKE_SEED = {
  clientId: 'cid-test',
  clientSecret: 'csecret-test',
  server: { id: 'srv1', serverName: 'kpbx-test', url: 'https://pbx.test/provisioning/' },
  foreignMac: '001565000001',
} as const;

export type YmcsFakeFailure = FakeFailure;
/** A request as it arrived (failure modes included); `headers` uses Node's lower-case names. */
export type YmcsFakeCall = { method: string; path: string; headers: IncomingHttpHeaders; body: string };
export type YmcsFakeServer = { id: string; serverName: string; url: string };
export type YmcsFakeDevice = { id: string; mac: string; sn: string | null; serverId: string | null; uniqueServerUrl: string | null };

export type YmcsFakeOptions = {
  clientId?: string;
  clientSecret?: string;
  servers?: YmcsFakeServer[];
  foreignMacs?: string[];
  /** `expires_in` of the tokens it issues (default 3600). */
  tokenTtlSeconds?: number;
  /** The largest page the fake returns whatever `limit` asks, to exercise paging. */
  pageSizeCap?: number;
  /** The fake's clock, for token expiry. */
  now?: () => number;
};

export type YmcsFake = FakeHttpControls<YmcsFakeCall> & {
  baseUrl: string;
  calls: YmcsFakeCall[];
  /** This account's devices, keyed by 12 lower-case hex digits. */
  devices: Map<string, YmcsFakeDevice>;
  /** Servers defined "in the YMCS portal". */
  servers: YmcsFakeServer[];
  /** Revokes every token issued so far: the next call with one gets 401 `900401`. */
  expireTokens(): void;
};

type Reply = JsonReply;
type Body = Record<string, unknown>;

const json = (status: number, body: unknown): Reply => ({ status, body });
const fail = (status: number, code: string, message: string): Reply => json(status, { code, requestId: 'req-fake', message, details: [] });

/** Starts the fake on a random loopback port; see YmcsFake. */
export async function startYmcsFake(options: YmcsFakeOptions = {}): Promise<YmcsFake> {
  const basic = `Basic ${Buffer.from(`${options.clientId ?? YMCS_FAKE_SEED.clientId}:${options.clientSecret ?? YMCS_FAKE_SEED.clientSecret}`).toString('base64')}`;
  const servers = (options.servers ?? [YMCS_FAKE_SEED.server]).map((s) => ({ ...s }));
  const foreign = new Set((options.foreignMacs ?? [YMCS_FAKE_SEED.foreignMac]).map((m) => normaliseMac(m) ?? m));
  const ttlSeconds = options.tokenTtlSeconds ?? 3600;
  const now = options.now ?? Date.now;
  const devices = new Map<string, YmcsFakeDevice>();
  const tokens = new Map<string, number>(); // token → expiry (ms)
  let issued = 0;
  let nextId = 1;

  function page<T>(items: T[], body: Body): Reply {
    const skip = Math.max(0, Number(body.skip) || 0);
    const limit = Math.min(Math.max(1, Number(body.limit) || 50), options.pageSizeCap ?? 100);
    return json(200, { skip, limit, total: items.length, data: items.slice(skip, skip + limit) });
  }

  const view = (d: YmcsFakeDevice) => {
    const server = servers.find((s) => s.id === d.serverId);
    return { ...d, serverName: server?.serverName ?? null, serverUrl: server?.url ?? null, ipAddress: null, remark: null };
  };

  /** Why `mac` cannot be added for `serverId`, as an `errorInfo` text; null when it can. */
  function addRefusal(rawMac: unknown, serverId: unknown): string | null {
    const mac = typeof rawMac === 'string' ? normaliseMac(rawMac) : null;
    if (!mac) return '800001: invalid MAC address';
    if (serverId != null && !servers.some((s) => s.id === serverId)) return '800007: invalid parameters (serverId)';
    if (foreign.has(mac)) return '800004: device already managed by another organization';
    if (devices.has(mac)) return '800003: resource already exists';
    return null;
  }

  function add(rawMac: string, body: Body): YmcsFakeDevice {
    const device = {
      id: `dev-${nextId++}`,
      mac: normaliseMac(rawMac)!,
      sn: typeof body.sn === 'string' ? body.sn : null,
      serverId: body.serverId == null ? null : String(body.serverId),
      uniqueServerUrl: typeof body.uniqueServerUrl === 'string' ? body.uniqueServerUrl : null,
    };
    devices.set(device.mac, device);
    return device;
  }

  const routes: Record<string, (body: Body) => Reply> = {
    'POST /v2/rps/listServers': (body) => page(servers, body),
    'POST /v2/rps/listDevices': (body) => {
      const filter = normaliseMac(String((body.filter as Body | undefined)?.mac ?? '')) ?? '';
      return page([...devices.values()].filter((d) => d.mac.includes(filter)).map(view), body);
    },
    'POST /v2/rps/addDevicesByMac': (body) => {
      if (!Array.isArray(body)) return fail(400, '800007', 'Invalid parameters: expected an array');
      if (body.length > 100) return fail(400, '800006', 'Batch too large');
      const errors = [];
      for (const item of body as Body[]) {
        const refusal = addRefusal(item.mac, item.serverId);
        if (refusal) errors.push({ mac: String(item.mac), sn: '', errorInfo: refusal });
        else add(String(item.mac), item);
      }
      return json(200, { total: body.length, successCount: body.length - errors.length, failureCount: errors.length, errors });
    },
    'POST /v2/rps/devices': (body) => {
      if (typeof body.sn !== 'string' || !body.sn) return fail(400, '800002', 'Invalid SN');
      const refusal = addRefusal(body.mac, body.serverId);
      if (refusal) return fail(refusal.startsWith('800003') ? 409 : 400, refusal.slice(0, 6), refusal.slice(8));
      return json(201, add(String(body.mac), body));
    },
    'POST /v2/rps/delDevices': (body) => {
      const ids = Array.isArray(body.deviceIds) ? body.deviceIds.map(String) : [];
      const errors = [];
      for (const id of ids) {
        const device = body.deviceIdType === 'id' ? [...devices.values()].find((d) => d.id === id) : devices.get(normaliseMac(id) ?? id);
        if (device) devices.delete(device.mac);
        else errors.push({ field: id, msg: '900404: device not found' });
      }
      return json(200, { total: ids.length, successCount: ids.length - errors.length, failureCount: errors.length, errors });
    },
  };

  function issueToken(call: YmcsFakeCall): Reply {
    if (call.headers.authorization !== basic) return json(401, { error: 'invalid_client' });
    if ((JSON.parse(call.body || '{}') as Body).grant_type !== 'client_credentials') return json(400, { error: 'unsupported_grant_type' });
    const token = `tok-${++issued}`;
    tokens.set(token, now() + ttlSeconds * 1000);
    return json(200, { access_token: token, token_type: 'bearer', expires_in: ttlSeconds });
  }

  function handle(call: YmcsFakeCall): Reply {
    const route = routes[`${call.method} ${call.path}`];
    const isToken = call.method === 'POST' && call.path === '/v2/token';
    if (!route && !isToken) return fail(404, '900404', 'Not found');
    if (!call.headers.timestamp || !call.headers.nonce) return fail(400, '900400', 'Missing timestamp or nonce header');
    try {
      if (isToken) return issueToken(call);
      const expiry = tokens.get(call.headers.authorization?.replace(/^Bearer /, '') ?? '');
      if (expiry === undefined || expiry <= now()) return fail(401, '900401', 'Not logged in or session expired');
      return route(JSON.parse(call.body || '{}') as Body);
    } catch (error) {
      if (error instanceof SyntaxError) return fail(400, '900400', 'Bad request: body is not JSON');
      throw error;
    }
  }

  const { origin, controls } = await startFakeHttpServer<YmcsFakeCall>({
    intake({ method, url, headers, body }) {
      const call = { method, path: url.pathname, headers, body: body.toString('utf8') };
      return { call, answer: () => jsonReply(handle(call)) };
    },
    failureReply: (status) => jsonReply(status === 500 ? fail(500, '900500', 'Service busy') : fail(429, '900429', 'Too many requests')),
    crashReply: (error) => jsonReply(json(500, { fakeError: String(error) })),
  });
  return { baseUrl: origin, ...controls, devices, servers, expireTokens: () => tokens.clear() };
}
