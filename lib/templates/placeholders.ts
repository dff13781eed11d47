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
 *
 * Conditional blocks (`%%IF NAME%% … %%END_IF%%`, `%%IF_NOT NAME%% … %%END_IF%%`) test any value
 * placeholder valid where they stand; tokenize.ts reads them, parse.ts checks them.
 */

import { VENDOR_PLACEHOLDERS } from './vendor-placeholders';

export const PLACEHOLDER_GROUPS = ['pbx', 'account', 'phone', 'vendor'] as const;
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
  ['PROVISIONING_URL', 'http://pbx.example.com:8080/provisioning/'],
  ['PROVISIONING_URL_SCHEME', 'http'],
  ['PROVISIONING_HTTP_URL', 'http://pbx.example.com:8080/provisioning/'],
  ['PROVISIONING_HTTPS_URL', 'https://pbx.example.com:8443/provisioning/'],
  ['PROVISIONING_TFTP_URL', 'tftp://pbx.example.com/'],
  ['PROVISIONING_RESYNC_MINUTES', '1440'],
  ['PROVISIONING_RESYNC_SECONDS', '86400'],
  ['PROVISIONING_RESYNC_HOURS', '24'],
  ['PROVISIONING_RESYNC_TIME', '03:00'],
  ['PROVISIONING_RESYNC_TIME_HHMM', '0300'],
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

/**
 * Only meaningful for the current line: index inside a block (or 1 outside). INDEX_PADn is the
 * 1-based index zero-padded to n digits, for vendors that number lines with a fixed width
 * (Gigaset handsets are 00001, 00002 … 00010); n is 2–6 because MAX_LINES needs two digits at most.
 */
export const ACCOUNT_INDEX_FIELDS = [
  ['INDEX', '1'],
  ['INDEX0', '0'],
  ['INDEX_PAD2', '01'],
  ['INDEX_PAD3', '001'],
  ['INDEX_PAD4', '0001'],
  ['INDEX_PAD5', '00001'],
  ['INDEX_PAD6', '000001'],
] as const;

/**
 * Examples describe one phone with every option set (static address, VLAN): no example is empty,
 * so a sample render takes the body of every `%%IF%%` and the XML check sees the optional parts.
 */
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
  ['NETWORK_MODE', 'static'],
  ['NETWORK_DHCP', '0'],
  ['NETWORK_IP', '192.0.2.10'],
  ['NETWORK_NETMASK', '255.255.255.0'],
  ['NETWORK_GATEWAY', '192.0.2.1'],
  ['NETWORK_DNS1', '192.0.2.53'],
  ['NETWORK_DNS2', '198.51.100.53'],
  ['VLAN_ENABLED', '1'],
  ['VLAN_ID', '20'],
  ['VLAN_PRIORITY', '5'],
  ['DEVICE_LANGUAGE', 'it'],
  ['DEVICE_TIME_ZONE', 'Europe/Rome'],
] as const;

export type PbxPlaceholder = (typeof PBX_PLACEHOLDERS)[number][0];
export type AccountField = (typeof ACCOUNT_FIELDS)[number][0];
export type PhonePlaceholder = (typeof PHONE_PLACEHOLDERS)[number][0];

export const BLOCK_BEGIN = 'BEGIN_ACCOUNTS';
export const BLOCK_END = 'END_ACCOUNTS';
/** `%%IF NAME%%` renders its body when NAME's value is not empty, `%%IF_NOT NAME%%` when it is. */
export const IF_KEYWORDS = ['IF', 'IF_NOT'] as const;
export type IfKeyword = (typeof IF_KEYWORDS)[number];
export const IF_END = 'END_IF';
export const MAX_LINES = 48;

const PBX_NAMES = new Set<string>(PBX_PLACEHOLDERS.map(([n]) => n));
/** Vendor values (vendor-placeholders.ts) render like phone values: they may depend on the device. */
const PHONE_NAMES = new Set<string>([...PHONE_PLACEHOLDERS, ...VENDOR_PLACEHOLDERS].map(([n]) => n));
const ACCOUNT_FIELD_NAMES = new Set<string>(ACCOUNT_FIELDS.map(([n]) => n));
const INDEX_FIELD_NAMES = new Set<string>(ACCOUNT_INDEX_FIELDS.map(([n]) => n));

export type ParsedName =
  | { kind: 'pbx'; name: string }
  | { kind: 'phone'; name: string }
  | { kind: 'account'; field: string; line: number | null }
  | { kind: 'custom'; name: string }
  | { kind: 'block-begin' }
  | { kind: 'block-end' }
  | { kind: 'if-end' }
  | { kind: 'unknown'; name: string };

/** Classifies a placeholder name (the text between %% and %%). Custom names are not checked here. */
export function classifyPlaceholder(name: string): ParsedName {
  if (name === BLOCK_BEGIN) return { kind: 'block-begin' };
  if (name === BLOCK_END) return { kind: 'block-end' };
  if (name === IF_END) return { kind: 'if-end' };
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
    ...VENDOR_PLACEHOLDERS.map(([name, example]) => ({ name, group: 'vendor' as const, example })),
  ];
}
