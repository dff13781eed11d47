import { RedirectionError } from './types';

export const DEFAULT_TIMEOUT_MS = 10_000;

export type VendorResponse = { status: number; headers: Headers; text: string };

/** Seconds or an HTTP date, as a 429's Retry-After says it; undefined when absent or unreadable. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const seconds = Number(header);
  if (Number.isFinite(seconds) && seconds >= 0) return seconds * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

const TLS_CODES = /CERT|SSL|TLS|SELF_SIGNED|UNABLE_TO_VERIFY|ERR_TLS/i;

/** A failed fetch (no HTTP answer at all): TLS trouble or the network, told apart for the admin. */
function transportError(error: unknown, url: string): RedirectionError {
  const cause = (error as { cause?: { code?: string; message?: string } })?.cause;
  const text = `${cause?.code ?? ''} ${cause?.message ?? (error instanceof Error ? error.message : String(error))}`.trim();
  if (error instanceof Error && error.name === 'TimeoutError') return new RedirectionError('network', `timeout: ${new URL(url).host}`);
  return new RedirectionError(TLS_CODES.test(text) ? 'tls' : 'network', text);
}

/**
 * One HTTP exchange with a vendor API: a timeout, and the answers every vendor shares mapped
 * to RedirectionError (network, TLS, 429 with Retry-After, 5xx). Other statuses are returned
 * for the vendor client to read, since each vendor says "refused" its own way.
 */
export async function vendorFetch(url: string, init: RequestInit & { timeoutMs?: number }): Promise<VendorResponse> {
  let response: Response;
  try {
    response = await fetch(url, { ...init, redirect: 'manual', signal: AbortSignal.timeout(init.timeoutMs ?? DEFAULT_TIMEOUT_MS) });
  } catch (error) {
    throw transportError(error, url);
  }
  const text = await response.text().catch(() => '');
  if (response.status === 429)
    throw new RedirectionError('rate_limited', `HTTP 429 ${text.slice(0, 200)}`.trim(), retryAfterMs(response.headers.get('retry-after')));
  if (response.status >= 500) throw new RedirectionError('transient', `HTTP ${response.status} ${text.slice(0, 200)}`.trim());
  return { status: response.status, headers: response.headers, text };
}

/** The JSON of a vendor answer, or null when it is not JSON. */
export function jsonOf<T = unknown>(response: VendorResponse): T | null {
  try {
    return JSON.parse(response.text) as T;
  } catch {
    return null;
  }
}

/** 12 lower-case hex digits, as every vendor API takes a MAC. */
export const plainMac = (mac: string) => mac.toLowerCase().replace(/[^0-9a-f]/g, '');

/** A MAC as vendor APIs take it; anything that is not 12 hex digits is refused before any call. */
export function vendorMac(mac: string): string {
  const plain = plainMac(mac);
  if (plain.length !== 12) throw new RedirectionError('mac_invalid', mac);
  return plain;
}

/** One page of a Yealink-style list (`skip`/`limit`/`autoCount` in, `{ total, data }` out). */
export type SkipPage<T> = { total?: number; data?: T[] | null };
const SKIP_PAGE_SIZE = 100;
/** A guard against a server that ignores `skip` and never reports `total`. */
const MAX_SKIP_PAGES = 1000;

/** Every item of a Yealink-style paged list: `fetchPage(skip, limit)` asks for one page. */
export async function allSkipPages<T>(
  fetchPage: (paging: { skip: number; limit: number; autoCount: true }) => Promise<SkipPage<T> | null | undefined>,
): Promise<T[]> {
  const items: T[] = [];
  for (let page = 0, skip = 0; page < MAX_SKIP_PAGES; page++) {
    const answer = await fetchPage({ skip, limit: SKIP_PAGE_SIZE, autoCount: true });
    const data = answer?.data ?? [];
    items.push(...data);
    skip += data.length;
    const isLast = typeof answer?.total === 'number' ? items.length >= answer.total : data.length < SKIP_PAGE_SIZE;
    if (data.length === 0 || isLast) break;
  }
  return items;
}
