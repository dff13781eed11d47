import { hoursMinutes, type Transition, type ZoneRule } from './rule';

/**
 * Fanvil X series (`<sysConf><phone><date>`). `TimeZone` = standard offset in quarter hours (UTC+1 → 4,
 * UTC-5 → -20, +5:45 → 23); `TimeZoneName` = the label the phone shows ("UTC+1", "UTC-05", "UTC").
 * DST: `EnableDST` 2 with `DSTMinOffset` (minutes) and `DST{Start,End}{Mon,Week,Wday,Hour,Min}`,
 * Week 1–4 or -1 for the last, Wday 0 = Sunday … 6 = Saturday; `EnableDST` 0 without DST.
 */
export type FanvilChange = { month: number; week: number; weekday: number; hour: number; minute: number };
export type FanvilTimeZone = {
  match: 'exact';
  timeZone: number;
  timeZoneName: string;
  enableDst: 0 | 2;
  dst: { minOffset: number; start: FanvilChange; end: FanvilChange } | null;
};

const change = (t: Transition): FanvilChange => ({
  month: t.month,
  week: t.week === 5 ? -1 : t.week,
  weekday: t.weekday,
  hour: Math.floor(t.minutes / 60),
  minute: t.minutes % 60,
});

function label(minutes: number): string {
  if (minutes === 0) return 'UTC';
  const [hours, rest] = hoursMinutes(minutes).split(':');
  return `UTC${minutes > 0 ? `+${hours}` : `-${hours.padStart(2, '0')}`}${rest ? `:${rest}` : ''}`;
}

export function fanvilTimeZone(rule: ZoneRule): FanvilTimeZone {
  const dst = rule.dst ? { minOffset: rule.dst.saveMinutes, start: change(rule.dst.start), end: change(rule.dst.end) } : null;
  return { match: 'exact', timeZone: rule.standardOffsetMinutes / 15, timeZoneName: label(rule.standardOffsetMinutes), enableDst: dst ? 2 : 0, dst };
}
