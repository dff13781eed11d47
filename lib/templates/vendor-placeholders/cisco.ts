/** Cisco MPP's own encodings; values from lib/provisioning/vendors/cisco.ts. Examples: UDP, Europe/Rome, Italian. */
export const CISCO_PLACEHOLDERS = [['CISCO_SIP_TRANSPORT', 'UDP']] as const;
