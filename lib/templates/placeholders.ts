/**
 * The built-in placeholder catalogue, in the three groups of the KalliopePBX guide:
 * PBX attributes, account attributes (per line) and phone attributes. Custom placeholders
 * are written with a leading underscore (%%_NAME%%) and are not listed here.
 *
 * Account placeholders:
 * - `%%ACCOUNT_X%%` means line 1 outside a block, the current line inside
 *   `%%BEGIN_ACCOUNTS%% … %%END_ACCOUNTS%%`;
 * - `%%ACCOUNTn_X%%` always means line n (1-based); a line the device does not have renders empty,
 *   and its `%%ACCOUNTn_ENABLED%%` renders 0.
 */

export const PLACEHOLDER_GROUPS = ['pbx', 'account', 'phone'] as const;
export type PlaceholderGroup = (typeof PLACEHOLDER_GROUPS)[number];

export type PlaceholderSpec = { name: string; group: PlaceholderGroup; example: string };

export const PBX_PLACEHOLDERS = [
  ['PBX_HOST', 'pbx.example.com'],
  ['PBX_SIP_DOMAIN', 'pbx.example.com'],
  ['PBX_SIP_TRANSPORT', 'udp'],
  ['PBX_SIP_PORT', '5060'],
  ['PBX_SIP_UDP_PORT', '5060'],
  ['PBX_SIP_TCP_PORT', '5060'],
  ['PBX_SIP_TLS_PORT', '5061'],
  ['PBX_NTP_SERVER', 'pool.ntp.org'],
  ['PBX_TIME_ZONE', 'Europe/Rome'],
  ['PBX_LANGUAGE', 'it'],
  ['TENANT_UUID', '6f1c7a52-3d4b-4f7e-9a51-0c2d8e9b1a10'],
  ['TENANT_NAME', 'Default'],
  ['PROVISIONING_HOST', 'pbx.example.com'],
  ['PROVISIONING_URL', 'https://pbx.example.com:8443/provisioning/'],
  ['PROVISIONING_HTTP_URL', 'http://pbx.example.com:8080/provisioning/'],
  ['PROVISIONING_HTTPS_URL', 'https://pbx.example.com:8443/provisioning/'],
  ['PROVISIONING_TFTP_URL', 'tftp://pbx.example.com/'],
] as const;

/** Per-line account attributes; the placeholder is ACCOUNT_<field> or ACCOUNT<n>_<field>. */
export const ACCOUNT_FIELDS = [
  ['ENABLED', '1'],
  ['EXTENSION', '201'],
  ['SIP_USERNAME', '201'],
  ['AUTH_USERNAME', '201'],
  ['SIP_PASSWORD', 's3cret-Pass'],
  ['DISPLAY_NAME', 'Mario Rossi'],
  ['FIRST_NAME', 'Mario'],
  ['LAST_NAME', 'Rossi'],
  ['VOICEMAIL', '*9201'],
] as const;

/** Only meaningful for the current line: index inside a block (or 1 outside). */
export const ACCOUNT_INDEX_FIELDS = [
  ['INDEX', '1'],
  ['INDEX0', '0'],
] as const;

