/** Fanvil's own encodings; values from lib/provisioning/vendors/fanvil.ts. Examples: UDP, Europe/Rome, Italian. */
export const FANVIL_PLACEHOLDERS = [['FANVIL_SIP_TRANSPORT', '0']] as const;
