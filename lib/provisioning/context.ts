import { formatMac } from '@/lib/mac';
import type { AccountValues, RenderContext } from '@/lib/templates';
import { vendorValues } from './vendors';

/** Plain data a device's file is rendered from; built from DB rows by regenerate.ts, by hand in tests. */
export type PbxFacts = {
  host: string;
  sipDomain: string;
  sipTransport: 'udp' | 'tcp' | 'tls';
  sipUdpPort: number;
  sipTcpPort: number;
  sipTlsPort: number;
  ntpServer: string;
  timeZone: string;
  language: string;
  resyncIntervalMinutes: number;
  resyncTime: string;
  /** The protocol phones are told to use: in the SIP PnP answer and in %%PROVISIONING_URL%%. */
  pnpUrlScheme: PhoneUrlScheme;
};

export type PhoneUrlScheme = 'http' | 'https' | 'tftp';

/** What phones must send when the tenant's files need HTTP authentication (lib/provisioning/protection). */
export type UrlCredentials = { username: string; password: string };
/** `credentials`: set when the tenant's phones must authenticate; the HTTP(S) URLs then carry them. */
export type TenantFacts = { uuid: string; name: string; isDefault: boolean; credentials?: UrlCredentials | null };

/**
 * Where phones reach this server; the tenant path is added by `provisioningUrls`. Plain HTTP and TFTP
 * can be switched off (`false`); HTTPS is always served.
 */
export type ServerFacts = { publicHost: string; httpPort: number; httpsPort: number; tftpPort: number; httpEnabled?: boolean; tftpEnabled?: boolean };

export type AccountFacts = {
  extension: string;
  sipUsername: string;
  authUsername: string;
  sipPassword: string;
  displayName: string;
  firstName: string;
  lastName: string;
  voicemailNumber: string;
};

export type DeviceFacts = {
  mac: string;
  label: string;
  adminUsername: string;
  adminPassword: string;
  networkMode: 'dhcp' | 'static';
  ipAddress: string;
  netmask: string;
  gateway: string;
  dns1: string;
  dns2: string;
  vlanId: number | null;
  vlanPriority: number | null;
  language: string | null;
  timeZone: string | null;
};

const withPort = (scheme: string, host: string, port: number, standard: number) => `${scheme}://${host}${port === standard ? '' : `:${port}`}`;

/**
 * The URLs a phone of this tenant uses; the default tenant is also served at the root. With credentials, the HTTP(S)
 * ones carry them as `user:pass@host`, the form phones take in a provisioning URL (lib/validation/phone-access.ts keeps
 * both to characters that need no escaping); TFTP cannot authenticate.
 */
export function provisioningUrls(server: ServerFacts, tenant: TenantFacts) {
  const dir = tenant.isDefault ? '' : `${tenant.uuid}/`;
  const { credentials } = tenant;
  const host = credentials ? `${encodeURIComponent(credentials.username)}:${encodeURIComponent(credentials.password)}@${server.publicHost}` : server.publicHost;
  return {
    http: `${withPort('http', host, server.httpPort, 80)}/provisioning/${dir}`,
    https: `${withPort('https', host, server.httpsPort, 443)}/provisioning/${dir}`,
    tftp: `${withPort('tftp', server.publicHost, server.tftpPort, 69)}/${dir}`,
  };
}

/** The scheme the admin chose, unless that channel is off here (plain HTTP or TFTP disabled): then HTTPS. */
export function servedScheme(scheme: PhoneUrlScheme, server: ServerFacts): PhoneUrlScheme {
  const isServed = { http: server.httpEnabled !== false, https: true, tftp: server.tftpEnabled !== false }[scheme];
  return isServed ? scheme : 'https';
}

export function pbxValues(pbx: PbxFacts, tenant: TenantFacts, server: ServerFacts): Record<string, string> {
  const urls = provisioningUrls(server, tenant);
  const scheme = servedScheme(pbx.pnpUrlScheme, server);
  const sipPort = { udp: pbx.sipUdpPort, tcp: pbx.sipTcpPort, tls: pbx.sipTlsPort }[pbx.sipTransport];
  return {
    PBX_HOST: pbx.host,
    PBX_SIP_DOMAIN: pbx.sipDomain || pbx.host,
    PBX_SIP_TRANSPORT: pbx.sipTransport,
    PBX_SIP_PORT: String(sipPort),
    PBX_SIP_UDP_PORT: String(pbx.sipUdpPort),
    PBX_SIP_TCP_PORT: String(pbx.sipTcpPort),
    PBX_SIP_TLS_PORT: String(pbx.sipTlsPort),
    PBX_NTP_SERVER: pbx.ntpServer,
    PBX_TIME_ZONE: pbx.timeZone,
    PBX_LANGUAGE: pbx.language,
    TENANT_UUID: tenant.uuid,
    TENANT_NAME: tenant.name,
    PROVISIONING_HOST: server.publicHost,
    PROVISIONING_URL: urls[scheme],
    PROVISIONING_URL_SCHEME: scheme,
    PROVISIONING_HTTP_URL: urls.http,
    PROVISIONING_HTTPS_URL: urls.https,
    PROVISIONING_TFTP_URL: urls.tftp,
    PROVISIONING_RESYNC_MINUTES: String(pbx.resyncIntervalMinutes),
    PROVISIONING_RESYNC_SECONDS: String(pbx.resyncIntervalMinutes * 60),
    PROVISIONING_RESYNC_HOURS: String(Math.max(1, Math.round(pbx.resyncIntervalMinutes / 60))),
    PROVISIONING_RESYNC_TIME: pbx.resyncTime,
    PROVISIONING_RESYNC_TIME_HHMM: pbx.resyncTime.replace(':', ''),
  };
}

