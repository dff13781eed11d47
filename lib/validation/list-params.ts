import { z } from 'zod';

const page = z.coerce.number().int().min(1).catch(1);
/** Rows per page (the console's default when absent); the REST API may ask for up to 500. */
const pageSize = z.coerce.number().int().min(1).max(500).optional().catch(undefined);
const optionalId = z.coerce.number().int().positive().optional().catch(undefined);
/** A yes/no filter: `1`/`0` from the console, also `true`/`false`/`yes`/`no` from API callers. */
const optionalFlag = z
  .preprocess((v) => (typeof v === 'string' ? ({ true: '1', yes: '1', false: '0', no: '0' }[v.toLowerCase()] ?? v) : v), z.enum(['1', '0']))
  .optional()
  .catch(undefined);
const q = z.preprocess((v) => (typeof v === 'string' && v.trim() ? v.trim().slice(0, 100) : undefined), z.string().optional());

/**
 * A search term and a page: the filters of every searchable list (accounts, files, unknown
 * devices), read from a page's search params, a /api/console query string or a /api/v1 one alike;
 * bad values fall back to "no filter".
 */
export const searchPageParamsSchema = z.object({ q, page, pageSize });
export type SearchPageParams = z.infer<typeof searchPageParamsSchema>;

/** The device list's filters, for the console table and `GET /api/v1/devices` alike. */
export const deviceListParamsSchema = searchPageParamsSchema.extend({
  brandId: optionalId,
  modelId: optionalId,
  enabled: optionalFlag,
  fetched: optionalFlag,
  /** `1`: the file changed since the phone last fetched it. */
  pending: optionalFlag,
  /** Where the device stands at its brand's redirection server. */
  redirection: z.enum(['registered', 'pending', 'failed']).optional().catch(undefined),
});
export type DeviceListParams = z.infer<typeof deviceListParamsSchema>;

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
