import type { HTEK_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/htek';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `P130` (Account1.SipTransport; P830/P930/P1030 for accounts 2–4): 0 UDP, 1 TCP, 2 TLS, 3 DNS SRV (Wazo's plugin; a public UC903 template). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '2' } as const;

export function htekValues(input: VendorInput): VendorValues<typeof HTEK_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'htek', input.at));
  return {
    HTEK_SIP_TRANSPORT: TRANSPORT[input.transport],
    HTEK_TIME_ZONE: tz ? String(tz.timeZone) : '',
    HTEK_DAYLIGHT_SAVING: tz ? String(tz.daylightSaving) : '',
  };
}
