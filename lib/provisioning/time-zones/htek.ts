import { UnsupportedTimeZoneError, zoneRule, type ZoneRule } from './rule';

/**
 * Htek UC9xx. `P64` (Preference_TimeZone) = index of an entry of the phone's own time-zone list, `P75`
 * (Preference_DaylightSavingTime) 2 = automatic, from that entry. The indices known here are one per standard
 * offset, so only the offset is guaranteed ("offset-only"): the entry's own DST rule is not.
 */
export type HtekTimeZone = { match: 'offset-only'; timeZone: number; daylightSaving: 2 };

/** Htek list index used for each standard offset, keyed by a zone having that offset. */
const INDICES: ReadonlyArray<readonly [string, number]> = [
  ['America/Los_Angeles', 6],
  ['America/Denver', 10],
  ['America/Chicago', 14],
  ['America/New_York', 18],
  ['America/Sao_Paulo', 30],
  ['Europe/London', 33],
  ['Europe/Paris', 49],
  ['Europe/Athens', 57],
  ['Europe/Moscow', 73],
  ['Asia/Dubai', 77],
  ['Asia/Kolkata', 84],
  ['Asia/Shanghai', 89],
  ['Asia/Tokyo', 93],
  ['Australia/Adelaide', 94],
  ['Australia/Sydney', 96],
  ['Pacific/Auckland', 102],
];

export function htekTimeZone(rule: ZoneRule, at: Date, iana: string): HtekTimeZone {
  const found = INDICES.find(([zone]) => zoneRule(zone, at).standardOffsetMinutes === rule.standardOffsetMinutes);
  if (!found) throw new UnsupportedTimeZoneError(iana, 'Htek', 'no list index is known for its standard offset');
  return { match: 'offset-only', timeZone: found[1], daylightSaving: 2 };
}