/**
 * A phone's values: its own, over every vendor's (shared by the phones of a time zone and language) as
 * the prototype, so a regeneration does not copy ~80 values per device. Read them by name, as the
 * renderer does; they are not enumerable as one flat object.
 */
export function phoneValues(
  device: DeviceFacts,
  pbx: PbxFacts,
  server: ServerFacts,
  model: { brand: string; name: string },
  fileName: string,
  lineCount: number,
): Record<string, string> {
  const vlan = device.vlanId !== null && device.vlanId > 0;
  const timeZone = device.timeZone || pbx.timeZone;
  const language = device.language || pbx.language;
  const vendor = vendorValues({ transport: pbx.sipTransport, scheme: servedScheme(pbx.pnpUrlScheme, server), timeZone, language, at: new Date() });
  // Every notation from one colon form (lib/mac.ts formatMac, once per device rather than seven times).
  const colon = formatMac(device.mac, 'colon-lower');
  const hyphen = colon.replaceAll(':', '-');
  return Object.assign(Object.create(vendor) as Record<string, string>, {
    DEVICE_MAC: device.mac,
    DEVICE_MAC_UPPER: device.mac.toUpperCase(),
    DEVICE_MAC_COLON: colon,
    DEVICE_MAC_COLON_UPPER: colon.toUpperCase(),
    DEVICE_MAC_HYPHEN: hyphen,
    DEVICE_MAC_HYPHEN_UPPER: hyphen.toUpperCase(),
    DEVICE_MAC_DOTTED: formatMac(device.mac, 'dotted'),
    DEVICE_LABEL: device.label,
    DEVICE_MODEL: model.name,
    DEVICE_BRAND: model.brand,
    DEVICE_FILE_NAME: fileName,
    ACCOUNT_COUNT: String(lineCount),
    ADMIN_USERNAME: device.adminUsername,
    ADMIN_PASSWORD: device.adminPassword,
    NETWORK_MODE: device.networkMode,
    NETWORK_DHCP: device.networkMode === 'dhcp' ? '1' : '0',
    NETWORK_IP: device.networkMode === 'static' ? device.ipAddress : '',
    NETWORK_NETMASK: device.networkMode === 'static' ? device.netmask : '',
    NETWORK_GATEWAY: device.networkMode === 'static' ? device.gateway : '',
    NETWORK_DNS1: device.dns1,
    NETWORK_DNS2: device.dns2,
    VLAN_ENABLED: vlan ? '1' : '0',
    VLAN_ID: vlan ? String(device.vlanId) : '',
    VLAN_PRIORITY: vlan ? String(device.vlanPriority ?? 0) : '',
    DEVICE_LANGUAGE: language,
    DEVICE_TIME_ZONE: timeZone,
  });
}

export function accountValues(account: AccountFacts): AccountValues {
  return {
    EXTENSION: account.extension,
    SIP_USERNAME: account.sipUsername,
    AUTH_USERNAME: account.authUsername || account.sipUsername,
    SIP_PASSWORD: account.sipPassword,
    DISPLAY_NAME: account.displayName || [account.firstName, account.lastName].filter(Boolean).join(' ') || account.extension,
    FIRST_NAME: account.firstName,
    LAST_NAME: account.lastName,
    VOICEMAIL: account.voicemailNumber,
  };
}

export type DeviceContextInput = {
  pbx: PbxFacts;
  tenant: TenantFacts;
  server: ServerFacts;
  model: { brand: string; name: string };
  device: DeviceFacts;
  fileName: string;
  lines: readonly AccountFacts[];
  custom: Readonly<Record<string, string>>;
};

/** `tenantPbxValues`: pbxValues computed once by a regeneration for all of its devices. */
export function deviceRenderContext(input: DeviceContextInput, tenantPbxValues?: Record<string, string>): RenderContext {
  return {
    pbx: tenantPbxValues ?? pbxValues(input.pbx, input.tenant, input.server),
    custom: input.custom,
    phone: phoneValues(input.device, input.pbx, input.server, input.model, input.fileName, input.lines.length),
    lines: input.lines.map(accountValues),
  };
}

export function commonRenderContext(input: Pick<DeviceContextInput, 'pbx' | 'tenant' | 'server' | 'custom'>): RenderContext {
  return { pbx: pbxValues(input.pbx, input.tenant, input.server), custom: input.custom };
}
