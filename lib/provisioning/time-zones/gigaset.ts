import { pickListed, UnsupportedTimeZoneError, type Match, type ZoneRule } from './rule';

/**
 * Gigaset N670/N870 (Nx70). `DmGlobal.0.TimeZone` takes an IANA-style name, but only one from the
 * base station's fixed list; the base applies that entry's own DST.
 */
export type GigasetTimeZone = { match: Match; timeZone: string };

/** Names the Nx70 list accepts (a subset: the major zones; the list has several aliases per entry). */
const LIST: ReadonlyArray<readonly [string, string]> = [
  'Greenwich',
  'Europe/London',
  'Europe/Dublin',
  'Europe/Lisbon',
  'Europe/Rome',
  'Europe/Paris',
  'Europe/Berlin',
  'Europe/Madrid',
  'Europe/Zurich',
  'Europe/Vienna',
  'Europe/Amsterdam',
  'Europe/Brussels',
  'Europe/Warsaw',
  'Europe/Prague',
  'Europe/Athens',
  'Europe/Helsinki',
  'Europe/Bucharest',
  'Europe/Kaliningrad',
  'Europe/Istanbul',
  'Europe/Moscow',
  'Africa/Cairo',
  'Asia/Dubai',
  'Asia/Karachi',
  'Asia/Dhaka',
  'Asia/Hong_Kong',
  'Asia/Tokyo',
  'Australia/Adelaide',
  'Australia/Darwin',
  'Australia/Brisbane',
  'Australia/Sydney',
  'Pacific/Noumea',
  'Pacific/Honolulu',
  'America/Anchorage',
  'America/Los_Angeles',
  'America/Denver',
  'America/Chicago',
  'America/New_York',
  'America/Caracas',
  'America/Sao_Paulo',
].map((zone) => [zone, zone] as const);

export function gigasetTimeZone(rule: ZoneRule, at: Date, iana: string): GigasetTimeZone {
  const listed = pickListed(LIST, rule, at);
  if (!listed) throw new UnsupportedTimeZoneError(iana, 'Gigaset', 'no zone in the base station list has the same offset and DST rule');
  return { match: listed.match, timeZone: listed.value };
}
