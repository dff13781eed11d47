/** Snom's own encodings; values from lib/provisioning/vendors/snom.ts. Examples: UDP, Europe/Rome, Italian. */
export const SNOM_PLACEHOLDERS = [['SNOM_SIP_TRANSPORT', 'udp']] as const;
