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

export type SortDir = 'asc' | 'desc';
/** A list's sortable columns, each with the direction a first click (or `sort` without `dir`) sorts it in, and its default column. */
export type SortSpec<C extends string = string> = { columns: Readonly<Record<C, SortDir>>; defaultColumn: C };
export type Sort<C extends string = string> = { column: C; dir: SortDir };
export type SortParams<C extends string = string> = { sort?: C; dir?: SortDir };

const sortSpec = <C extends string>(columns: Record<C, SortDir>, defaultColumn: NoInfer<C>): SortSpec<C> => ({ columns, defaultColumn });

/** Times sort newest first on a first click; names and addresses A→Z. Ties are broken by id in the same direction. */
export const DEVICE_SORT = sortSpec({ mac: 'asc', label: 'asc', model: 'asc', lastFetch: 'desc' }, 'mac');
export const ACCOUNT_SORT = sortSpec({ extension: 'asc', sipUsername: 'asc', displayName: 'asc' }, 'extension');
export const FILE_SORT = sortSpec({ fileName: 'asc', generatedAt: 'desc' }, 'fileName');
export const UNKNOWN_DEVICE_SORT = sortSpec({ lastSeen: 'desc', mac: 'asc' }, 'lastSeen');
export const AUDIT_SORT = sortSpec({ at: 'desc' }, 'at');

/** `sort=<column>&dir=asc|desc`, whitelisted per list; a column or direction not allowed falls back to the default. */
export function sortParams<C extends string>(spec: SortSpec<C>) {
  const columns = Object.keys(spec.columns) as [C, ...C[]];
  return { sort: z.enum(columns).optional().catch(undefined), dir: z.enum(['asc', 'desc']).optional().catch(undefined) };
}

/** The order a list is shown in: the asked column (else the default), in the asked direction (else the column's own). */
export function resolveSort<C extends string>(spec: SortSpec<C>, params: SortParams<C>): Sort<C> {
  const column = params.sort ?? spec.defaultColumn;
  return { column, dir: params.dir ?? spec.columns[column] };
}

/** A click on a column's heading: the sorted column flips its direction, another one starts in its own. */
export function nextSort<C extends string>(spec: SortSpec<C>, params: SortParams<C>, column: C): Required<SortParams<C>> {
  const current = resolveSort(spec, params);
  const dir = current.column === column ? (current.dir === 'asc' ? 'desc' : 'asc') : spec.columns[column];
  return { sort: column, dir };
}

export const accountListParamsSchema = searchPageParamsSchema.extend(sortParams(ACCOUNT_SORT));
export type AccountListParams = z.infer<typeof accountListParamsSchema>;
export const fileListParamsSchema = searchPageParamsSchema.extend(sortParams(FILE_SORT));
export type FileListParams = z.infer<typeof fileListParamsSchema>;
export const unknownDeviceListParamsSchema = searchPageParamsSchema.extend(sortParams(UNKNOWN_DEVICE_SORT));
export type UnknownDeviceListParams = z.infer<typeof unknownDeviceListParamsSchema>;

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
  ...sortParams(DEVICE_SORT),
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
