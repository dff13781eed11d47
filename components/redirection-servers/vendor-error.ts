'use client';

import { useT } from '@/lib/i18n/client';
import type { RedirectionErrorKind } from '@/lib/redirection/types';

/** Every kind a vendor error can have; the type makes this list complete. */
const KINDS: Record<RedirectionErrorKind, true> = {
  auth_failed: true,
  clock_skew: true,
  mac_invalid: true,
  mac_owned_elsewhere: true,
  server_not_found: true,
  url_invalid: true,
  rate_limited: true,
  transient: true,
  tls: true,
  network: true,
  unknown: true,
};

export type VendorError = { kind: RedirectionErrorKind; detail: string };

/** A vendor error carried in a failed action's `details`, when the action put one there. */
export function vendorErrorOf(details: unknown): VendorError | null {
  const candidate = details as { kind?: unknown; detail?: unknown } | null | undefined;
  if (typeof candidate?.kind !== 'string' || !Object.hasOwn(KINDS, candidate.kind)) return null;
  return { kind: candidate.kind as RedirectionErrorKind, detail: typeof candidate.detail === 'string' ? candidate.detail : '' };
}

/**
 * Splits a stored error text in RedirectionError's message shape (`<kind>: <vendor text>`, or
 * just `<kind>`); any other text comes back as vendor words of an unknown kind.
 */

/** The admin-facing sentence for a vendor error, and the vendor's own words (empty when it said nothing). */
export function useVendorErrorText() {
  const t = useT('redirection');
  return (error: VendorError, server: { name: string; brand: string; url: string }) => ({
    message: t(`kinds.${error.kind}`, { name: server.name, url: server.url || t(`brands.${server.brand}`) }),
    detail: error.detail ? t('test.vendorSaid', { detail: error.detail }) : '',
  });
}
