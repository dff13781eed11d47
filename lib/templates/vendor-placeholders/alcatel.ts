/** Alcatel-Lucent's own encodings; values from lib/provisioning/vendors/alcatel.ts. Examples: UDP, Europe/Rome, Italian. */
export const ALCATEL_PLACEHOLDERS = [['ALCATEL_SIP_TRANSPORT', 'UDP']] as const;
