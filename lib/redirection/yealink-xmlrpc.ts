/**
 * RedirectionClient for the Yealink legacy RPS XML-RPC API (HTTP Basic, POST `text/xml`, `redirect.*`
 * methods answering `[boolean, text]`), also used for Escene, whose unpublished API is assumed to be the
 * same clone Htek, Akuvox and Fanvil ship. Methods, texts and open questions:
 * ../shared/domain/redirection-servers.md §2.1, §2.4, §3 and §7.
 *
 * Servers are defined by the admin in the vendor's web GUI and referred to by name only, so the
 * target's provisioning URL is not sent (the product guide's "limitations of the Yealink/Escene APIs").
 */
import { normaliseMac } from '../mac';
import { vendorFetch } from './http';
import { RedirectionError, type ClientConfig, type RedirectionClient, type RedirectionErrorKind, type RemoteDevice } from './types';
import { decodeMethodResponse, encodeMethodCall, type XmlRpcResponse, type XmlRpcValue } from './xmlrpc';

/**
 * Falconieri's default. The older clients post to https://rps.yealink.com/xmlrpc; whether either host
 * still accepts new accounts is unconfirmed (§7.2), hence the configurable base URL.
 */
export const YEALINK_XMLRPC_BASE_URL = 'https://api-dm.yealink.com:8443/xmlrpc';

export type YealinkXmlRpcVendor = 'yealink' | 'escene';

/** checkDevice needs some well-formed MAC; the all-zero one is nobody's phone. */
const PROBE_MAC = '000000000000';
const AUTH_TEXT = /auth|login|password|credential|unauthori[sz]ed|forbidden|permission denied/i;

/**
 * What a `[false, text]` answer (or a fault string) means. "Existing MAC(s)" is absent on purpose: it is
 * not a failure but "already yours", which register() handles by re-pointing.
 */
export function yealinkErrorKind(text: string): RedirectionErrorKind {
  if (/Are you sure you want to override/i.test(text)) return 'mac_owned_elsewhere';
  if (/Invalid server/i.test(text)) return 'server_not_found';
  if (/Invalid MAC/i.test(text)) return 'mac_invalid';
  if (/url can only begin with/i.test(text)) return 'url_invalid';
  if (AUTH_TEXT.test(text)) return 'auth_failed';
  return 'unknown';
}

type Answer = { ok: boolean; text: string };

function answerOf(method: string, response: XmlRpcResponse): Answer {
  if (!response.ok) {
    const { code, message } = response.fault;
    throw new RedirectionError(AUTH_TEXT.test(message) ? 'auth_failed' : 'unknown', `${method}: fault ${code} ${message}`.trim());
  }
  const { value } = response;
  if (Array.isArray(value) && typeof value[0] === 'boolean') return { ok: value[0], text: value.length > 1 ? String(value[1] ?? '') : '' };
  throw new RedirectionError('unknown', `${method}: unexpected answer ${JSON.stringify(value).slice(0, 200)}`);
}

const refusal = (method: string, text: string) => new RedirectionError(yealinkErrorKind(text), `${method}: ${text}`);

function wellFormedMac(mac: string): string {
  const plain = normaliseMac(mac);
  if (!plain) throw new RedirectionError('mac_invalid', mac);
  return plain;
}

/** `[true, list]` or the bare list: neither listServers nor listDevices has a confirmed answer shape. */
function listOf(method: string, value: XmlRpcValue): XmlRpcValue[] {
  if (Array.isArray(value) && typeof value[0] === 'boolean') {
    if (!value[0]) throw refusal(method, String(value[1] ?? ''));
    value = value[1] ?? [];
  }
  if (!Array.isArray(value)) throw new RedirectionError('unknown', `${method}: expected a list, got ${JSON.stringify(value).slice(0, 200)}`);
  return value;
}

const field = (item: { [member: string]: XmlRpcValue }, ...names: string[]) => {
  const found = names.map((name) => item[name]).find((value) => typeof value === 'string' && value !== '');
  return typeof found === 'string' ? found : null;
};

function deviceOf(item: XmlRpcValue): RemoteDevice {
  const struct = item && typeof item === 'object' && !Array.isArray(item) ? item : null;
  const raw = typeof item === 'string' ? item : struct ? field(struct, 'mac', 'MAC', 'macAddress') : null;
  const mac = raw === null ? null : normaliseMac(raw);
  if (!mac) throw new RedirectionError('unknown', `redirect.listDevices: unreadable device ${JSON.stringify(item).slice(0, 200)}`);
  if (!struct) return { mac, serverName: null, url: null };
  return { mac, serverName: field(struct, 'serverName', 'server', 'server_name'), url: field(struct, 'uniqueUrl', 'url', 'serverUrl') };
}

