import type { POLY_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/poly';
import type { VendorInput, VendorValues } from './input';

/** Poly's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: 'UDPOnly', tcp: 'TCPOnly', tls: 'TLS' } as const;

export function polyValues(input: VendorInput): VendorValues<typeof POLY_PLACEHOLDERS> {
  return { POLY_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
