import { hoursMinutes, type ZoneRule } from './rule';

/**
 * Alcatel-Lucent Enterprise Myriad (M3/M5/M7). `SettingTimeZone` = standard offset "+1:00" / "-5:00" /
 * "+5:30"; `SettingTimeZoneLocation` = the IANA location; `SettingDstEnable` 2 = automatic (the phone
 * applies the location's DST), 0 = off.
 */
export type AlcatelTimeZone = { match: 'exact'; timeZone: string; timeZoneLocation: string; dstEnable: 0 | 2 };

export const alcatelTimeZone = (rule: ZoneRule, iana: string): AlcatelTimeZone => ({
  match: 'exact',
  timeZone: `${rule.standardOffsetMinutes < 0 ? '-' : '+'}${hoursMinutes(rule.standardOffsetMinutes)}${rule.standardOffsetMinutes % 60 ? '' : ':00'}`,
  timeZoneLocation: iana.trim(),
  dstEnable: rule.dst ? 2 : 0,
});
