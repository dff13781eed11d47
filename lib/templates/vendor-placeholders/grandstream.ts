/** Grandstream's own encodings; values from lib/provisioning/vendors/grandstream.ts. Examples: UDP, Europe/Rome, Italian. */
export const GRANDSTREAM_PLACEHOLDERS = [['GRANDSTREAM_SIP_TRANSPORT', '0']] as const;
