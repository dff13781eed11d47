import type { PANASONIC_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/panasonic';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/**
 * `SIP_TRANSPORT_n`: 0 UDP, 1 TCP, 2 TLS. Unverified: no Panasonic table was found; FusionPBX's KX-TGP
 * sample writes "0" with a UDP server, and the codes follow the KX-HDV web page's order (UDP, TCP, TLS).
 */
const TRANSPORT = { udp: '0', tcp: '1', tls: '2' } as const;

/**
 * `DEFAULT_LANGUAGE` (display) and `WEB_LANGUAGE`: two-letter codes as seen in public KX-HDV configs
 * (unverified against an admin guide table). Languages not mapped here render empty, so the keys are left out.
 */
const LANGUAGE: Record<string, string> = { en: 'en', de: 'de', fr: 'fr', es: 'es', it: 'it', nl: 'nl', pt: 'pt' };

export function panasonicValues(input: VendorInput): VendorValues<typeof PANASONIC_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'panasonic', input.at));
  const dst = tz?.dst;
  return {
    PANASONIC_SIP_TRANSPORT: TRANSPORT[input.transport],
    PANASONIC_LANGUAGE: LANGUAGE[input.language] ?? '',
    PANASONIC_TIME_ZONE: tz ? String(tz.timeZone) : '',
    PANASONIC_TIME_ZONE_POSIX: tz?.localTimeZonePosix ?? '',
    PANASONIC_DST_ENABLE: tz?.dstEnable ?? '',
    PANASONIC_DST_OFFSET: dst ? String(dst.offset) : '',
    PANASONIC_DST_START_MONTH: dst ? String(dst.start.month) : '',
    PANASONIC_DST_START_ORDINAL_DAY: dst ? String(dst.start.ordinalDay) : '',
    PANASONIC_DST_START_DAY_OF_WEEK: dst ? String(dst.start.dayOfWeek) : '',
    PANASONIC_DST_START_TIME: dst ? String(dst.start.time) : '',
    PANASONIC_DST_STOP_MONTH: dst ? String(dst.stop.month) : '',
    PANASONIC_DST_STOP_ORDINAL_DAY: dst ? String(dst.stop.ordinalDay) : '',
    PANASONIC_DST_STOP_DAY_OF_WEEK: dst ? String(dst.stop.dayOfWeek) : '',
    PANASONIC_DST_STOP_TIME: dst ? String(dst.stop.time) : '',
  };
}
