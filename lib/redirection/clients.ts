import type { RedirectionBrand, YealinkApi } from './brands';
import { createSnomSrapsClient, SNOM_SRAPS_BASE_URL } from './snom-sraps';
import type { RedirectionClient } from './types';
import { createYealinkRpsJsonClient, YEALINK_RPS_JSON_BASE_URL } from './yealink-rps-json';
import { createYealinkXmlRpcClient, YEALINK_XMLRPC_BASE_URL } from './yealink-xmlrpc';
import { createYmcsClient, YMCS_BASE_URL } from './ymcs';

/** What a client needs of a redirection server row (the password already decrypted). */
export type ServerCredentials = { brand: RedirectionBrand; yealinkApi: YealinkApi; apiBaseUrl: string; username: string; password: string };

/** The vendor's own API root for a server left on its default; Escene has none (its URL is required). */
export function defaultApiBaseUrl(brand: RedirectionBrand, yealinkApi: YealinkApi): string {
  if (brand === 'snom') return SNOM_SRAPS_BASE_URL;
  if (brand === 'escene') return '';
  return { xmlrpc: YEALINK_XMLRPC_BASE_URL, 'rps-json': YEALINK_RPS_JSON_BASE_URL, ymcs: YMCS_BASE_URL }[yealinkApi];
}

/** The one place that picks a vendor client: a fourth vendor is one file plus one line here. */
export function clientFor(server: ServerCredentials, options: { timeoutMs?: number } = {}): RedirectionClient {
  const config = {
    baseUrl: server.apiBaseUrl || defaultApiBaseUrl(server.brand, server.yealinkApi),
    username: server.username,
    password: server.password,
    ...options,
  };
  if (server.brand === 'snom') return createSnomSrapsClient(config);
  if (server.brand === 'escene') return createYealinkXmlRpcClient(config, { vendor: 'escene' });
  if (server.yealinkApi === 'rps-json') return createYealinkRpsJsonClient(config);
  if (server.yealinkApi === 'ymcs') return createYmcsClient(config);
  return createYealinkXmlRpcClient(config);
}
