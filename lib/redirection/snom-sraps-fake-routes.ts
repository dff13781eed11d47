/**
 * The resources of the Snom SRAPS REST fake (tokens, company, settings catalogue, provisioning
 * profiles, endpoints) over in-memory state, exactly as the contract in
 * ../shared/domain/redirection-servers.md §6.1 lists them. Transport and failure modes live in
 * fake-http.ts, Hawk in snom-sraps.fake.ts; this module only turns an authenticated request into a status and a body.
 */
import type { JsonReply } from './fake-http';

export const FAKE_COMPANY = 'c1';
export const FAKE_FOREIGN_MAC = '000413000001';
export const FAKE_SETTING_SERVER_UUID = 's-srv';

type SettingsManager = Record<string, { value?: unknown; attrs?: unknown }>;
export type FakeSrapsProfile = { uuid: string; name: string; settings_manager: SettingsManager };
export type FakeSrapsEndpoint = {
  mac: string;
  autoprovisioning_enabled?: boolean;
  provisioning_profile?: string | null;
  settings_manager?: SettingsManager;
  name?: string;
};
/** `unlinked`: the company omits the profiles link (the collection still answers); `forbidden`: the collection answers 403. */
export type FakeSrapsProfileMode = 'linked' | 'unlinked' | 'forbidden';

export type FakeSrapsState = {
  keyId: string;
  endpoints: Map<string, FakeSrapsEndpoint>;
  profiles: Map<string, FakeSrapsProfile>;
  foreignMacs: Set<string>;
  profileMode: FakeSrapsProfileMode;
  endpointPageSize: number;
  nextProfileId: number;
};

export type FakeSrapsRequest = { method: string; url: URL; body: unknown; keyId: string; linkOrigin: string };
export type FakeSrapsAnswer = JsonReply;

/** Page 1 of the catalogue deliberately lacks setting_server, so clients must follow `Link: rel="next"`. */
const SETTINGS_PAGES = [
  [
    { uuid: 's-lang', param_name: 'language' },
    { uuid: 's-tz', param_name: 'timezone' },
  ],
  [
    { uuid: 's-ntp', param_name: 'ntp_server' },
    { uuid: FAKE_SETTING_SERVER_UUID, param_name: 'setting_server' },
  ],
];

const NOT_FOUND: FakeSrapsAnswer = { status: 404, body: { detail: 'Not found.' } };
const FORBIDDEN: FakeSrapsAnswer = { status: 403, body: { detail: 'You do not have permission to perform this action.' } };
const NOT_ALLOWED: FakeSrapsAnswer = { status: 405, body: { detail: 'Method not allowed.' } };

/** MACs are compared case-insensitively after removing separators (§6 general rules). */
const normalMac = (mac: string) =>
  decodeURIComponent(mac)
    .toLowerCase()
    .replace(/[\s:.-]/g, '');

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

export function createFakeSrapsState(keyId: string, options: { profileMode?: FakeSrapsProfileMode; endpointPageSize?: number }): FakeSrapsState {
  return {
    keyId,
    endpoints: new Map(),
    profiles: new Map(),
    foreignMacs: new Set([FAKE_FOREIGN_MAC]),
    profileMode: options.profileMode ?? 'linked',
    endpointPageSize: options.endpointPageSize ?? 50,
    nextProfileId: 1,
  };
}

