/**
 * MAC → vendor from the IEEE registries (MA-L 24-bit, MA-M 28-bit and MA-S 36-bit prefixes), as the
 * `oui-data` package ships them offline (one JSON object: upper-case hex prefix → "Organisation\nAddress…").
 * The table is ~5.6 MB of JSON (~20 MB once parsed), so it is read on the first lookup, never at import,
 * and only by server code: the fetch log's batch writer, unknown devices and the SIP PnP daemon. Never
 * import this module from client code. `loadOuiRegistry()` lets a process pay the one-off read at start-up.
 */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { log } from '@/lib/logger';

type Registry = Readonly<Record<string, string>>;

let registry: Registry | null = null;

/** Entries that name nobody: hidden assignees, and the parent MA-L blocks of MA-M/MA-S assignments. */
const UNINFORMATIVE = /^(private|ieee registration authority)$/i;

/**
 * Registry organisation → short display vendor, for the phone makers Provisio knows; older brand names
 * fold into today's family (Aastra → Mitel, Siemens Home & Office → Gigaset, Cisco-Linksys → Cisco).
 */
const DISPLAY_VENDORS: ReadonlyArray<readonly [RegExp, string]> = [
  [/yealink/i, 'Yealink'],
  [/^snom\b/i, 'Snom'],
  [/^fanvil\b/i, 'Fanvil'],
  [/^gigaset\b|^siemens home (&|and) office/i, 'Gigaset'],
  [/^grandstream\b/i, 'Grandstream'],
  [/^(polycom|poly|plantronics)\b/i, 'Poly'],
  [/^cisco\b/i, 'Cisco'],
  [/^panasonic\b/i, 'Panasonic'],
  [/^(ale international|alcatel[- ]lucent)\b/i, 'Alcatel-Lucent'],
  [/^(mitel|aastra)\b/i, 'Mitel'],
  [/^avaya\b/i, 'Avaya'],
  [/^akuvox\b/i, 'Akuvox'],
  [/\bescene\b/i, 'Escene'],
  [/^(hanlong technology|htek)\b/i, 'Htek'],
  [/^audio ?codes\b/i, 'AudioCodes'],
  [/^unify software and solutions\b/i, 'Unify'],
  [/^spectralink\b/i, 'Spectralink'],
  [/^siemens\b/i, 'Siemens'],
  [/^(the )?linksys\b/i, 'Linksys'],
];

function table(): Registry {
  if (registry) return registry;
  try {
    const file = createRequire(import.meta.url).resolve('oui-data');
    registry = JSON.parse(readFileSync(file, 'utf8')) as Registry;
  } catch (error) {
    // A missing table must not cost fetch-log rows: vendors are then simply not guessed from MACs.
    log.warn('the IEEE OUI registry (oui-data) could not be read; MAC vendors are not guessed', { error: String(error) });
    registry = {};
  }
  return registry;
}

/** Reads the registry now (at start-up, off the request path) so that the first lookup does not pay for it. */
export function loadOuiRegistry(): void {
  table();
}

/**
 * The registered organisation for a MAC (any notation, or a prefix of at least 6 hex digits), trying
 * MA-S, then MA-M, then MA-L; null when unassigned, private or not a MAC.
 */
export function ouiOrganisation(mac: string | null | undefined): string | null {
  const hex = mac?.replace(/[\s:.-]/g, '').toUpperCase() ?? '';
  if (!/^[0-9A-F]{6,12}$/.test(hex)) return null;
  const entries = table();
  const entry =
    (hex.length >= 9 ? entries[hex.slice(0, 9)] : undefined) ?? (hex.length >= 7 ? entries[hex.slice(0, 7)] : undefined) ?? entries[hex.slice(0, 6)];
  const organisation = entry?.split('\n', 1)[0].replace(/\s+/g, ' ').trim();
  return organisation && !UNINFORMATIVE.test(organisation) ? organisation : null;
}

/** A short display vendor for a registry organisation name: the family for known phone makers, else the name. */
export function displayVendor(organisation: string): string {
  return DISPLAY_VENDORS.find(([pattern]) => pattern.test(organisation))?.[1] ?? organisation;
}

/**
 * The vendor of a MAC from the IEEE registry: a short display name for the phone makers we know
 * ("Yealink", "Snom", "Poly"…), the registered organisation otherwise, null when the prefix is unknown.
 */
export function vendorFromMac(mac: string | null | undefined): string | null {
  const organisation = ouiOrganisation(mac);
  return organisation ? displayVendor(organisation) : null;
}
