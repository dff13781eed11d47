import type { SNOM_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/snom';
import type { VendorInput, VendorValues } from './input';

/** Snom's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: 'udp', tcp: 'tcp', tls: 'tls' } as const;

export function snomValues(input: VendorInput): VendorValues<typeof SNOM_PLACEHOLDERS> {
  return { SNOM_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
