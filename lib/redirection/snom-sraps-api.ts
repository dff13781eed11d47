/**
 * Transport for the Snom SRAPS REST API: Hawk-signed JSON requests, the mapping of SRAPS refusals
 * to RedirectionError, collection paging (RFC 8288 `Link: <…>; rel="next"`, or `{results, next}`)
 * and the rule that links SRAPS hands back must stay on the configured origin.
 * Facts and sources: ../shared/domain/redirection-servers.md §1.1, §1.2 and §1.4.
 */
import { hawkHeader } from './hawk';
import { jsonOf, vendorFetch, type VendorResponse } from './http';
import { RedirectionError, type ClientConfig } from './types';

/** A runaway `next` chain (or one that loops) must not keep the worker busy forever. */
const MAX_PAGES = 200;

export type SrapsApi = {
  readonly base: URL;
  /** An absolute URL for a link SRAPS returned (relative ones resolve against `from`); another origin is refused. */
  link(href: string, from?: string): string;
  call(method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, body?: unknown): Promise<VendorResponse>;
  /** Every item of a collection; `null` when `isOptional` and the first page answers 403/404. */
  collect<T>(url: string, options?: { isOptional?: boolean; until?: (item: T) => boolean }): Promise<T[] | null>;
};

export const isOk = (response: VendorResponse) => response.status >= 200 && response.status < 300;

/** The vendor's own words: `message`, `error` or `detail` of the JSON body, else the body itself. */
export function srapsVendorText(response: VendorResponse): string {
  const body = jsonOf<Record<string, unknown>>(response);
  const said = body && typeof body === 'object' ? (body.message ?? body.error ?? body.detail ?? body) : response.text;
  const text = typeof said === 'string' ? said : JSON.stringify(said);
  const hawk = /error="([^"]*)"/.exec(response.headers.get('www-authenticate') ?? '')?.[1];
  return `HTTP ${response.status} ${text.slice(0, 300)}${hawk ? ` (${hawk})` : ''}`.trim();
}

/**
 * A non-2xx SRAPS answer as a RedirectionError. The owned-elsewhere status is unconfirmed (§7), so
 * it is recognised by the body text Falconieri matches; `about: 'mac'` marks endpoint requests,
 * where a 400 naming the mac means SRAPS rejected the MAC itself.
 */
export function srapsError(response: VendorResponse, about: 'mac' | 'other' = 'other'): RedirectionError {
  const text = srapsVendorText(response);
  const raw = `${response.headers.get('www-authenticate') ?? ''}\n${response.text}`;
  if (response.status === 401) return new RedirectionError(/stale timestamp|\btsm=/i.test(raw) ? 'clock_skew' : 'auth_failed', text);
  if (/taken_mac_or_forbidden|lacks permission/i.test(raw)) return new RedirectionError('mac_owned_elsewhere', text);
  if (response.status === 400 && about === 'mac' && /\bmac\b/i.test(response.text)) return new RedirectionError('mac_invalid', text);
  return new RedirectionError('unknown', text);
}

/** The `rel="next"` target of an RFC 8288 Link header (rel may be a space-separated list, quoted or not). */
export function nextLink(header: string | null): string | null {
  for (const match of (header ?? '').matchAll(/<([^>]*)>((?:\s*;\s*[^;,]+)*)/g)) {
    const rel = /;\s*rel\s*=\s*(?:"([^"]*)"|([^\s;,]+))/i.exec(match[2] ?? '');
    if ((rel?.[1] ?? rel?.[2] ?? '').toLowerCase().split(/\s+/).includes('next')) return match[1] ?? null;
  }
  return null;
}

export function createSrapsApi(config: ClientConfig): SrapsApi {
  const base = new URL(config.baseUrl.endsWith('/') ? config.baseUrl : `${config.baseUrl}/`);
  const now = config.now ?? Date.now;

  function link(href: string, from: string = base.href): string {
    let url: URL;
    try {
      url = new URL(href, from);
    } catch {
      throw new RedirectionError('unknown', `SRAPS returned an unreadable link: ${href}`);
    }
    // Our Hawk-signed requests must only go where the admin pointed us, whatever an answer says.
    if (url.origin !== base.origin) throw new RedirectionError('unknown', `SRAPS link to another origin refused: ${url.origin}`);
    return url.href;
  }

  async function call(method: string, url: string, body?: unknown): Promise<VendorResponse> {
    const payload = body === undefined ? undefined : JSON.stringify(body);
    const contentType = payload === undefined ? undefined : 'application/json';
    let authorization: string;
    try {
      authorization = hawkHeader({ id: config.username, key: config.password }, { method, url, contentType, payload }, { nowMs: now() });
    } catch (error) {
      // Only an Access Key ID with quotes or newlines gets here: SRAPS could never accept it.
      throw new RedirectionError('auth_failed', error instanceof Error ? error.message : String(error));
    }
    return vendorFetch(url, {
      method,
      headers: { Authorization: authorization, Accept: 'application/json', ...(contentType ? { 'Content-Type': contentType } : {}) },
      body: payload,
      timeoutMs: config.timeoutMs,
    });
  }

  async function collect<T>(url: string, options: { isOptional?: boolean; until?: (item: T) => boolean } = {}): Promise<T[] | null> {
    const items: T[] = [];
    let next: string | null = link(url);
    for (let page = 0; next && page < MAX_PAGES; page++) {
      const response = await call('GET', next);
      if (page === 0 && options.isOptional && (response.status === 403 || response.status === 404)) return null;
      if (!isOk(response)) throw srapsError(response);
      const body = jsonOf<T[] | { results?: T[]; next?: string | null }>(response);
      const pageItems = Array.isArray(body) ? body : body?.results;
      if (!Array.isArray(pageItems)) throw new RedirectionError('unknown', `SRAPS collection is not a list: ${response.text.slice(0, 200)}`);
      items.push(...pageItems);
      if (options.until && pageItems.some(options.until)) break;
      const href: string | null = (Array.isArray(body) ? null : body?.next) || nextLink(response.headers.get('link'));
      next = href ? link(href, next) : null;
    }
    return items;
  }

  return { base, link, call, collect };
}
