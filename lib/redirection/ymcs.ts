/**
 * Yealink Management Cloud Service (YMCS v2) RPS client: OAuth 2 client credentials, a Bearer
 * token plus fresh `timestamp`/`nonce` headers on every call. Servers are defined in the YMCS
 * portal and referred to by name; YMCS has no "edit device", so a MAC already on our account is
 * deleted and added again.
 * Source: ../shared/domain/redirection-servers.md §2.3 (auth, endpoints, error codes) and §2.4 (flow).
 */
import { randomBytes } from 'node:crypto';
import { allSkipPages, jsonOf, plainMac, type SkipPage, vendorFetch, vendorMac, type VendorResponse } from './http';
import { RedirectionError, type ClientConfig, type RedirectionClient, type RemoteDevice } from './types';

/** Regional clouds: EU is the default; accounts on the US cloud set `baseUrl` to YMCS_US_BASE_URL. */
export const YMCS_EU_BASE_URL = 'https://eu-api.ymcs.yealink.com';
export const YMCS_US_BASE_URL = 'https://us-api.ymcs.yealink.com';
export const YMCS_BASE_URL = YMCS_EU_BASE_URL;

/** Renew this long before `expires_in` runs out, so a token never lapses mid-request. */
const TOKEN_REFRESH_MARGIN_MS = 60_000;

type TokenAnswer = { access_token?: string; expires_in?: number; error?: string; error_description?: string };
type ErrorAnswer = { code?: string | number; message?: string; error?: string };
type YmcsServer = { id: string; serverName: string };
type YmcsDevice = { mac: string; serverName?: string | null; serverUrl?: string | null; uniqueServerUrl?: string | null };
type BatchAnswer = { successCount?: number; failureCount?: number; errors?: { mac?: string; errorInfo?: string; field?: string; msg?: string }[] | null };
type Problem = { code: string; text: string };

/** The six-digit YMCS code inside an error text ("800003", "800003: resource already exists"). */
const codeIn = (text: string | undefined) => /\b(\d{6})\b/.exec(text ?? '')?.[1] ?? '';

/** Maps a YMCS code (§2.3) to a kind; HTTP 429 and 5xx were already mapped by vendorFetch. */
function byCode(code: string, text: string): RedirectionError {
  if (code === '900401' || code === '900403') return new RedirectionError('auth_failed', text);
  if (code === '800001') return new RedirectionError('mac_invalid', text);
  if (code === '800004') return new RedirectionError('mac_owned_elsewhere', text);
  if (code === '900429') return new RedirectionError('rate_limited', text);
  if (code === '900500' || code === '900503') return new RedirectionError('transient', text);
  return new RedirectionError('unknown', text);
}

function problemOf(response: VendorResponse): Problem {
  const body = jsonOf<ErrorAnswer>(response);
  const code = String(body?.code ?? '');
  return { code, text: [code, body?.message ?? body?.error].filter(Boolean).join(' ') || `HTTP ${response.status} ${response.text.slice(0, 200)}`.trim() };
}

function refusal(response: VendorResponse): RedirectionError {
  const { code, text } = problemOf(response);
  return response.status === 401 || response.status === 403 ? new RedirectionError('auth_failed', text) : byCode(code, text);
}

const isNotFound = (text: string) => codeIn(text) === '900404' || /not\s*(found|exist)/i.test(text);

/**
 * A RedirectionClient for YMCS v2. `username`/`password` are the OAuth client_id and
 * client_secret. One token serves every call until shortly before it expires; a 401 (YMCS
 * `900401`, e.g. a token revoked early) fetches a new one and retries once.
 */
