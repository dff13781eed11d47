import { describe, expect, it } from 'vitest';
import {
  UnknownTimeZoneError,
  UnsupportedTimeZoneError,
  VENDOR_FAMILIES,
  vendorFamilyOfBrand,
  vendorTimeZone,
  zoneRule,
  type VendorFamily,
  type VendorTimeZones,
} from './time-zones';
import type { FanvilChange } from './time-zones/fanvil';
import type { PanasonicChange } from './time-zones/panasonic';
import type { PolyChange } from './time-zones/poly';

/**
 * Every family × the reference zones, with the rules in force in 2025 (the IANA rules of these zones have
 * been stable since 2019, when Brazil dropped DST). "Wazo" is github.com/wazo-platform/wazo-provd-plugins at
 * 2321a3f390c2 (read for key names and value formats only); "GS template" is Grandstream's own config
 * template grp261x_config_1.0.5.15.txt / gxp16xx_config_1.0.7.3.txt (from grandstream.com config-template.zip,
 * kept in that repository at 36197dbd under plugins/wazo-grandstream/docs/config-template/).
 */
const AT = new Date('2025-06-15T12:00:00Z');

const ZONES = [
  'UTC',
  'Europe/Rome',
  'Europe/London',
  'Europe/Lisbon',
  'America/New_York',
  'America/Chicago',
  'America/Denver',
  'America/Phoenix',
  'America/Los_Angeles',
  'America/Sao_Paulo',
  'Asia/Kolkata',
  'Asia/Kathmandu',
  'Asia/Tokyo',
  'Australia/Sydney',
  'Australia/Adelaide',
  'Pacific/Auckland',
] as const;
type Zone = (typeof ZONES)[number];

const UNSUPPORTED = 'unsupported' as const;
type Table<V extends VendorFamily> = Record<Zone, VendorTimeZones[V] | typeof UNSUPPORTED>;

/**
 * Snom: `timezone` codes from Snom's list (https://service.snom.com/display/wiki/timezone; code = country +
 * standard offset in hours, e.g. Wazo plugins/wazo_snom/common/common.py writes `<timezone>` as
 * country + `%+d` hours): USA-5/-6/-7/-8 for the US zones, USA2-7 "MST no DST" (Arizona), BRA2-3
 * "Brazil (no DST)", IND+5.5, AUS+9.5 Adelaide, AUS+10 Sydney, NZL+12. No code exists for UTC without DST
 * nor for +5:45, so `timezone` stays empty there. `dst` per https://service.snom.com/display/wiki/dst:
 * "<offset s> mm.ww.dd hh:mm:ss mm.ww.dd hh:mm:ss", ww 05 = last week, dd 07 = Sunday; its own example for
 * Germany is "3600 03.05.07 02:00:00 10.05.07 03:00:00". `utc_offset` in seconds as in Wazo's former Snom
 * plugin (git history of plugins/xivo-snom/common_v10/common.py, commit 00e56be3).
 */
const snom = (timezone: string, utcOffsetSeconds: number, dst = ''): VendorTimeZones['snom'] => ({ match: 'exact', timezone, utcOffsetSeconds, dst });
const SNOM_US = '3600 03.02.07 02:00:00 11.01.07 02:00:00';
const SNOM_WEST_EU = '3600 03.05.07 01:00:00 10.05.07 02:00:00';
const SNOM_AU = '3600 10.01.07 02:00:00 04.01.07 03:00:00';
const SNOM: Table<'snom'> = {
  UTC: snom('', 0),
  'Europe/Rome': snom('ITA+1', 3600, '3600 03.05.07 02:00:00 10.05.07 03:00:00'),
  'Europe/London': snom('GBR-0', 0, SNOM_WEST_EU),
  'Europe/Lisbon': snom('PRT-0', 0, SNOM_WEST_EU),
  'America/New_York': snom('USA-5', -18000, SNOM_US),
  'America/Chicago': snom('USA-6', -21600, SNOM_US),
  'America/Denver': snom('USA-7', -25200, SNOM_US),
  'America/Phoenix': snom('USA2-7', -25200),
  'America/Los_Angeles': snom('USA-8', -28800, SNOM_US),
  'America/Sao_Paulo': snom('BRA2-3', -10800),
  'Asia/Kolkata': snom('IND+5.5', 19800),
  'Asia/Kathmandu': snom('', 20700),
  'Asia/Tokyo': snom('JPN+9', 32400),
  'Australia/Sydney': snom('AUS+10', 36000, SNOM_AU),
  'Australia/Adelaide': snom('AUS+9.5', 34200, SNOM_AU),
  'Pacific/Auckland': snom('NZL+12', 43200, '3600 09.05.07 02:00:00 04.01.07 03:00:00'),
};

