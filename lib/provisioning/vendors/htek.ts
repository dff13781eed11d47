import type { HTEK_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/htek';
import type { VendorInput, VendorValues } from './input';

/** Htek's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '2' } as const;

export function htekValues(input: VendorInput): VendorValues<typeof HTEK_PLACEHOLDERS> {
  return { HTEK_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
