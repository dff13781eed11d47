/** Panasonic's own encodings; values from lib/provisioning/vendors/panasonic.ts. Examples: UDP, Europe/Rome, Italian. */
export const PANASONIC_PLACEHOLDERS = [['PANASONIC_SIP_TRANSPORT', '0']] as const;
