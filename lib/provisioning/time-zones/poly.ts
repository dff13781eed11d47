import { UnsupportedTimeZoneError, wholeHour, type Transition, type ZoneRule } from './rule';

/**
 * Poly VVX / Edge E (UC Software). `tcpIpApp.sntp.gmtOffset` = standard offset in seconds;
 * `tcpIpApp.sntp.daylightSavings.enable` 0/1, `.fixedDayEnable` 0 (weekday rules), and per `start`/`stop`:
 * `.month`, `.date` (1, 8, 15, 22 = first … fourth such weekday "on or after"), `.dayOfWeek` (1 = Sunday … 7 =
 * Saturday), `.dayOfWeek.lastInMonth` (1 = the last one; `.date` is then ignored), `.time` (hour 0–23).
 * The phone moves the clock by one hour: other DST amounts are refused.
 */
export type PolyChange = { month: number; date: number | null; dayOfWeek: number; lastInMonth: 0 | 1; time: number };
export type PolyTimeZone = {
  match: 'exact';
  gmtOffsetSeconds: number;
  daylightSavingsEnable: 0 | 1;
  dst: { fixedDayEnable: 0; start: PolyChange; stop: PolyChange } | null;
};

export function polyTimeZone(rule: ZoneRule, iana: string): PolyTimeZone {
  const change = (t: Transition): PolyChange => ({
    month: t.month,
    date: t.week === 5 ? null : (t.week - 1) * 7 + 1,
    dayOfWeek: t.weekday + 1,
    lastInMonth: t.week === 5 ? 1 : 0,
    time: wholeHour(t.minutes, iana, 'Poly'),
  });
  if (rule.dst && rule.dst.saveMinutes !== 60) throw new UnsupportedTimeZoneError(iana, 'Poly', `its DST moves the clock by ${rule.dst.saveMinutes} minutes`);
  const dst = rule.dst ? { fixedDayEnable: 0 as const, start: change(rule.dst.start), stop: change(rule.dst.end) } : null;
  return { match: 'exact', gmtOffsetSeconds: rule.standardOffsetMinutes * 60, daylightSavingsEnable: dst ? 1 : 0, dst };
}
