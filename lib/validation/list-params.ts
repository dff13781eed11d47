import { z } from 'zod';

export const PAGE_SIZE = 50;

const page = z.coerce.number().int().min(1).catch(1);
const optionalId = z.coerce.number().int().positive().optional().catch(undefined);
const optionalFlag = z.enum(['1', '0']).optional().catch(undefined);
const q = z.preprocess((v) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined), z.string().optional());

/**
 * Filters of the devices table, read from the page's search params and from the
 * /api/console/devices query string alike; bad values fall back to "no filter".
 */
export const deviceListParamsSchema = z.object({ q, page, brandId: optionalId, modelId: optionalId, enabled: optionalFlag, fetched: optionalFlag });
export type DeviceListParams = z.infer<typeof deviceListParamsSchema>;

export const accountListParamsSchema = z.object({ q, page });
export type AccountListParams = z.infer<typeof accountListParamsSchema>;

/** `?a=1&b=` or Next's searchParams object → a plain record the schemas above parse (first value wins). */
export function paramsRecord(source: URLSearchParams | Record<string, string | string[] | undefined>): Record<string, string> {
  const entries = source instanceof URLSearchParams ? [...source.entries()] : Object.entries(source);
  const out: Record<string, string> = {};
  for (const [key, value] of entries) {
    const first = Array.isArray(value) ? value[0] : value;
    if (first !== undefined && first !== '' && !(key in out)) out[key] = first;
  }
  return out;
}

/** The inverse, for links and fetches: drops empty values and page 1. */
export function toSearchParams(params: Record<string, string | number | undefined>): URLSearchParams {
  const out = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) {
    if (value === undefined || value === '' || (key === 'page' && Number(value) === 1)) continue;
    out.set(key, String(value));
  }
  return out;
}
