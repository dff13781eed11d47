/**
 * The URL a SIP PnP NOTIFY carries (body of `Content-Type: application/url`, RFC 6080 §5 as
 * practised by phones), shaped per vendor as listed in ../shared/domain/sip-pnp.md §3.3 and
 * ../shared/domain/phones.md §2.1:
 *
 * - Snom: a setting-file URL; the phone expands `{mac}` itself.
 * - Yealink: a plain URL; a directory makes the phone fetch its own boot/common/`<mac>.cfg` files.
 * - Grandstream, Escene, AudioCodes: a directory (ending in `/`); the phone appends its file names.
 * - Fanvil / Planet (OEM): a config URL; the phone expands `$mac`.
 * - Panasonic: a (pre-)provisioning file URL; the phone expands `{MAC}` (also `{MODEL}`, `{fwver}`).
 * - Gigaset, Akuvox and anything unknown: a plain URL (the device's file when known).
 *
 * When the device's generated file name is known it is used as is, except where the phone only
 * accepts a directory, or where the name is the phone's native one and a directory lets it also
 * fetch its common files (Yealink).
 */

export type PnpVendor = 'snom' | 'yealink' | 'grandstream' | 'fanvil' | 'panasonic' | 'gigaset' | 'audiocodes' | 'akuvox' | 'escene' | 'generic';

export type PnpUrlInput = {
  /** Brand name or Event `vendor=` value, any case (`Yealink`, `PLANET`, `snom`, `AUDC`…). */
  vendor: string | null;
  /** 12 lowercase hex digits, or null when the phone did not tell (AudioCodes). */
  mac: string | null;
  /** The device's generated file name (may include a tenant directory), or null when unknown. */
  fileName: string | null;
  /** Directory URL the files are served under, e.g. `http://host:8080/provisioning/`. */
  baseUrl: string;
};

const ALIASES: ReadonlyArray<readonly [RegExp, PnpVendor]> = [
  [/^snom/, 'snom'],
  [/^yealink/, 'yealink'],
  [/^grandstream/, 'grandstream'],
  [/^(fanvil|planet)/, 'fanvil'],
  [/^panasonic/, 'panasonic'],
  [/^gigaset/, 'gigaset'],
  [/^(audiocodes|audc)/, 'audiocodes'],
  [/^akuvox/, 'akuvox'],
  [/^escene/, 'escene'],
];

/** Maps a brand / Event vendor string to the URL convention it follows; unknown → `generic`. */
export function pnpVendorOf(vendor: string | null): PnpVendor {
  const key = (vendor ?? '')
    .trim()
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '');
  return ALIASES.find(([pattern]) => pattern.test(key))?.[1] ?? 'generic';
}

function directory(baseUrl: string): string {
  return baseUrl.endsWith('/') ? baseUrl : `${baseUrl}/`;
}

/** Joins a file name to the directory, escaping each segment but keeping phone macros (`{mac}`, `$mac`). */
function fileUrl(baseUrl: string, fileName: string): string {
  const path = fileName
    .replace(/^\/+/, '')
    .split('/')
    .map((segment) => encodeURIComponent(segment).replace(/%7B|%7D|%24/gi, decodeURIComponent))
    .join('/');
  return `${directory(baseUrl)}${path}`;
}

function isYealinkNativeName(fileName: string, mac: string | null): boolean {
  const base = fileName.split('/').pop()?.toLowerCase() ?? '';
  return mac !== null && (base === `${mac}.cfg` || base === `${mac}.boot`);
}

/** The URL to put in the NOTIFY body for this vendor. `baseUrl` is a directory URL. */
export function pnpUrlFor({ vendor, mac, fileName, baseUrl }: PnpUrlInput): string {
  const file = fileName?.trim() || null;
  switch (pnpVendorOf(vendor)) {
    case 'snom':
      return fileUrl(baseUrl, file ?? '{mac}.htm');
    case 'fanvil':
      return fileUrl(baseUrl, file ?? '$mac.cfg');
    case 'panasonic':
      return fileUrl(baseUrl, file ?? 'Config{MAC}.cfg');
    case 'yealink':
      return file && !isYealinkNativeName(file, mac) ? fileUrl(baseUrl, file) : directory(baseUrl);
    case 'grandstream':
    case 'escene':
    case 'audiocodes':
      return directory(baseUrl);
    case 'gigaset':
    case 'akuvox':
    case 'generic':
      return file ? fileUrl(baseUrl, file) : directory(baseUrl);
  }
}
