import type { GIGASET_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/gigaset';
import { vendorTimeZone } from '../time-zones';
import { timeZoneOrNull, type VendorInput, type VendorValues } from './input';

/** `SipProvider.<n>.TransportProtocol`: 1 UDP, 2 TCP, 3 TLS (Wazo's plugin, plugins/wazo_gigaset/Nx70_83_v2_65_0/common.py). */
const TRANSPORT = { udp: '1', tcp: '2', tls: '3' } as const;

export function gigasetValues(input: VendorInput): VendorValues<typeof GIGASET_PLACEHOLDERS> {
  const tz = timeZoneOrNull(() => vendorTimeZone(input.timeZone, 'gigaset', input.at));
  return {
    GIGASET_SIP_TRANSPORT: TRANSPORT[input.transport],
    GIGASET_TIME_ZONE: tz?.timeZone ?? '',
  };
}
