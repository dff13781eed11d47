import type { FANVIL_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/fanvil';
import { vendorTimeZone } from '../time-zones';
import type { FanvilChange } from '../time-zones/fanvil';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `<sip><line><Transport>`: 0 UDP, 1 TCP, 3 TLS (Wazo's plugin and FusionPBX's X templates agree; no Fanvil document seen). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '3' } as const;

/** `<DefaultLanguage>` of current X firmware: short codes (Wazo's list for X…U/X210/X7); a few differ from ISO 639-1. */
const LANGUAGE: Readonly<Record<string, string>> = {
  en: 'en',
  it: 'it',
  fr: 'fr',
  de: 'de',
  es: 'es',
  nl: 'nl',
  pt: 'pt',
  pl: 'pl',
  ru: 'ru',
  tr: 'tr',
  hr: 'hr',
  he: 'he',
  ko: 'ko',
  ar: 'ar',
  zh: 'cn',
  cs: 'cz',
  sk: 'slo',
  uk: 'ua',
  ca: 'cat',
  eu: 'eus',
};

/** One field of a DST change (month, week -1 = last, weekday 0 = Sunday, hour, minute), empty without DST. */
const part = (change: FanvilChange | undefined, field: keyof FanvilChange) => (change ? String(change[field]) : '');

export function fanvilValues(input: VendorInput): VendorValues<typeof FANVIL_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'fanvil', input.at));
  const [start, end] = [tz?.dst?.start, tz?.dst?.end];
  return {
    FANVIL_SIP_TRANSPORT: TRANSPORT[input.transport],
    FANVIL_TIME_ZONE: tz ? String(tz.timeZone) : '',
    FANVIL_TIME_ZONE_NAME: tz?.timeZoneName ?? '',
    FANVIL_ENABLE_DST: tz ? String(tz.enableDst) : '',
    FANVIL_DST_OFFSET: tz?.dst ? String(tz.dst.minOffset) : '',
    FANVIL_DST_START_MONTH: part(start, 'month'),
    FANVIL_DST_START_WEEK: part(start, 'week'),
    FANVIL_DST_START_WEEKDAY: part(start, 'weekday'),
    FANVIL_DST_START_HOUR: part(start, 'hour'),
    FANVIL_DST_START_MINUTE: part(start, 'minute'),
    FANVIL_DST_END_MONTH: part(end, 'month'),
    FANVIL_DST_END_WEEK: part(end, 'week'),
    FANVIL_DST_END_WEEKDAY: part(end, 'weekday'),
    FANVIL_DST_END_HOUR: part(end, 'hour'),
    FANVIL_DST_END_MINUTE: part(end, 'minute'),
    FANVIL_LANGUAGE: LANGUAGE[input.language] ?? '',
  };
}
