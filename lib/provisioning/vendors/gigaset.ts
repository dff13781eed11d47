import type { GIGASET_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/gigaset';
import type { VendorInput, VendorValues } from './input';

/** Gigaset's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: '1', tcp: '2', tls: '3' } as const;

export function gigasetValues(input: VendorInput): VendorValues<typeof GIGASET_PLACEHOLDERS> {
  return { GIGASET_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
