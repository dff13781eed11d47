import { isoWeekday, pickListed, signedHours, wholeHour, zoneRule, type Transition, type ZoneRule } from './rule';

/**
 * Yealink T4x/T5x (fw ≥ 80). `local_time.time_zone` = offset ("+1", "-5", "+5:30", "0");
 * `local_time.time_zone_name` = a name from Yealink's list (display only here, because DST is given
 * explicitly: `local_time.summer_time` = 1, `dst_time_type` = 1 (by week), `start_time`/`end_time` =
 * "month/week/weekday/hour" with week 5 = last, weekday 1 = Monday … 7 = Sunday, `offset_time` in minutes).
 */
export type YealinkTimeZone = {
  match: 'exact';
  timeZone: string;
  timeZoneName: string;
  summerTime: 0 | 1;
  dst: { dstTimeType: 1; startTime: string; endTime: string; offsetTime: number } | null;
};

/** Names from Yealink's time-zone list, one per major zone. */
const NAMES: ReadonlyArray<readonly [string, string]> = [
  ['UTC', 'GMT'],
  ['Europe/London', 'United Kingdom(London)'],
  ['Europe/Dublin', 'Ireland(Dublin)'],
  ['Europe/Lisbon', 'Portugal(Lisboa,Porto,Funchal)'],
  ['Europe/Rome', 'Italy(Rome)'],
  ['Europe/Paris', 'France(Paris)'],
  ['Europe/Berlin', 'Germany(Berlin)'],
  ['Europe/Madrid', 'Spain(Madrid)'],
  ['Europe/Vienna', 'Austria(Vienna)'],
  ['Europe/Amsterdam', 'Netherlands(Amsterdam)'],
  ['Europe/Brussels', 'Belgium(Brussels)'],
  ['Europe/Athens', 'Greece(Athens)'],
  ['Europe/Helsinki', 'Finland(Helsinki)'],
  ['Europe/Bucharest', 'Romania(Bucharest)'],
  ['Europe/Moscow', 'Russia(Moscow)'],
  ['Asia/Kolkata', 'India(Calcutta)'],
  ['Asia/Kathmandu', 'Nepal(Katmandu)'],
  ['Asia/Shanghai', 'China(Beijing)'],
  ['Asia/Singapore', 'Singapore(Singapore)'],
  ['Asia/Tokyo', 'Japan(Tokyo)'],
  ['Australia/Perth', 'Australia(Perth)'],
  ['Australia/Adelaide', 'Australia(Adelaide)'],
  ['Australia/Darwin', 'Australia(Darwin)'],
  ['Australia/Brisbane', 'Australia(Brisbane)'],
  ['Australia/Sydney', 'Australia(Sydney,Melbourne,Canberra)'],
  ['Pacific/Auckland', 'New Zealand(Wellington,Auckland)'],
  ['America/Sao_Paulo', 'Brazil(no DST)'],
  ['America/New_York', 'United States-Eastern Time'],
  ['America/Chicago', 'United States-Central Time'],
  ['America/Denver', 'United States-Mountain Time'],
  ['America/Phoenix', 'United States-MST no DST'],
  ['America/Los_Angeles', 'United States-Pacific Time'],
  ['America/Anchorage', 'United States-Alaska Time'],
];

export function yealinkTimeZone(rule: ZoneRule, at: Date, iana: string): YealinkTimeZone {
  const change = (t: Transition) => `${t.month}/${t.week}/${isoWeekday(t.weekday)}/${wholeHour(t.minutes, iana, 'Yealink')}`;
  // The name only labels the zone: without one for the zone or an equivalent one, any name of the same offset.
  const sameOffset = NAMES.find(([zone]) => zoneRule(zone, at).standardOffsetMinutes === rule.standardOffsetMinutes);
  const timeZoneName = pickListed(NAMES, rule, at)?.value ?? sameOffset?.[1] ?? '';
  const dst = rule.dst ? { dstTimeType: 1 as const, startTime: change(rule.dst.start), endTime: change(rule.dst.end), offsetTime: rule.dst.saveMinutes } : null;
  return { match: 'exact', timeZone: signedHours(rule.standardOffsetMinutes), timeZoneName, summerTime: dst ? 1 : 0, dst };
}
