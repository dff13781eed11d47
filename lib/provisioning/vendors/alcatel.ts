import type { ALCATEL_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/alcatel';
import type { VendorInput, VendorValues } from './input';

/** Alcatel-Lucent's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: 'UDP', tcp: 'TCP', tls: 'TLS' } as const;

export function alcatelValues(input: VendorInput): VendorValues<typeof ALCATEL_PLACEHOLDERS> {
  return { ALCATEL_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
