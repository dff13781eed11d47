/** Shared by proxy.ts (which must stay free of database imports) and the session helpers. */
export const SESSION_COOKIE = 'provisio_session';
export const SESSION_TTL_MS = 12 * 60 * 60 * 1000;