export function routeFakeSraps(state: FakeSrapsState, request: FakeSrapsRequest): FakeSrapsAnswer {
  const { method, url } = request;
  const api = `${request.linkOrigin}/api/v1/`;
  const company = `${api}companies/${FAKE_COMPANY}/`;
  const path = url.pathname.replace(/^\/api\/v1\//, '');
  if (path === url.pathname) return NOT_FOUND;
  let m: RegExpExecArray | null;

  if ((m = /^tokens\/([^/]+)\/?$/.exec(path))) {
    if (method !== 'GET') return NOT_ALLOWED;
    return decodeURIComponent(m[1] ?? '') === request.keyId ? { status: 200, body: { links: { company } } } : FORBIDDEN;
  }
  if (/^settings\/?$/.test(path)) {
    if (method !== 'GET') return NOT_ALLOWED;
    const page = Number(url.searchParams.get('page') ?? '1');
    const items = SETTINGS_PAGES[page - 1];
    if (!items) return NOT_FOUND;
    if (page >= SETTINGS_PAGES.length) return { status: 200, body: items };
    return { status: 200, body: items, headers: { Link: `<${api}settings/?page_size=1000&page=${page + 1}>; rel="next"` } };
  }
  if (!path.startsWith(`companies/${FAKE_COMPANY}/`)) return NOT_FOUND;
  const rest = path.slice(`companies/${FAKE_COMPANY}/`.length);

  if (rest === '') {
    if (method !== 'GET') return NOT_ALLOWED;
    const links: Record<string, string> = { endpoints: `${company}endpoints/` };
    if (state.profileMode === 'linked') links.provisioning_profiles = `${company}provisioning-profiles/`;
    return { status: 200, body: { uuid: FAKE_COMPANY, links } };
  }
  if ((m = /^provisioning-profiles\/(?:([^/]+)\/?)?$/.exec(rest))) {
    if (state.profileMode === 'forbidden') return FORBIDDEN;
    return m[1] ? profile(state, method, decodeURIComponent(m[1]), request.body) : profiles(state, method, request.body);
  }
  if (/^endpoints\/?$/.test(rest)) {
    if (method !== 'GET') return NOT_ALLOWED;
    return endpointPage(state, url, `${company}endpoints/`);
  }
  if ((m = /^endpoints\/([^/]+)\/?$/.exec(rest))) return endpoint(state, method, normalMac(m[1] ?? ''), request.body);
  return NOT_FOUND;
}

function profiles(state: FakeSrapsState, method: string, body: unknown): FakeSrapsAnswer {
  if (method === 'GET') return { status: 200, body: [...state.profiles.values()] };
  if (method !== 'POST') return NOT_ALLOWED;
  if (!isRecord(body) || typeof body.name !== 'string' || !body.name) return { status: 400, body: { name: ['This field is required.'] } };
  const name = body.name;
  if ([...state.profiles.values()].some((p) => p.name === name)) return { status: 400, body: { name: ['already exists'] } };
  const created: FakeSrapsProfile = {
    uuid: `p-${state.nextProfileId++}`,
    name,
    settings_manager: isRecord(body.settings_manager) ? (body.settings_manager as SettingsManager) : {},
  };
  state.profiles.set(created.uuid, created);
  return { status: 201, body: created };
}

function profile(state: FakeSrapsState, method: string, uuid: string, body: unknown): FakeSrapsAnswer {
  const existing = state.profiles.get(uuid);
  if (!existing) return NOT_FOUND;
  if (method === 'GET') return { status: 200, body: existing };
  if (method !== 'PUT' && method !== 'PATCH') return NOT_ALLOWED;
  if (!isRecord(body)) return { status: 400, body: { detail: 'Invalid body.' } };
  const settings = isRecord(body.settings_manager) ? (body.settings_manager as SettingsManager) : undefined;
  const updated: FakeSrapsProfile = {
    uuid,
    name: typeof body.name === 'string' ? body.name : existing.name,
    settings_manager: method === 'PUT' ? (settings ?? {}) : { ...existing.settings_manager, ...settings },
  };
  state.profiles.set(uuid, updated);
  return { status: 200, body: updated };
}

function endpointPage(state: FakeSrapsState, url: URL, collection: string): FakeSrapsAnswer {
  const page = Math.max(1, Number(url.searchParams.get('page') ?? '1') || 1);
  const all = [...state.endpoints.values()];
  const results = all.slice((page - 1) * state.endpointPageSize, page * state.endpointPageSize);
  const next = page * state.endpointPageSize < all.length ? `${collection}?page=${page + 1}` : null;
  return { status: 200, body: { count: all.length, next, previous: null, results } };
}

function endpoint(state: FakeSrapsState, method: string, mac: string, body: unknown): FakeSrapsAnswer {
  if (!/^[0-9a-f]{12}$/.test(mac)) return { status: 400, body: { mac: ['invalid'] } };
  if (state.foreignMacs.has(mac)) return { status: 403, body: { detail: 'taken_mac_or_forbidden' } };
  const existing = state.endpoints.get(mac);
  if (method === 'GET') return existing ? { status: 200, body: existing } : NOT_FOUND;
  if (method === 'DELETE') {
    if (!existing) return NOT_FOUND;
    state.endpoints.delete(mac);
    return { status: 204 };
  }
  if (method !== 'PUT') return NOT_ALLOWED;
  if (!isRecord(body)) return { status: 400, body: { detail: 'Invalid body.' } };
  const profileUuid = body.provisioning_profile;
  if (profileUuid != null && (typeof profileUuid !== 'string' || !state.profiles.has(profileUuid))) {
    return { status: 400, body: { provisioning_profile: [`Object with uuid=${String(profileUuid)} does not exist.`] } };
  }
  const stored = { ...body, mac } as FakeSrapsEndpoint;
  state.endpoints.set(mac, stored);
  return { status: existing ? 200 : 201, body: stored };
}