/**
 * Yealink: `local_time.time_zone` "+1" style (Wazo plugins/wazo_yealink/v87/common.py; half and quarter
 * hours as "+5:30"/"+5:45" like the AutoDST `szTime` "[+/-][X]:[Y]",
 * https://www.easymanua.ls/yealink/w53p/manual/269696?p=91). `local_time.summer_time` 1 + `dst_time_type` 1
 * + `start_time`/`end_time` "Month/Week of Month/Day of Week/Hour", week 5 = last, 1 = Monday … 7 = Sunday,
 * hour 0–23, `offset_time` in minutes: Yealink T5 admin guide,
 * https://manualshive.com/en/manual/yealink/sip-t5-series/sip-t5-series_administrators-manual_3909785-225.html.
 * Names as Yealink's list writes them (the guide's own examples: "+5:30 India(Calcutta)").
 */
const yealink = (timeZone: string, timeZoneName: string, rule?: [string, string]): VendorTimeZones['yealink'] => ({
  match: 'exact',
  timeZone,
  timeZoneName,
  summerTime: rule ? 1 : 0,
  dst: rule ? { dstTimeType: 1, startTime: rule[0], endTime: rule[1], offsetTime: 60 } : null,
});
const YL_US: [string, string] = ['3/2/7/2', '11/1/7/2'];
const YL_WEST_EU: [string, string] = ['3/5/7/1', '10/5/7/2'];
const YL_AU: [string, string] = ['10/1/7/2', '4/1/7/3'];
const YEALINK: Table<'yealink'> = {
  UTC: yealink('0', 'GMT'),
  'Europe/Rome': yealink('+1', 'Italy(Rome)', ['3/5/7/2', '10/5/7/3']),
  'Europe/London': yealink('0', 'United Kingdom(London)', YL_WEST_EU),
  'Europe/Lisbon': yealink('0', 'Portugal(Lisboa,Porto,Funchal)', YL_WEST_EU),
  'America/New_York': yealink('-5', 'United States-Eastern Time', YL_US),
  'America/Chicago': yealink('-6', 'United States-Central Time', YL_US),
  'America/Denver': yealink('-7', 'United States-Mountain Time', YL_US),
  'America/Phoenix': yealink('-7', 'United States-MST no DST'),
  'America/Los_Angeles': yealink('-8', 'United States-Pacific Time', YL_US),
  'America/Sao_Paulo': yealink('-3', 'Brazil(no DST)'),
  'Asia/Kolkata': yealink('+5:30', 'India(Calcutta)'),
  'Asia/Kathmandu': yealink('+5:45', 'Nepal(Katmandu)'),
  'Asia/Tokyo': yealink('+9', 'Japan(Tokyo)'),
  'Australia/Sydney': yealink('+10', 'Australia(Sydney,Melbourne,Canberra)', YL_AU),
  'Australia/Adelaide': yealink('+9:30', 'Australia(Adelaide)', YL_AU),
  'Pacific/Auckland': yealink('+12', 'New Zealand(Wellington,Auckland)', ['9/5/7/2', '4/1/7/3']),
};

/**
 * Fanvil X: `TimeZone` in quarter hours and `TimeZoneName` "UTC+1"/"UTC-05" (Wazo
 * plugins/wazo_fanvil/serie_x/entry.py `_TZ_INFO`); `EnableDST` 2, `DSTMinOffset`, `DST{Start,End}{Mon,Week,
 * Wday,Hour}` with Week -1 = last and Wday 0 = Sunday (Wazo plugins/wazo_fanvil/common/common.py
 * `_extract_dst_change`, templates/base-new.tpl).
 */
