/** Alcatel-Lucent's own encodings; values from lib/provisioning/vendors/alcatel.ts. Examples: UDP, Europe/Rome, Italian. */
export const ALCATEL_PLACEHOLDERS = [
  ['ALCATEL_SIP_TRANSPORT', 'udp'],
  ['ALCATEL_TIME_ZONE', '+1:00'],
  ['ALCATEL_TIME_ZONE_LOCATION', 'Europe/Rome'],
  ['ALCATEL_DST_ENABLE', '2'],
  ['ALCATEL_LANGUAGE', '3'],
] as const;
