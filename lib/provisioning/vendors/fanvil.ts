import type { FANVIL_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/fanvil';
import type { VendorInput, VendorValues } from './input';

/** Fanvil's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: '0', tcp: '1', tls: '3' } as const;

export function fanvilValues(input: VendorInput): VendorValues<typeof FANVIL_PLACEHOLDERS> {
  return { FANVIL_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