const fc = (month: number, week: number, hour: number): FanvilChange => ({ month, week, weekday: 0, hour, minute: 0 });
const fanvil = (timeZone: number, timeZoneName: string, rule?: [FanvilChange, FanvilChange]): VendorTimeZones['fanvil'] => ({
  match: 'exact',
  timeZone,
  timeZoneName,
  enableDst: rule ? 2 : 0,
  dst: rule ? { minOffset: 60, start: rule[0], end: rule[1] } : null,
});
const FV_US: [FanvilChange, FanvilChange] = [fc(3, 2, 2), fc(11, 1, 2)];
const FV_WEST_EU: [FanvilChange, FanvilChange] = [fc(3, -1, 1), fc(10, -1, 2)];
const FV_AU: [FanvilChange, FanvilChange] = [fc(10, 1, 2), fc(4, 1, 3)];
const FANVIL: Table<'fanvil'> = {
  UTC: fanvil(0, 'UTC'),
  'Europe/Rome': fanvil(4, 'UTC+1', [fc(3, -1, 2), fc(10, -1, 3)]),
  'Europe/London': fanvil(0, 'UTC', FV_WEST_EU),
  'Europe/Lisbon': fanvil(0, 'UTC', FV_WEST_EU),
  'America/New_York': fanvil(-20, 'UTC-05', FV_US),
  'America/Chicago': fanvil(-24, 'UTC-06', FV_US),
  'America/Denver': fanvil(-28, 'UTC-07', FV_US),
  'America/Phoenix': fanvil(-28, 'UTC-07'),
  'America/Los_Angeles': fanvil(-32, 'UTC-08', FV_US),
  'America/Sao_Paulo': fanvil(-12, 'UTC-03'),
  'Asia/Kolkata': fanvil(22, 'UTC+5:30'),
  'Asia/Kathmandu': fanvil(23, 'UTC+5:45'),
  'Asia/Tokyo': fanvil(36, 'UTC+9'),
  'Australia/Sydney': fanvil(40, 'UTC+10', FV_AU),
  'Australia/Adelaide': fanvil(38, 'UTC+9:30', FV_AU),
  'Pacific/Auckland': fanvil(48, 'UTC+12', [fc(9, -1, 2), fc(4, 1, 3)]),
};

/**
 * Gigaset Nx70: `DmGlobal.0.TimeZone` takes a name of the base station's list (Wazo
 * plugins/wazo_gigaset/Nx70_83_v2_65_0/common.py `_VALID_TZ_GIGASET`, templates/base.tpl). "Greenwich" is the
 * list's UTC entry. The list has no -7 without DST, no +5:30, +5:45 or +12: those zones are refused.
 */
const gigaset = (timeZone: string): VendorTimeZones['gigaset'] => ({ match: 'exact', timeZone });
const GIGASET: Table<'gigaset'> = {
  UTC: gigaset('Greenwich'),
  'Europe/Rome': gigaset('Europe/Rome'),
  'Europe/London': gigaset('Europe/London'),
  'Europe/Lisbon': gigaset('Europe/Lisbon'),
  'America/New_York': gigaset('America/New_York'),
  'America/Chicago': gigaset('America/Chicago'),
  'America/Denver': gigaset('America/Denver'),
  'America/Phoenix': UNSUPPORTED,
  'America/Los_Angeles': gigaset('America/Los_Angeles'),
  'America/Sao_Paulo': gigaset('America/Sao_Paulo'),
  'Asia/Kolkata': UNSUPPORTED,
  'Asia/Kathmandu': UNSUPPORTED,
  'Asia/Tokyo': gigaset('Asia/Tokyo'),
  'Australia/Sydney': gigaset('Australia/Sydney'),
  'Australia/Adelaide': gigaset('Australia/Adelaide'),
  'Pacific/Auckland': UNSUPPORTED,
};

/**
 * Grandstream: `P64` "customize" selects `P246` "Self Defined Time Zone. Max length allowed is 64 characters"
 * (GS template), a POSIX TZ string "std offset dst [offset],start[/time],end[/time]", Mm.n.d with n 5 = last
 * and d 0 = Sunday (Grandstream UCM manual, https://www.easymanua.ls/grandstream-networks/ucm6208/manual?p=74).
 * Expected strings are tzdata's own POSIX footers for these zones (where ICU has no letters for a zone's
 * abbreviation, STD is used instead of tzdata's "<-03>").
 */
