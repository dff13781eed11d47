import type { Transition, ZoneRule } from './rule';

/**
 * Panasonic KX-HDV. `TIME_ZONE` = standard offset in minutes (Tokyo 540, New York -300); `DST_ENABLE` Y/N;
 * `DST_OFFSET` minutes; `DST_START_MONTH`, `DST_START_ORDINAL_DAY` (1–5, 5 = fifth/last week),
 * `DST_START_DAY_OF_WEEK` (0 = Sunday … 6 = Saturday), `DST_START_TIME` (minutes after midnight), and the
 * same `DST_STOP_*`. Newer firmware also reads a POSIX string in `LOCAL_TIME_ZONE_POSIX`.
 */
export type PanasonicChange = { month: number; ordinalDay: number; dayOfWeek: number; time: number };
export type PanasonicTimeZone = {
  match: 'exact';
  timeZone: number;
  localTimeZonePosix: string;
  dstEnable: 'Y' | 'N';
  dst: { offset: number; start: PanasonicChange; stop: PanasonicChange } | null;
};

const change = (t: Transition): PanasonicChange => ({ month: t.month, ordinalDay: t.week, dayOfWeek: t.weekday, time: t.minutes });

export function panasonicTimeZone(rule: ZoneRule): PanasonicTimeZone {
  const dst = rule.dst ? { offset: rule.dst.saveMinutes, start: change(rule.dst.start), stop: change(rule.dst.end) } : null;
  return { match: 'exact', timeZone: rule.standardOffsetMinutes, localTimeZonePosix: rule.posix, dstEnable: dst ? 'Y' : 'N', dst };
}
