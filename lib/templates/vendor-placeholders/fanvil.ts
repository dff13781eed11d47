/** Fanvil's own encodings; values from lib/provisioning/vendors/fanvil.ts. Examples: UDP, Europe/Rome, Italian. */
export const FANVIL_PLACEHOLDERS = [
  ['FANVIL_SIP_TRANSPORT', '0'],
  ['FANVIL_TIME_ZONE', '4'],
  ['FANVIL_TIME_ZONE_NAME', 'UTC+1'],
  ['FANVIL_ENABLE_DST', '2'],
  ['FANVIL_DST_OFFSET', '60'],
  ['FANVIL_DST_START_MONTH', '3'],
  ['FANVIL_DST_START_WEEK', '-1'],
  ['FANVIL_DST_START_WEEKDAY', '0'],
  ['FANVIL_DST_START_HOUR', '2'],
  ['FANVIL_DST_START_MINUTE', '0'],
  ['FANVIL_DST_END_MONTH', '10'],
  ['FANVIL_DST_END_WEEK', '-1'],
  ['FANVIL_DST_END_WEEKDAY', '0'],
  ['FANVIL_DST_END_HOUR', '3'],
  ['FANVIL_DST_END_MINUTE', '0'],
  ['FANVIL_LANGUAGE', 'it'],
] as const;