const gs = (selfDefinedTimeZone: string): VendorTimeZones['grandstream'] => ({ match: 'exact', timeZone: 'customize', selfDefinedTimeZone });
const GRANDSTREAM: Table<'grandstream'> = {
  UTC: gs('UTC0'),
  'Europe/Rome': gs('CET-1CEST,M3.5.0,M10.5.0/3'),
  'Europe/London': gs('GMT0BST,M3.5.0/1,M10.5.0'),
  'Europe/Lisbon': gs('WET0WEST,M3.5.0/1,M10.5.0'),
  'America/New_York': gs('EST5EDT,M3.2.0,M11.1.0'),
  'America/Chicago': gs('CST6CDT,M3.2.0,M11.1.0'),
  'America/Denver': gs('MST7MDT,M3.2.0,M11.1.0'),
  'America/Phoenix': gs('MST7'),
  'America/Los_Angeles': gs('PST8PDT,M3.2.0,M11.1.0'),
  'America/Sao_Paulo': gs('STD3'),
  'Asia/Kolkata': gs('IST-5:30'),
  'Asia/Kathmandu': gs('STD-5:45'),
  'Asia/Tokyo': gs('JST-9'),
  'Australia/Sydney': gs('AEST-10AEDT,M10.1.0,M4.1.0/3'),
  'Australia/Adelaide': gs('ACST-9:30ACDT,M10.1.0,M4.1.0/3'),
  'Pacific/Auckland': gs('NZST-12NZDT,M9.5.0,M4.1.0/3'),
};

/**
 * Poly: `tcpIpApp.sntp.gmtOffset` in seconds; `daylightSavings.enable`, `.fixedDayEnable` 0, `.start|stop.month`,
 * `.date` 1/8/15/22 = first…fourth occurrence, `.dayOfWeek` 1 = Sunday, `.dayOfWeek.lastInMonth` 1 = last
 * (date then ignored), `.time` hour 0–23: Polycom SIP 2.2 admin guide A-53,
 * https://azmanual.top/manuals/189944/polycom-soundpoint-sip-220.html?page=165; same keys in Wazo
 * plugins/wazo_polycom/common/common.py.
 */
const pc = (month: number, week: number | 'last', time: number): PolyChange => ({
  month,
  date: week === 'last' ? null : (week - 1) * 7 + 1,
  dayOfWeek: 1,
  lastInMonth: week === 'last' ? 1 : 0,
  time,
});
const poly = (gmtOffsetSeconds: number, rule?: [PolyChange, PolyChange]): VendorTimeZones['poly'] => ({
  match: 'exact',
  gmtOffsetSeconds,
  daylightSavingsEnable: rule ? 1 : 0,
  dst: rule ? { fixedDayEnable: 0, start: rule[0], stop: rule[1] } : null,
});
const PL_US: [PolyChange, PolyChange] = [pc(3, 2, 2), pc(11, 1, 2)];
const PL_WEST_EU: [PolyChange, PolyChange] = [pc(3, 'last', 1), pc(10, 'last', 2)];
const PL_AU: [PolyChange, PolyChange] = [pc(10, 1, 2), pc(4, 1, 3)];
const POLY: Table<'poly'> = {
  UTC: poly(0),
  'Europe/Rome': poly(3600, [pc(3, 'last', 2), pc(10, 'last', 3)]),
  'Europe/London': poly(0, PL_WEST_EU),
  'Europe/Lisbon': poly(0, PL_WEST_EU),
  'America/New_York': poly(-18000, PL_US),
  'America/Chicago': poly(-21600, PL_US),
  'America/Denver': poly(-25200, PL_US),
  'America/Phoenix': poly(-25200),
  'America/Los_Angeles': poly(-28800, PL_US),
  'America/Sao_Paulo': poly(-10800),
  'Asia/Kolkata': poly(19800),
  'Asia/Kathmandu': poly(20700),
  'Asia/Tokyo': poly(32400),
  'Australia/Sydney': poly(36000, PL_AU),
  'Australia/Adelaide': poly(34200, PL_AU),
  'Pacific/Auckland': poly(43200, [pc(9, 'last', 2), pc(4, 1, 3)]),
};

/**
 * Cisco MPP: `Time_Zone` "GMT-05:00" (Wazo plugins/wazo_cisco_sip/v12_0_7/common.py); `Daylight_Saving_Time_Rule`
 * "start=<month>/<day>/<weekday>[/HH[:mm[:ss]]];end=…;save=…", day positive = on or after, -1 = last in month,
 * weekday 1 = Monday … 7 = Sunday, default "3/-1/7/2;end=10/-1/7/2;save=1": Cisco IP Phone 8800 MPP admin
 * guide, https://manualshive.com/en/manual/cisco/8800-series/63905?page=426.
 */
