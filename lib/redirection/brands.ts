/** Vendors that run a redirection (zero-touch) service phones ask at first boot. */
export const REDIRECTION_BRANDS = ['snom', 'yealink', 'escene'] as const;
export type RedirectionBrand = (typeof REDIRECTION_BRANDS)[number];
