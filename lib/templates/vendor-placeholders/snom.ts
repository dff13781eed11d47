/** Snom's own encodings; values from lib/provisioning/vendors/snom.ts. Examples: UDP, Europe/Rome, Italian. */
export const SNOM_PLACEHOLDERS = [
  ['SNOM_SIP_TRANSPORT', 'udp'],
  ['SNOM_TIME_ZONE', 'ITA+1'],
  ['SNOM_UTC_OFFSET', '3600'],
  ['SNOM_DST', '3600 03.05.07 02:00:00 10.05.07 03:00:00'],
  ['SNOM_LANGUAGE', 'Italiano'],
] as const;
