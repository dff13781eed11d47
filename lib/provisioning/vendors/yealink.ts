import type { YEALINK_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/yealink';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `account.N.sip_server.M.transport_type`: 0 UDP, 1 TCP, 2 TLS (Yealink admin guide; Wazo's plugin). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '2' } as const;

/**
 * `lang.gui` / `lang.wui` take the language's English name from Yealink's list (Wazo's plugin: English,
 * German, Spanish, French, Italian). Dutch, Portuguese, Polish, Turkish and Russian: Yealink's list, unverified.
 */
const LANGUAGE: Readonly<Record<string, string>> = {
  en: 'English',
  de: 'German',
  es: 'Spanish',
  fr: 'French',
  it: 'Italian',
  nl: 'Dutch',
  pt: 'Portuguese',
  pl: 'Polish',
  tr: 'Turkish',
  ru: 'Russian',
};

export function yealinkValues(input: VendorInput): VendorValues<typeof YEALINK_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'yealink', input.at));
  return {
    YEALINK_SIP_TRANSPORT: TRANSPORT[input.transport],
    YEALINK_TIME_ZONE: tz?.timeZone ?? '',
    YEALINK_TIME_ZONE_NAME: tz?.timeZoneName ?? '',
    YEALINK_SUMMER_TIME: tz ? String(tz.summerTime) : '',
    YEALINK_DST_START: tz?.dst?.startTime ?? '',
    YEALINK_DST_END: tz?.dst?.endTime ?? '',
    YEALINK_DST_OFFSET: tz?.dst ? String(tz.dst.offsetTime) : '',
    YEALINK_LANGUAGE: LANGUAGE[input.language] ?? '',
  };
}
