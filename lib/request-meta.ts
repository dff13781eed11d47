/**
 * Headers server.ts sets from the socket before a request reaches Next (any value a client
 * sent is replaced), so route handlers know the peer address and whether TLS was used.
 */
export const CLIENT_IP_HEADER = 'x-provisio-client-ip';
export const SECURE_HEADER = 'x-provisio-secure';