const cisco = (timeZone: string, rule = ''): VendorTimeZones['cisco'] => ({
  match: 'exact',
  timeZone,
  daylightSavingTimeEnable: rule ? 'yes' : 'no',
  daylightSavingTimeRule: rule,
});
const CS_US = 'start=3/8/7/2;end=11/1/7/2;save=1';
const CS_WEST_EU = 'start=3/-1/7/1;end=10/-1/7/2;save=1';
const CS_AU = 'start=10/1/7/2;end=4/1/7/3;save=1';
const CISCO: Table<'cisco'> = {
  UTC: cisco('GMT+00:00'),
  'Europe/Rome': cisco('GMT+01:00', 'start=3/-1/7/2;end=10/-1/7/3;save=1'),
  'Europe/London': cisco('GMT+00:00', CS_WEST_EU),
  'Europe/Lisbon': cisco('GMT+00:00', CS_WEST_EU),
  'America/New_York': cisco('GMT-05:00', CS_US),
  'America/Chicago': cisco('GMT-06:00', CS_US),
  'America/Denver': cisco('GMT-07:00', CS_US),
  'America/Phoenix': cisco('GMT-07:00'),
  'America/Los_Angeles': cisco('GMT-08:00', CS_US),
  'America/Sao_Paulo': cisco('GMT-03:00'),
  'Asia/Kolkata': cisco('GMT+05:30'),
  'Asia/Kathmandu': cisco('GMT+05:45'),
  'Asia/Tokyo': cisco('GMT+09:00'),
  'Australia/Sydney': cisco('GMT+10:00', CS_AU),
  'Australia/Adelaide': cisco('GMT+09:30', CS_AU),
  'Pacific/Auckland': cisco('GMT+12:00', 'start=9/-1/7/2;end=4/1/7/3;save=1'),
};

/**
 * Panasonic: `TIME_ZONE` in minutes (Japan = "540" in public KX config files); `DST_ENABLE` Y/N, `DST_OFFSET`
 * minutes (KX-HDV130 admin guide, https://www.easymanua.ls/panasonic/kx-hdv130/manual/613271?p=105);
 * `DST_START|STOP_ORDINAL_DAY` 1–5, `_DAY_OF_WEEK` 0 = Sunday, `_TIME` minutes after midnight (KX-TGP500 admin
 * guide, https://manualsdump.com/en/manuals/panasonic-kx-tgp500/220363/138); `LOCAL_TIME_ZONE_POSIX` POSIX
 * string (public KX config files, e.g. "GMT0BST,M3.5.0/1,M10.5.0").
 */
const kc = (month: number, ordinalDay: number, time: number): PanasonicChange => ({ month, ordinalDay, dayOfWeek: 0, time });
const panasonic = (timeZone: number, posix: string, rule?: [PanasonicChange, PanasonicChange]): VendorTimeZones['panasonic'] => ({
  match: 'exact',
  timeZone,
  localTimeZonePosix: posix,
  dstEnable: rule ? 'Y' : 'N',
  dst: rule ? { offset: 60, start: rule[0], stop: rule[1] } : null,
});
const KX_US: [PanasonicChange, PanasonicChange] = [kc(3, 2, 120), kc(11, 1, 120)];
const KX_WEST_EU: [PanasonicChange, PanasonicChange] = [kc(3, 5, 60), kc(10, 5, 120)];
const KX_AU: [PanasonicChange, PanasonicChange] = [kc(10, 1, 120), kc(4, 1, 180)];
const PANASONIC: Table<'panasonic'> = {
  UTC: panasonic(0, 'UTC0'),
  'Europe/Rome': panasonic(60, 'CET-1CEST,M3.5.0,M10.5.0/3', [kc(3, 5, 120), kc(10, 5, 180)]),
  'Europe/London': panasonic(0, 'GMT0BST,M3.5.0/1,M10.5.0', KX_WEST_EU),
  'Europe/Lisbon': panasonic(0, 'WET0WEST,M3.5.0/1,M10.5.0', KX_WEST_EU),
  'America/New_York': panasonic(-300, 'EST5EDT,M3.2.0,M11.1.0', KX_US),
  'America/Chicago': panasonic(-360, 'CST6CDT,M3.2.0,M11.1.0', KX_US),
  'America/Denver': panasonic(-420, 'MST7MDT,M3.2.0,M11.1.0', KX_US),
  'America/Phoenix': panasonic(-420, 'MST7'),
  'America/Los_Angeles': panasonic(-480, 'PST8PDT,M3.2.0,M11.1.0', KX_US),
  'America/Sao_Paulo': panasonic(-180, 'STD3'),
  'Asia/Kolkata': panasonic(330, 'IST-5:30'),
  'Asia/Kathmandu': panasonic(345, 'STD-5:45'),
  'Asia/Tokyo': panasonic(540, 'JST-9'),
  'Australia/Sydney': panasonic(600, 'AEST-10AEDT,M10.1.0,M4.1.0/3', KX_AU),
  'Australia/Adelaide': panasonic(570, 'ACST-9:30ACDT,M10.1.0,M4.1.0/3', KX_AU),
  'Pacific/Auckland': panasonic(720, 'NZST-12NZDT,M9.5.0,M4.1.0/3', [kc(9, 5, 120), kc(4, 1, 180)]),
};