export const PHONE_PLACEHOLDERS = [
  ['DEVICE_MAC', '001565aabbcc'],
  ['DEVICE_MAC_UPPER', '001565AABBCC'],
  ['DEVICE_MAC_COLON', '00:15:65:aa:bb:cc'],
  ['DEVICE_MAC_COLON_UPPER', '00:15:65:AA:BB:CC'],
  ['DEVICE_MAC_HYPHEN', '00-15-65-aa-bb-cc'],
  ['DEVICE_MAC_HYPHEN_UPPER', '00-15-65-AA-BB-CC'],
  ['DEVICE_MAC_DOTTED', '0015.65aa.bbcc'],
  ['DEVICE_LABEL', 'Reception'],
  ['DEVICE_MODEL', 'T46U'],
  ['DEVICE_BRAND', 'Yealink'],
  ['DEVICE_FILE_NAME', '001565aabbcc.cfg'],
  ['ACCOUNT_COUNT', '1'],
  ['ADMIN_USERNAME', 'admin'],
  ['ADMIN_PASSWORD', 'Adm1n-Pass'],
  ['NETWORK_MODE', 'dhcp'],
  ['NETWORK_DHCP', '1'],
  ['NETWORK_IP', ''],
  ['NETWORK_NETMASK', ''],
  ['NETWORK_GATEWAY', ''],
  ['NETWORK_DNS1', ''],
  ['NETWORK_DNS2', ''],
  ['VLAN_ENABLED', '0'],
  ['VLAN_ID', ''],
  ['VLAN_PRIORITY', ''],
  ['DEVICE_LANGUAGE', 'it'],
  ['DEVICE_TIME_ZONE', 'Europe/Rome'],
] as const;

export type PbxPlaceholder = (typeof PBX_PLACEHOLDERS)[number][0];
export type AccountField = (typeof ACCOUNT_FIELDS)[number][0];
export type PhonePlaceholder = (typeof PHONE_PLACEHOLDERS)[number][0];

export const BLOCK_BEGIN = 'BEGIN_ACCOUNTS';
export const BLOCK_END = 'END_ACCOUNTS';
export const MAX_LINES = 48;

const PBX_NAMES = new Set<string>(PBX_PLACEHOLDERS.map(([n]) => n));
const PHONE_NAMES = new Set<string>(PHONE_PLACEHOLDERS.map(([n]) => n));
const ACCOUNT_FIELD_NAMES = new Set<string>(ACCOUNT_FIELDS.map(([n]) => n));
const INDEX_FIELD_NAMES = new Set<string>(ACCOUNT_INDEX_FIELDS.map(([n]) => n));

export type ParsedName =
  | { kind: 'pbx'; name: string }
  | { kind: 'phone'; name: string }
  | { kind: 'account'; field: string; line: number | null }
  | { kind: 'custom'; name: string }
  | { kind: 'block-begin' }
  | { kind: 'block-end' }
  | { kind: 'unknown'; name: string };

/** Classifies a placeholder name (the text between %% and %%). Custom names are not checked here. */
export function classifyPlaceholder(name: string): ParsedName {
  if (name === BLOCK_BEGIN) return { kind: 'block-begin' };
  if (name === BLOCK_END) return { kind: 'block-end' };
  if (name.startsWith('_')) return /^_[A-Z0-9][A-Z0-9_]*$/.test(name) ? { kind: 'custom', name: name.slice(1) } : { kind: 'unknown', name };
  if (PBX_NAMES.has(name)) return { kind: 'pbx', name };
  if (PHONE_NAMES.has(name)) return { kind: 'phone', name };
  const account = /^ACCOUNT(\d*)_([A-Z0-9_]+)$/.exec(name);
  if (account) {
    const [, digits, field] = account;
    if (!digits && (ACCOUNT_FIELD_NAMES.has(field) || INDEX_FIELD_NAMES.has(field))) return { kind: 'account', field, line: null };
    const line = Number(digits);
    if (digits && !digits.startsWith('0') && line >= 1 && line <= MAX_LINES && ACCOUNT_FIELD_NAMES.has(field)) {
      return { kind: 'account', field, line };
    }
  }
  return { kind: 'unknown', name };
}

/** Every built-in placeholder name a template editor can offer, grouped as in the guide. */
export function builtInPlaceholders(): PlaceholderSpec[] {
  return [
    ...PBX_PLACEHOLDERS.map(([name, example]) => ({ name, group: 'pbx' as const, example })),
    ...[...ACCOUNT_INDEX_FIELDS, ...ACCOUNT_FIELDS].map(([field, example]) => ({
      name: `ACCOUNT_${field}`,
      group: 'account' as const,
      example,
    })),
    ...PHONE_PLACEHOLDERS.map(([name, example]) => ({ name, group: 'phone' as const, example })),
  ];
}
