/** Grandstream's own encodings; values from lib/provisioning/vendors/grandstream.ts. Examples: UDP, Europe/Rome, Italian. */
export const GRANDSTREAM_PLACEHOLDERS = [
  ['GRANDSTREAM_SIP_TRANSPORT', '0'],
  ['GRANDSTREAM_CONFIG_PROTOCOL', '1'],
  ['GRANDSTREAM_TIME_ZONE', 'customize'],
  ['GRANDSTREAM_POSIX_TIME_ZONE', 'CET-1CEST,M3.5.0,M10.5.0/3'],
  ['GRANDSTREAM_LANGUAGE', 'it'],
] as const;
