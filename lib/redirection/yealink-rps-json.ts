/**
 * Yealink RPS JSON "open API" client (the Device Management platform, AccessKey ID/Secret,
 * `X-Ca-*` signed). Servers are defined in Yealink's portal and referred to by name, so every
 * register resolves the name to an id first; a MAC already on our account is re-pointed with
 * device/edit, a MAC on another enterprise's account is refused.
 * Source: ../shared/domain/redirection-servers.md §2.2 (signing, envelope, endpoints) and §2.4 (flow).
 */
import { randomUUID } from 'node:crypto';
import { allSkipPages, jsonOf, plainMac, type SkipPage, vendorFetch, vendorMac } from './http';
import { RedirectionError, type ClientConfig, type RedirectionClient, type RemoteDevice } from './types';
import { signYealinkRequest, YEALINK_CONTENT_TYPE } from './yealink-signature';

export const YEALINK_RPS_JSON_BASE_URL = 'https://api-dm.yealink.com:8443';

const API = 'api/open/v1';
/** The message key for "this MAC is already registered"; whose account it is on, device/list tells. */
const MAC_EXISTED = 'device.mac.existed';

type Envelope<T> = { ret?: number; data?: T | null; error?: { msg?: string; errorCode?: number | string } | null };
type RpsServer = { id: string; serverName: string };
type RpsDevice = { id: string; mac: string; serverName?: string | null; serverUrl?: string | null; uniqueServerUrl?: string | null };

/** One call's outcome: the envelope's data, or the vendor's refusal (`msg` is its message key, when it sent one). */
type Outcome<T> = { ok: true; data: T | null } | { ok: false; status: number; msg: string; text: string };

/**
 * Maps a refusal to a kind. The message keys beyond `accesskey.id.invalid` and
 * `device.mac.existed` are unconfirmed (§2.2), so the patterns are deliberately loose; a
 * timestamp complaint is told apart from bad credentials because the fix (NTP) differs.
 */
function refusal(status: number, msg: string, text = msg): RedirectionError {
  if (/timestamp/i.test(msg)) return new RedirectionError('clock_skew', text);
  if (status === 401 || status === 403 || /accesskey|signature|content\.?md5|unauthori[sz]ed|nonce/i.test(msg))
    return new RedirectionError('auth_failed', text);
  if (/enterprise|other/i.test(msg)) return new RedirectionError('mac_owned_elsewhere', text);
  if (/server/i.test(msg) && /not|invalid|exist/i.test(msg)) return new RedirectionError('server_not_found', text);
  if (/mac/i.test(msg) && /invalid|format/i.test(msg)) return new RedirectionError('mac_invalid', text);
  return new RedirectionError('unknown', text);
}

function must<T>(outcome: Outcome<T>): T | null {
  if (!outcome.ok) throw refusal(outcome.status, outcome.msg, outcome.text);
  return outcome.data;
}

/**
 * A RedirectionClient for the RPS JSON API. `username`/`password` are the AccessKey ID and
 * Secret; `baseUrl` defaults to Yealink's cloud and may point at a proxy or the loopback fake
 * (Yealink signs only the path, so the host does not matter to the signature).
 */
export function createYealinkRpsJsonClient(config: ClientConfig): RedirectionClient {
  const base = (config.baseUrl || YEALINK_RPS_JSON_BASE_URL).replace(/\/+$/, '');
  const now = config.now ?? Date.now;

  async function post<T>(operation: string, payload: object): Promise<Outcome<T>> {
    const url = `${base}/${API}/${operation}`;
    const body = JSON.stringify(payload);
    const request = { method: 'POST', path: new URL(url).pathname, body };
    const signature = signYealinkRequest(request, { key: config.username, secret: config.password }, randomUUID(), now());
    const response = await vendorFetch(url, {
      method: 'POST',
      headers: { ...signature, 'Content-Type': YEALINK_CONTENT_TYPE, Accept: 'application/json' },
      body,
      timeoutMs: config.timeoutMs,
    });
    const envelope = jsonOf<Envelope<T>>(response);
    if (response.status >= 400 || !envelope || (envelope.ret ?? 0) < 0 || envelope.error != null) {
      const msg = envelope?.error?.msg ?? '';
      const text = msg || `HTTP ${response.status} ${response.text.slice(0, 200)}`.trim();
      return { ok: false, status: response.status, msg, text };
    }
    return { ok: true, data: envelope.data ?? null };
  }

  /** Every item of a paged list call; `total` ends the walk when the server reports it. */
  const all = <T>(operation: string, filter: object = {}) =>
    allSkipPages<T>(async (paging) => must(await post<SkipPage<T>>(operation, { ...filter, ...paging })));

  /** `key` is a search, not an exact filter: "kpbx" would also find "kpbx-test". */
  async function serverId(serverName: string): Promise<string> {
    const match = (await all<RpsServer>('server/list', { key: serverName })).find((s) => s.serverName === serverName);
    if (!match) throw new RedirectionError('server_not_found', serverName);
    return match.id;
  }

  const ownDevices = async (mac: string) => (await all<RpsDevice>('device/list', { key: mac })).filter((d) => plainMac(d.mac) === mac);

  return {
    async test() {
      return { servers: (await all<RpsServer>('server/list')).map((s) => s.serverName) };
    },

    async register(rawMac, target) {
      const mac = vendorMac(rawMac);
      const id = await serverId(target.serverName);
      const added = await post('device/add', { macs: [mac], serverId: id });
      if (added.ok) return;
      if (added.msg !== MAC_EXISTED) throw refusal(added.status, added.msg, added.text);
      // "Existed" alone does not say whose account holds the MAC; only our own list can.
      const [own] = await ownDevices(mac);
      if (!own) throw new RedirectionError('mac_owned_elsewhere', added.msg);
      must(await post('device/edit', { id: own.id, serverId: id }));
    },

    async deregister(rawMac) {
      const ids = (await ownDevices(vendorMac(rawMac))).map((d) => d.id);
      if (ids.length > 0) must(await post('device/delete', { ids }));
    },

    async list() {
      return (await all<RpsDevice>('device/list')).map((d): RemoteDevice => ({
        mac: plainMac(d.mac),
        serverName: d.serverName ?? null,
        url: d.uniqueServerUrl || d.serverUrl || null,
      }));
    },
  };
}
