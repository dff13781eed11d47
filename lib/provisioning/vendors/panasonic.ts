import type { PANASONIC_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/panasonic';
import type { VendorInput, VendorValues } from './input';

/** Panasonic's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '2' } as const;

export function panasonicValues(input: VendorInput): VendorValues<typeof PANASONIC_PLACEHOLDERS> {
  return { PANASONIC_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
