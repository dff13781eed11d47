/**
 * Snom SRAPS REST redirection client. The console's "server" is a SRAPS provisioning profile named
 * after it whose `setting_server` is our provisioning URL; phones are endpoints assigned to that
 * profile. Where the key cannot use profiles, the URL goes into each endpoint's `settings_manager`
 * (the Falconieri way). Flow and sources: ../shared/domain/redirection-servers.md §1.2 and §1.4;
 * the profile create/update calls are unconfirmed upstream (§7) and follow the shape guessed there.
 */
import { jsonOf, plainMac } from './http';
import { createSrapsApi, isOk, srapsError } from './snom-sraps-api';
import { RedirectionError, type ClientConfig, type RedirectionClient, type RedirectionTarget, type RemoteDevice } from './types';

export const SNOM_SRAPS_BASE_URL = 'https://api.sraps.snom.com/api/v1/';
/** The phone parameter that holds the provisioning URL (GRAPE, Gigaset's twin, calls it ProvisioningServer). */
export const SNOM_SETTING_SERVER = 'setting_server';

type SettingsManager = Record<string, { value?: unknown; attrs?: unknown } | undefined>;
type Profile = { uuid: string; name: string; settings_manager?: SettingsManager };
type Endpoint = { mac?: string; provisioning_profile?: unknown; settings_manager?: SettingsManager };
type Discovery = { endpoints: string; profiles: string };
type Links = { links?: Record<string, unknown> };

/** The company object's key for its profiles is unconfirmed (§1.2); these are the spellings a PHP tool probes. */
const PROFILE_LINK_KEYS = ['provisioning_profiles', 'provisioning-profiles', 'provisioningProfiles'];

const asDirectory = (url: string) => (url.endsWith('/') ? url : `${url}/`);

function settingValue(manager: SettingsManager | undefined, uuid: string | null): string | null {
  const entry = (uuid ? manager?.[uuid] : undefined) ?? manager?.[SNOM_SETTING_SERVER];
  return typeof entry?.value === 'string' ? entry.value : null;
}

/** `provisioning_profile` is a uuid in every client seen; a URL or an object is tolerated for reconciliation. */
function profileRef(value: unknown): string | null {
  if (typeof value === 'string') return value.replace(/\/$/, '').split('/').pop() ?? null;
  if (value && typeof value === 'object' && 'uuid' in value && typeof value.uuid === 'string') return value.uuid;
  return null;
}

/** Caches a lookup's success for the client's lifetime; a failure is retried on the next call. */
function memo<T>(load: () => Promise<T>): () => Promise<T> {
  let cached: Promise<T> | null = null;
  return () =>
    (cached ??= load().catch((error: unknown) => {
      cached = null;
      throw error;
    }));
}

function checkedMac(mac: string): string {
  const plain = plainMac(mac);
  if (!/^[0-9a-f]{12}$/.test(plain)) throw new RedirectionError('mac_invalid', mac);
  return plain;
}

function checkedUrl(url: string): string {
  try {
    if (/^(https?|ftp|tftp):$/.test(new URL(url).protocol)) return url;
  } catch {
    // Falls through to the refusal below.
  }
  throw new RedirectionError('url_invalid', url);
}

/**
 * A RedirectionClient for one SRAPS access key (`username` = Access Key ID, `password` = secret).
 * Discovery (token → company → links) and the `setting_server` uuid are looked up once per instance.
 */