/**
 * Alcatel-Lucent Myriad: `SettingTimeZone` "+1:00" (Wazo plugins/wazo_alcatel/v2_13_02/common.py
 * `_format_tzinfo`), `SettingTimeZoneLocation` = the IANA name and `SettingDstEnable` 2 (Wazo
 * templates/base.tpl); 0 = off, 1 = manual rule (ALE M3–M8 admin guide,
 * https://www.easymanua.ls/alcatel-lucent/ale-m3/manual?p=158).
 */
const ale = (timeZone: string, timeZoneLocation: string, dst: boolean): VendorTimeZones['alcatel'] => ({
  match: 'exact',
  timeZone,
  timeZoneLocation,
  dstEnable: dst ? 2 : 0,
});
const ALCATEL: Table<'alcatel'> = {
  UTC: ale('+0:00', 'UTC', false),
  'Europe/Rome': ale('+1:00', 'Europe/Rome', true),
  'Europe/London': ale('+0:00', 'Europe/London', true),
  'Europe/Lisbon': ale('+0:00', 'Europe/Lisbon', true),
  'America/New_York': ale('-5:00', 'America/New_York', true),
  'America/Chicago': ale('-6:00', 'America/Chicago', true),
  'America/Denver': ale('-7:00', 'America/Denver', true),
  'America/Phoenix': ale('-7:00', 'America/Phoenix', false),
  'America/Los_Angeles': ale('-8:00', 'America/Los_Angeles', true),
  'America/Sao_Paulo': ale('-3:00', 'America/Sao_Paulo', false),
  'Asia/Kolkata': ale('+5:30', 'Asia/Kolkata', false),
  'Asia/Kathmandu': ale('+5:45', 'Asia/Kathmandu', false),
  'Asia/Tokyo': ale('+9:00', 'Asia/Tokyo', false),
  'Australia/Sydney': ale('+10:00', 'Australia/Sydney', true),
  'Australia/Adelaide': ale('+9:30', 'Australia/Adelaide', true),
  'Pacific/Auckland': ale('+12:00', 'Pacific/Auckland', true),
};

/**
 * Htek: `P64` Preference_TimeZone = list index per standard offset, `P75` Preference_DaylightSavingTime 2
 * (Wazo plugins/wazo_htek/common/common.py `_TZ_INFO`, v2_0_4_6_41/templates/base.tpl): 0 → 33, +1 → 49,
 * -5 → 18, -6 → 14, -7 → 10, -8 → 6, -3 → 30, +5:30 → 84, +9 → 93, +9:30 → 94, +10 → 96, +12 → 102.
 * No index is known for +5:45.
 */
const htek = (timeZone: number): VendorTimeZones['htek'] => ({ match: 'offset-only', timeZone, daylightSaving: 2 });
const HTEK: Table<'htek'> = {
  UTC: htek(33),
  'Europe/Rome': htek(49),
  'Europe/London': htek(33),
  'Europe/Lisbon': htek(33),
  'America/New_York': htek(18),
  'America/Chicago': htek(14),
  'America/Denver': htek(10),
  'America/Phoenix': htek(10),
  'America/Los_Angeles': htek(6),
  'America/Sao_Paulo': htek(30),
  'Asia/Kolkata': htek(84),
  'Asia/Kathmandu': UNSUPPORTED,
  'Asia/Tokyo': htek(93),
  'Australia/Sydney': htek(96),
  'Australia/Adelaide': htek(94),
  'Pacific/Auckland': htek(102),
};

