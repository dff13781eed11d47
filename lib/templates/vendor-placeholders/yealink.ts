/** Yealink's own encodings; values from lib/provisioning/vendors/yealink.ts. Examples: UDP, Europe/Rome, Italian. */
export const YEALINK_PLACEHOLDERS = [
  ['YEALINK_SIP_TRANSPORT', '0'],
  ['YEALINK_TIME_ZONE', '+1'],
  ['YEALINK_TIME_ZONE_NAME', 'Italy(Rome)'],
  ['YEALINK_SUMMER_TIME', '1'],
  ['YEALINK_DST_START', '3/5/7/2'],
  ['YEALINK_DST_END', '10/5/7/3'],
  ['YEALINK_DST_OFFSET', '60'],
  ['YEALINK_LANGUAGE', 'Italian'],
] as const;
