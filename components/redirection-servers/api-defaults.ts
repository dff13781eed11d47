import type { RedirectionBrand, YealinkApi } from '@/lib/redirection/brands';

/**
 * The vendor's own API root for every brand and Yealink API, computed by the page on the server
 * (lib/redirection is server code): the dialog's placeholder and the address the errors name.
 */
export type ApiDefaults = Record<RedirectionBrand, Record<YealinkApi, string>>;

/** The address a server actually talks to: its own, or its vendor's default ('' for Escene). */
export const effectiveApiUrl = (defaults: ApiDefaults, server: { brand: RedirectionBrand; yealinkApi: YealinkApi; apiBaseUrl: string }) =>
  server.apiBaseUrl || defaults[server.brand][server.yealinkApi];