/**
 * A Yealink-style XML-RPC client. Yealink defaults to YEALINK_XMLRPC_BASE_URL; Escene has no known
 * endpoint (§3), so creating an Escene client without `baseUrl` throws instead of guessing one.
 */
export function createYealinkXmlRpcClient(config: ClientConfig, options: { vendor?: YealinkXmlRpcVendor } = {}): RedirectionClient {
  const vendor = options.vendor ?? 'yealink';
  const configured = config.baseUrl?.trim();
  if (!configured && vendor === 'escene') {
    throw new RedirectionError('unknown', 'Escene has no published redirection API endpoint: configure its URL (ask Escene support for the RPS API).');
  }
  const url = configured || YEALINK_XMLRPC_BASE_URL;
  const authorization = `Basic ${Buffer.from(`${config.username}:${config.password}`, 'utf8').toString('base64')}`;

  async function call(method: string, params: XmlRpcValue[] = []): Promise<XmlRpcResponse> {
    const response = await vendorFetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'text/xml', Accept: 'text/xml', Authorization: authorization },
      body: encodeMethodCall(method, params),
      timeoutMs: config.timeoutMs,
    });
    if (response.status === 401 || response.status === 403) throw new RedirectionError('auth_failed', `${method}: HTTP ${response.status}`);
    if (response.status < 200 || response.status > 299)
      throw new RedirectionError('unknown', `${method}: HTTP ${response.status} ${response.text.slice(0, 200)}`.trim());
    return decodeMethodResponse(response.text);
  }

  const ask = async (method: string, params: XmlRpcValue[] = []) => answerOf(method, await call(method, params));

  return {
    async test() {
      // Any non-auth answer proves the credentials, even a refusal of the probe MAC (§2.4).
      const probe = await ask('redirect.checkDevice', [PROBE_MAC]);
      if (!probe.ok && yealinkErrorKind(probe.text) === 'auth_failed') throw refusal('redirect.checkDevice', probe.text);
      // listServers is not confirmed for Yealink (only Fanvil's clone has it): a fault or a refusal means "no list".
      try {
        const response = await call('redirect.listServers');
        if (!response.ok) return { servers: [] };
        const servers = listOf('redirect.listServers', response.value).map((item) =>
          typeof item === 'string' ? item : item && typeof item === 'object' && !Array.isArray(item) ? field(item, 'serverName', 'name') : null,
        );
        return { servers: servers.filter((name): name is string => name !== null) };
      } catch (error) {
        if (error instanceof RedirectionError && error.kind === 'unknown') return { servers: [] };
        throw error;
      }
    },

    async register(mac, { serverName }) {
      const plain = wellFormedMac(mac);
      const first = await ask('redirect.registerDevice', [plain, serverName]);
      if (first.ok) return;
      if (!/Existing MAC/i.test(first.text)) throw refusal('redirect.registerDevice', first.text);
      // "Existing MAC(s)" means the MAC is already in this account, so overriding only re-points our own
      // phone. A MAC held by someone else answers "Are you sure…" instead and is never overridden here.
      const again = await ask('redirect.registerDevice', [plain, serverName, '1']);
      if (!again.ok) throw refusal('redirect.registerDevice', again.text);
    },

    async deregister(mac) {
      const plain = wellFormedMac(mac);
      const answer = await ask('redirect.deRegisterDevice', [plain]);
      // "Invalid MAC(s)" covers both a malformed MAC and one this account does not hold (§6.3; the real answer
      // for an absent MAC is unconfirmed). The MAC was checked well-formed above, so here it can only mean
      // "not ours": nothing to remove, which the contract counts as done.
      if (answer.ok || yealinkErrorKind(answer.text) === 'mac_invalid') return;
      throw refusal('redirect.deRegisterDevice', answer.text);
    },

    async list() {
      // listDevices is a clone-documented method with an unconfirmed answer. When the vendor does not know it
      // we throw rather than return [], which reconciliation would read as "the vendor holds no phones".
      const response = await call('redirect.listDevices');
      if (!response.ok) {
        const { message } = response.fault;
        throw new RedirectionError(AUTH_TEXT.test(message) ? 'auth_failed' : 'unknown', `listDevices not supported: ${message}`);
      }
      return listOf('redirect.listDevices', response.value).map(deviceOf);
    },
  };
}
