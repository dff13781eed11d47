/** Gigaset's own encodings; values from lib/provisioning/vendors/gigaset.ts. Examples: UDP, Europe/Rome, Italian. */
export const GIGASET_PLACEHOLDERS = [
  ['GIGASET_SIP_TRANSPORT', '1'],
  ['GIGASET_TIME_ZONE', 'Europe/Rome'],
] as const;