export function createSnomSrapsClient(config: ClientConfig): RedirectionClient {
  const api = createSrapsApi({ ...config, baseUrl: config.baseUrl.trim() || SNOM_SRAPS_BASE_URL });

  async function getJson<T>(url: string): Promise<T> {
    const response = await api.call('GET', url);
    if (!isOk(response)) throw srapsError(response);
    const body = jsonOf<T>(response);
    if (!body || typeof body !== 'object') throw new RedirectionError('unknown', `SRAPS answered no JSON object: ${response.text.slice(0, 200)}`);
    return body;
  }

  const discover = memo(async (): Promise<Discovery> => {
    const token = await getJson<Links>(api.link(`tokens/${encodeURIComponent(config.username)}`));
    if (typeof token.links?.company !== 'string') throw new RedirectionError('unknown', 'SRAPS token has no company link');
    const companyUrl = api.link(token.links.company);
    const company = await getJson<Links>(companyUrl);
    const endpoints = company.links?.endpoints;
    if (typeof endpoints !== 'string') throw new RedirectionError('unknown', 'SRAPS company has no endpoints link');
    const profiles = PROFILE_LINK_KEYS.map((key) => company.links?.[key]).find((href) => typeof href === 'string');
    // Without a link, try the path two PHP tools build; a 403/404 there means "no profiles" later.
    const profilesUrl = typeof profiles === 'string' ? api.link(profiles, companyUrl) : api.link('provisioning-profiles/', asDirectory(companyUrl));
    return { endpoints: asDirectory(api.link(endpoints, companyUrl)), profiles: asDirectory(profilesUrl) };
  });

  const serverSetting = memo(async () => {
    const isServer = (s: { param_name?: string }) => s.param_name === SNOM_SETTING_SERVER;
    const settings = await api.collect<{ uuid?: string; param_name?: string }>(api.link('settings/?page_size=1000'), { until: isServer });
    const uuid = settings?.find(isServer)?.uuid;
    if (!uuid) throw new RedirectionError('unknown', `SRAPS settings catalogue has no ${SNOM_SETTING_SERVER}`);
    return uuid;
  });

  /** The uuid of the profile named like the target, created or re-pointed as needed; null when profiles are unavailable to this key. */
  async function ensureProfile(d: Discovery, target: RedirectionTarget, setting: string): Promise<string | null> {
    const profiles = await api.collect<Profile>(d.profiles, { isOptional: true });
    if (!profiles) return null;
    const wanted = { value: target.provisioningUrl, attrs: { perm: 'RW' } };
    const existing = profiles.find((p) => p.name === target.serverName);
    if (!existing) {
      const response = await api.call('POST', d.profiles, { name: target.serverName, settings_manager: { [setting]: wanted } });
      if (!isOk(response)) throw srapsError(response);
      const created = jsonOf<Partial<Profile>>(response);
      if (typeof created?.uuid !== 'string') throw new RedirectionError('unknown', 'SRAPS created a profile without uuid');
      return created.uuid;
    }
    if (settingValue(existing.settings_manager, setting) === target.provisioningUrl) return existing.uuid;
    const settings = { ...existing.settings_manager, [setting]: wanted };
    const response = await api.call('PUT', api.link(`${encodeURIComponent(existing.uuid)}/`, d.profiles), { name: existing.name, settings_manager: settings });
    if (!isOk(response)) throw srapsError(response);
    return existing.uuid;
  }

  const endpointUrl = (d: Discovery, mac: string) => api.link(mac, d.endpoints);

  return {
    async test() {
      const d = await discover();
      const profiles = await api.collect<Profile>(d.profiles, { isOptional: true });
      return { servers: (profiles ?? []).map((p) => p.name) };
    },

    async register(mac, target) {
      const plain = checkedMac(mac);
      checkedUrl(target.provisioningUrl);
      const d = await discover();
      const setting = await serverSetting();
      const profile = await ensureProfile(d, target, setting);
      const body = profile
        ? { mac: plain, autoprovisioning_enabled: true, provisioning_profile: profile }
        : { mac: plain, autoprovisioning_enabled: true, settings_manager: { [setting]: { value: target.provisioningUrl, attrs: { perm: 'RW' } } } };
      const response = await api.call('PUT', endpointUrl(d, plain), body);
      if (!isOk(response)) throw srapsError(response, 'mac');
    },

    async deregister(mac) {
      const plain = checkedMac(mac);
      const response = await api.call('DELETE', endpointUrl(await discover(), plain));
      if (!isOk(response) && response.status !== 404) throw srapsError(response, 'mac');
    },

    async list(): Promise<RemoteDevice[]> {
      const d = await discover();
      const profiles = (await api.collect<Profile>(d.profiles, { isOptional: true })) ?? [];
      const setting = await serverSetting();
      const endpoints = (await api.collect<Endpoint>(d.endpoints)) ?? [];
      return endpoints.map((endpoint) => {
        const ref = profileRef(endpoint.provisioning_profile);
        const profile = ref ? profiles.find((p) => p.uuid === ref) : undefined;
        return {
          mac: plainMac(endpoint.mac ?? ''),
          serverName: profile?.name ?? null,
          url: settingValue(endpoint.settings_manager, setting) ?? settingValue(profile?.settings_manager, setting),
        };
      });
    },
  };
}
