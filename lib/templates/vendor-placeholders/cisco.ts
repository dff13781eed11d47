/** Cisco MPP's own encodings; values from lib/provisioning/vendors/cisco.ts. Examples: UDP, Europe/Rome, Italian. */
export const CISCO_PLACEHOLDERS = [
  ['CISCO_SIP_TRANSPORT', 'UDP'],
  ['CISCO_TIME_ZONE', 'GMT+01:00'],
  ['CISCO_DST_ENABLE', 'yes'],
  ['CISCO_DST_RULE', 'start=3/-1/7/2;end=10/-1/7/3;save=1'],
  ['CISCO_LANGUAGE', 'Italian'],
  ['CISCO_LOCALE', 'it-IT'],
] as const;
