/** Vendors that run a redirection (zero-touch) service phones ask at first boot. */
export const REDIRECTION_BRANDS = ['snom', 'yealink', 'escene'] as const;
export type RedirectionBrand = (typeof REDIRECTION_BRANDS)[number];

/** Yealink's three API generations: legacy XML-RPC, the RPS JSON open API, YMCS v2 (../shared/domain/redirection-servers.md §2). */
export const YEALINK_APIS = ['xmlrpc', 'rps-json', 'ymcs'] as const;
export type YealinkApi = (typeof YEALINK_APIS)[number];

/** Whether a device brand (as named in the catalogue, e.g. "Yealink") is served by a redirection brand. */
export const isRedirectionBrandOf = (brand: RedirectionBrand, deviceBrandName: string) => deviceBrandName.trim().toLowerCase().startsWith(brand);
