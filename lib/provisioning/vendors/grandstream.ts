import type { GRANDSTREAM_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/grandstream';
import type { VendorInput, VendorValues } from './input';

/** Grandstream's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '2' } as const;

export function grandstreamValues(input: VendorInput): VendorValues<typeof GRANDSTREAM_PLACEHOLDERS> {
  return { GRANDSTREAM_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