const EXPECTED: { [V in VendorFamily]: Table<V> } = {
  snom: SNOM,
  yealink: YEALINK,
  fanvil: FANVIL,
  gigaset: GIGASET,
  grandstream: GRANDSTREAM,
  poly: POLY,
  cisco: CISCO,
  panasonic: PANASONIC,
  alcatel: ALCATEL,
  htek: HTEK,
};

describe.each(VENDOR_FAMILIES)('vendorTimeZone(…, %s)', (vendor) => {
  it.each(ZONES)('%s', (zone) => {
    const expected = EXPECTED[vendor][zone];
    if (expected === UNSUPPORTED) expect(() => vendorTimeZone(zone, vendor, AT)).toThrow(UnsupportedTimeZoneError);
    else expect(vendorTimeZone(zone, vendor, AT)).toEqual(expected);
  });
});

describe('zoneRule', () => {
  it('reads standard offset and DST from the IANA database, southern hemisphere included', () => {
    expect(zoneRule('Australia/Adelaide', AT)).toMatchObject({
      standardOffsetMinutes: 570,
      dst: { saveMinutes: 60, start: { month: 10, week: 1, weekday: 0, minutes: 120 }, end: { month: 4, week: 1, weekday: 0, minutes: 180 } },
    });
    expect(zoneRule('America/Phoenix', AT)).toMatchObject({ standardOffsetMinutes: -420, dst: null, posix: 'MST7' });
  });

  it('uses the rules of the year of `at`', () => {
    // Brazil observed DST until 2019: in 2018 it ended on the third Sunday of February and began on the first Sunday of November, at midnight.
    expect(zoneRule('America/Sao_Paulo', new Date('2018-06-01T00:00:00Z'))).toMatchObject({
      standardOffsetMinutes: -180,
      dst: { saveMinutes: 60, start: { month: 11, week: 1, weekday: 0, minutes: 0 }, end: { month: 2, week: 3, weekday: 0, minutes: 0 } },
    });
    expect(zoneRule('America/Sao_Paulo', AT).dst).toBeNull();
  });

  it('accepts aliases and any letter case, and keeps non-hour DST amounts (Lord Howe: 30 minutes)', () => {
    expect(zoneRule('asia/calcutta', AT).posix).toBe('IST-5:30');
    expect(zoneRule('US/Eastern', AT).posix).toBe('EST5EDT,M3.2.0,M11.1.0');
    expect(zoneRule('Australia/Lord_Howe', AT).dst?.saveMinutes).toBe(30);
  });
});

describe('errors', () => {
  it.each(['Mars/Olympus_Mons', '', '+01:00', 'Europe/Rome; rm -rf'])('unknown name %j → UnknownTimeZoneError', (name) => {
    for (const vendor of VENDOR_FAMILIES) expect(() => vendorTimeZone(name, vendor, AT)).toThrow(UnknownTimeZoneError);
  });

  it('refuses a 30-minute DST on Poly, whose phones move the clock by one hour', () => {
    expect(() => vendorTimeZone('Australia/Lord_Howe', 'poly', AT)).toThrow(UnsupportedTimeZoneError);
  });
});

describe('named-list fallback', () => {
  it('takes an entry with the same offset and DST rule when the zone has none of its own', () => {
    // Europe/Stockholm follows the EU rule at +1, like Europe/Rome (ITA+1, Snom) and Europe/Rome (Gigaset).
    expect(vendorTimeZone('Europe/Stockholm', 'snom', AT)).toMatchObject({ match: 'equivalent', timezone: 'ITA+1' });
    expect(vendorTimeZone('Europe/Stockholm', 'gigaset', AT)).toEqual({ match: 'equivalent', timeZone: 'Europe/Rome' });
    // Asia/Singapore (+8, no DST) has no Gigaset entry of its own; Asia/Hong_Kong is equivalent.
    expect(vendorTimeZone('Asia/Singapore', 'gigaset', AT)).toEqual({ match: 'equivalent', timeZone: 'Asia/Hong_Kong' });
  });
});

it('vendorFamilyOfBrand maps the built-in brands', () => {
  expect(['Snom', 'Yealink', 'Fanvil', 'Gigaset', 'Grandstream', 'Poly', 'Cisco', 'Panasonic', 'Alcatel-Lucent', 'Htek'].map(vendorFamilyOfBrand)).toEqual([
    ...VENDOR_FAMILIES,
  ]);
  expect(vendorFamilyOfBrand('Acme')).toBeNull();
});
