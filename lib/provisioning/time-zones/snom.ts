import { isoWeekday, pickListed, type Match, type Transition, type ZoneRule } from './rule';

/**
 * Snom D7xx. `timezone` takes a code from Snom's own list (country + standard offset in hours, "USA-5",
 * "ITA+1", "IND+5.5", "AUS2+10"); the phone derives `utc_offset` and `dst` from it. The explicit pair is
 * still returned so a template can write a zone that has no code (timezone left empty):
 * `utc_offset` = seconds east of UTC, `dst` = "<save s> MM.WW.DD hh:mm:ss MM.WW.DD hh:mm:ss" with
 * WW 05 = last week and DD 01 = Monday … 07 = Sunday.
 */
export type SnomTimeZone = { match: Match; timezone: string; utcOffsetSeconds: number; dst: string };

/** Codes from Snom's time-zone list (as the phone's web UI offers them), one per major zone. */
const CODES: ReadonlyArray<readonly [string, string]> = [
  ['Europe/London', 'GBR-0'],
  ['Europe/Dublin', 'IRL-0'],
  ['Europe/Lisbon', 'PRT-0'],
  ['Europe/Rome', 'ITA+1'],
  ['Europe/Paris', 'FRA+1'],
  ['Europe/Berlin', 'GER+1'],
  ['Europe/Madrid', 'ESP+1'],
  ['Europe/Zurich', 'CHE+1'],
  ['Europe/Vienna', 'AUT+1'],
  ['Europe/Amsterdam', 'NLD+1'],
  ['Europe/Brussels', 'BEL+1'],
  ['Europe/Warsaw', 'POL+1'],
  ['Europe/Athens', 'GRC+2'],
  ['Europe/Helsinki', 'FIN+2'],
  ['Europe/Bucharest', 'ROU+2'],
  ['Europe/Moscow', 'RUS+3'],
  ['Asia/Dubai', 'UAE+4'],
  ['Asia/Kolkata', 'IND+5.5'],
  ['Asia/Shanghai', 'CHN+8'],
  ['Asia/Singapore', 'SGP+8'],
  ['Asia/Tokyo', 'JPN+9'],
  ['Australia/Perth', 'AUS+8'],
  ['Australia/Adelaide', 'AUS+9.5'],
  ['Australia/Darwin', 'AUS2+9.5'],
  ['Australia/Sydney', 'AUS+10'],
  ['Australia/Brisbane', 'AUS2+10'],
  ['Pacific/Auckland', 'NZL+12'],
  ['America/Sao_Paulo', 'BRA2-3'],
  ['America/New_York', 'USA-5'],
  ['America/Chicago', 'USA-6'],
  ['America/Denver', 'USA-7'],
  ['America/Phoenix', 'USA2-7'],
  ['America/Los_Angeles', 'USA-8'],
  ['America/Anchorage', 'USA-9'],
];

const pad = (n: number) => String(n).padStart(2, '0');
const change = (t: Transition) => `${pad(t.month)}.${pad(t.week)}.${pad(isoWeekday(t.weekday))} ${pad(Math.floor(t.minutes / 60))}:${pad(t.minutes % 60)}:00`;

export function snomTimeZone(rule: ZoneRule, at: Date): SnomTimeZone {
  const listed = pickListed(CODES, rule, at);
  const dst = rule.dst ? `${rule.dst.saveMinutes * 60} ${change(rule.dst.start)} ${change(rule.dst.end)}` : '';
  return { match: listed?.match ?? 'exact', timezone: listed?.value ?? '', utcOffsetSeconds: rule.standardOffsetMinutes * 60, dst };
}
