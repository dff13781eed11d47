import type { CISCO_PLACEHOLDERS } from '@/lib/templates/vendor-placeholders/cisco';
import type { VendorInput, VendorValues } from './input';

/** Cisco MPP's SIP transport code (unverified: taken from Wazo's plugin). */
const TRANSPORT = { udp: 'UDP', tcp: 'TCP', tls: 'TLS' } as const;

export function ciscoValues(input: VendorInput): VendorValues<typeof CISCO_PLACEHOLDERS> {
  return { CISCO_SIP_TRANSPORT: TRANSPORT[input.transport] };
}
