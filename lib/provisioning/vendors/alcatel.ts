import type { ALCATEL_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/alcatel';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `Account<n>Server1Transport`: Wazo's plugin writes the transport name as provd spells it (plugins/wazo_alcatel/v2_13_02). */
const TRANSPORT = { udp: 'udp', tcp: 'tcp', tls: 'tls' } as const;

/** `SettingLanguage` index (Wazo's plugin, plugins/wazo_alcatel/v2_13_02/common.py `_LANG`). */
const LANGUAGE: Readonly<Record<string, string>> = { en: '0', fr: '1', de: '2', it: '3', es: '4', nl: '5', pt: '6', pl: '12', tr: '15', sv: '17' };

export function alcatelValues(input: VendorInput): VendorValues<typeof ALCATEL_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'alcatel', input.at));
  return {
    ALCATEL_SIP_TRANSPORT: TRANSPORT[input.transport],
    ALCATEL_TIME_ZONE: tz?.timeZone ?? '',
    ALCATEL_TIME_ZONE_LOCATION: tz?.timeZoneLocation ?? '',
    ALCATEL_DST_ENABLE: tz ? String(tz.dstEnable) : '',
    ALCATEL_LANGUAGE: LANGUAGE[input.language.trim().toLowerCase()] ?? '',
  };
}
