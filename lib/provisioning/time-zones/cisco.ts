import { hoursMinutes, isoWeekday, signedHhMm, type Transition, type ZoneRule } from './rule';

/**
 * Cisco MPP (78xx/88xx 3PCC). `Time_Zone` = "GMT-05:00" (standard offset); `Daylight_Saving_Time_Enable`
 * yes/no; `Daylight_Saving_Time_Rule` = "start=<m>/<day>/<weekday>[/HH[:mm]];end=…;save=<h[:mm]>" where a
 * positive day means "the weekday on or after that date", -1 "the last one in the month", and weekday
 * 1 = Monday … 7 = Sunday.
 */
export type CiscoTimeZone = { match: 'exact'; timeZone: string; daylightSavingTimeEnable: 'yes' | 'no'; daylightSavingTimeRule: string };

const change = (t: Transition) => `${t.month}/${t.week === 5 ? -1 : (t.week - 1) * 7 + 1}/${isoWeekday(t.weekday)}/${hoursMinutes(t.minutes)}`;

export function ciscoTimeZone(rule: ZoneRule): CiscoTimeZone {
  const dst = rule.dst;
  return {
    match: 'exact',
    timeZone: `GMT${signedHhMm(rule.standardOffsetMinutes)}`,
    daylightSavingTimeEnable: dst ? 'yes' : 'no',
    daylightSavingTimeRule: dst ? `start=${change(dst.start)};end=${change(dst.end)};save=${hoursMinutes(dst.saveMinutes)}` : '',
  };
}
