/** Poly's own encodings; values from lib/provisioning/vendors/poly.ts. Examples: UDP, Europe/Rome, Italian. */
export const POLY_PLACEHOLDERS = [['POLY_SIP_TRANSPORT', 'UDPOnly']] as const;
