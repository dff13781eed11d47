/** Poly's own encodings; values from lib/provisioning/vendors/poly.ts. Examples: UDP, Europe/Rome, Italian. */
export const POLY_PLACEHOLDERS = [
  ['POLY_SIP_TRANSPORT', 'UDPOnly'],
  ['POLY_GMT_OFFSET', '3600'],
  ['POLY_DST_ENABLE', '1'],
  ['POLY_DST_START_MONTH', '3'],
  ['POLY_DST_START_DATE', '25'],
  ['POLY_DST_START_DAY_OF_WEEK', '1'],
  ['POLY_DST_START_LAST_IN_MONTH', '1'],
  ['POLY_DST_START_TIME', '2'],
  ['POLY_DST_STOP_MONTH', '10'],
  ['POLY_DST_STOP_DATE', '25'],
  ['POLY_DST_STOP_DAY_OF_WEEK', '1'],
  ['POLY_DST_STOP_LAST_IN_MONTH', '1'],
  ['POLY_DST_STOP_TIME', '3'],
  ['POLY_LANGUAGE', 'Italian_Italy'],
] as const;
