/** Htek's own encodings; values from lib/provisioning/vendors/htek.ts. Examples: UDP, Europe/Rome, Italian. */
export const HTEK_PLACEHOLDERS = [
  ['HTEK_SIP_TRANSPORT', '0'],
  ['HTEK_TIME_ZONE', '49'],
  ['HTEK_DAYLIGHT_SAVING', '2'],
] as const;
