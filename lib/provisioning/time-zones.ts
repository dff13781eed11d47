/**
 * Time zones for phone configuration files: from an IANA name to the values each vendor family's keys
 * need. Offsets and DST rules come from the runtime's IANA database (Intl); a vendor's own list is consulted
 * only where its keys require a name or index from it. Pure: no I/O. Formats and sources:
 * lib/provisioning/time-zones.md.
 */
import { alcatelTimeZone, type AlcatelTimeZone } from './time-zones/alcatel';
import { ciscoTimeZone, type CiscoTimeZone } from './time-zones/cisco';
import { fanvilTimeZone, type FanvilTimeZone } from './time-zones/fanvil';
import { gigasetTimeZone, type GigasetTimeZone } from './time-zones/gigaset';
import { grandstreamTimeZone, type GrandstreamTimeZone } from './time-zones/grandstream';
import { htekTimeZone, type HtekTimeZone } from './time-zones/htek';
import { panasonicTimeZone, type PanasonicTimeZone } from './time-zones/panasonic';
import { polyTimeZone, type PolyTimeZone } from './time-zones/poly';
import { zoneRule } from './time-zones/rule';
import { snomTimeZone, type SnomTimeZone } from './time-zones/snom';
import { yealinkTimeZone, type YealinkTimeZone } from './time-zones/yealink';

export { UnknownTimeZoneError, UnsupportedTimeZoneError, zoneRule, type Match, type Transition, type ZoneRule } from './time-zones/rule';

/** The ten built-in families. */
export const VENDOR_FAMILIES = ['snom', 'yealink', 'fanvil', 'gigaset', 'grandstream', 'poly', 'cisco', 'panasonic', 'alcatel', 'htek'] as const;
export type VendorFamily = (typeof VENDOR_FAMILIES)[number];

/** What each family's keys need. `match` says how faithful the phone's clock will be (see time-zones.md). */
export type VendorTimeZones = {
  snom: SnomTimeZone;
  yealink: YealinkTimeZone;
  fanvil: FanvilTimeZone;
  gigaset: GigasetTimeZone;
  grandstream: GrandstreamTimeZone;
  poly: PolyTimeZone;
  cisco: CiscoTimeZone;
  panasonic: PanasonicTimeZone;
  alcatel: AlcatelTimeZone;
  htek: HtekTimeZone;
};

const BRANDS: Record<string, VendorFamily> = {
  snom: 'snom',
  yealink: 'yealink',
  fanvil: 'fanvil',
  gigaset: 'gigaset',
  grandstream: 'grandstream',
  poly: 'poly',
  polycom: 'poly',
  cisco: 'cisco',
  panasonic: 'panasonic',
  'alcatel-lucent': 'alcatel',
  alcatel: 'alcatel',
  ale: 'alcatel',
  htek: 'htek',
};

/** The family of a device-model brand ("Alcatel-Lucent" → alcatel), or null for a brand without one. */
export const vendorFamilyOfBrand = (brand: string): VendorFamily | null => BRANDS[brand.trim().toLowerCase()] ?? null;

/**
 * The values `vendor`'s time-zone keys need for `iana`, with the rule in force in the year of `at` (default:
 * now). Throws UnknownTimeZoneError for a name the IANA database does not know, UnsupportedTimeZoneError
 * when the family cannot express the zone; callers refuse the setting in both cases.
 */
export function vendorTimeZone<V extends VendorFamily>(iana: string, vendor: V, at: Date = new Date()): VendorTimeZones[V] {
  const rule = zoneRule(iana, at);
  const build: { [K in VendorFamily]: () => VendorTimeZones[K] } = {
    snom: () => snomTimeZone(rule, at),
    yealink: () => yealinkTimeZone(rule, at, iana),
    fanvil: () => fanvilTimeZone(rule),
    gigaset: () => gigasetTimeZone(rule, at, iana),
    grandstream: () => grandstreamTimeZone(rule),
    poly: () => polyTimeZone(rule, iana),
    cisco: () => ciscoTimeZone(rule),
    panasonic: () => panasonicTimeZone(rule),
    alcatel: () => alcatelTimeZone(rule, iana),
    htek: () => htekTimeZone(rule, at, iana),
  };
  return build[vendor]();
}