export function createYmcsClient(config: ClientConfig): RedirectionClient {
  const base = (config.baseUrl || YMCS_BASE_URL).replace(/\/+$/, '');
  const now = config.now ?? Date.now;
  let token: { value: string; renewAt: number } | null = null;
  let pending: Promise<string> | null = null;

  const freshHeaders = () => ({
    'Content-Type': 'application/json',
    Accept: 'application/json',
    timestamp: String(now()),
    nonce: randomBytes(16).toString('hex'),
  });
  const send = (path: string, authorization: string, body: unknown) =>
    vendorFetch(`${base}${path}`, {
      method: 'POST',
      headers: { ...freshHeaders(), Authorization: authorization },
      body: JSON.stringify(body),
      timeoutMs: config.timeoutMs,
    });

  async function fetchToken(): Promise<string> {
    const basic = Buffer.from(`${config.username}:${config.password}`).toString('base64');
    const response = await send('/v2/token', `Basic ${basic}`, { grant_type: 'client_credentials' });
    const answer = jsonOf<TokenAnswer>(response);
    // RFC 6749 §5.2: a bad client is 401, or 400 with one of these codes; any other 400 is not about credentials.
    const isBadClient = response.status === 401 || response.status === 403 || /^(invalid_client|unauthorized_client|invalid_grant)$/.test(answer?.error ?? '');
    if (isBadClient) {
      throw new RedirectionError('auth_failed', [answer?.error, answer?.error_description].filter(Boolean).join(': ') || `HTTP ${response.status}`);
    }
    if (response.status >= 300) throw refusal(response);
    if (!answer?.access_token) throw new RedirectionError('unknown', `token: HTTP ${response.status} ${response.text.slice(0, 200)}`.trim());
    const lifetimeMs = Math.max(0, (answer.expires_in ?? 0) * 1000);
    token = { value: answer.access_token, renewAt: now() + lifetimeMs - Math.min(TOKEN_REFRESH_MARGIN_MS, lifetimeMs / 2) };
    return token.value;
  }

  /** Concurrent callers share one token request instead of each asking for their own. */
  function bearer(): Promise<string> {
    if (token && now() < token.renewAt) return Promise.resolve(token.value);
    pending ??= fetchToken().finally(() => (pending = null));
    return pending;
  }

  async function call(path: string, body: unknown): Promise<VendorResponse> {
    const first = await bearer();
    const response = await send(path, `Bearer ${first}`, body);
    if (response.status !== 401) return response;
    if (token?.value === first) token = null;
    return send(path, `Bearer ${await bearer()}`, body);
  }

  async function must<T>(path: string, body: unknown): Promise<T | null> {
    const response = await call(path, body);
    if (response.status >= 300) throw refusal(response);
    return jsonOf<T>(response);
  }

  const all = <T>(path: string, filter: object = {}) => allSkipPages<T>((paging) => must<SkipPage<T>>(path, { ...paging, ...filter }));

  async function serverId(serverName: string): Promise<string> {
    const match = (await all<YmcsServer>('/v2/rps/listServers')).find((s) => s.serverName === serverName);
    if (!match) throw new RedirectionError('server_not_found', serverName);
    return match.id;
  }

  /** null when added; otherwise the first refusal, whether YMCS said it per item or for the whole request. */
  async function addByMac(mac: string, id: string): Promise<Problem | null> {
    const response = await call('/v2/rps/addDevicesByMac', [{ mac, serverId: id }]);
    if (response.status === 401 || response.status === 403) throw refusal(response);
    if (response.status >= 300) return problemOf(response);
    const answer = jsonOf<BatchAnswer>(response);
    const error = answer?.errors?.[0];
    if (error) return { code: codeIn(error.errorInfo), text: error.errorInfo ?? 'addDevicesByMac refused' };
    return (answer?.successCount ?? 0) > 0 ? null : { code: '', text: `addDevicesByMac: ${response.text.slice(0, 200)}` };
  }

  async function deleteByMac(mac: string): Promise<void> {
    const response = await call('/v2/rps/delDevices', { deviceIdType: 'mac', deviceIds: [mac] });
    if (response.status >= 300 && !(response.status === 404 || isNotFound(problemOf(response).text))) throw refusal(response);
    const errors = jsonOf<BatchAnswer>(response)?.errors ?? [];
    const real = errors.map((e) => e.msg ?? e.errorInfo ?? '').find((text) => !isNotFound(text));
    if (real !== undefined) throw byCode(codeIn(real), real);
  }

  return {
    async test() {
      return { servers: (await all<YmcsServer>('/v2/rps/listServers')).map((s) => s.serverName) };
    },

    async register(rawMac, target) {
      const mac = vendorMac(rawMac);
      const id = await serverId(target.serverName);
      let problem = await addByMac(mac, id);
      if (problem?.code === '800003') {
        await deleteByMac(mac);
        problem = await addByMac(mac, id);
      }
      if (problem) throw byCode(problem.code, problem.text);
    },

    async deregister(rawMac) {
      await deleteByMac(vendorMac(rawMac));
    },

    async list() {
      return (await all<YmcsDevice>('/v2/rps/listDevices')).map((d): RemoteDevice => ({
        mac: plainMac(d.mac),
        serverName: d.serverName ?? null,
        url: d.uniqueServerUrl || d.serverUrl || null,
      }));
    },
  };
}
