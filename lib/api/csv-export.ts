import type { Db } from '@/db/client';
import { accountCsv, deviceCsv } from '@/lib/domain/csv-export';
import { bulkTargetSchema } from '@/lib/validation/device-bulk';
import { deviceListParamsSchema, paramsRecord, searchPageParamsSchema } from '@/lib/validation/list-params';
import { withApi } from './handlers';

/**
 * The CSV exports of the device and account lists: what the list's filter selects (every page), passwords only when
 * asked for by a role that may see them — `?reveal=secrets` on /api/v1 (audited by withApi), `?secrets=1` in the
 * console (audited here; a viewer asking gets 403).
 */

export type ExportKind = 'devices' | 'accounts';

export const NO_STORE = { 'Cache-Control': 'no-store' };

/** `?ids=3,5,8`: the rows picked on the list (a page's worth at most), instead of the filter's; malformed ids pick none. */
function pickedIds(params: URLSearchParams): { ids?: number[] } {
  if (!params.has('ids')) return {};
  const picked = bulkTargetSchema.safeParse({ kind: 'ids', ids: (params.get('ids') ?? '').split(',') });
  return { ids: picked.success && picked.data.kind === 'ids' ? picked.data.ids : [] };
}

export function exportCsv(kind: ExportKind, db: Db, tenantId: number, params: URLSearchParams, secrets: boolean) {
  const filter = paramsRecord(params);
  return kind === 'devices'
    ? deviceCsv(db, tenantId, { ...deviceListParamsSchema.parse(filter), ...pickedIds(params) }, { secrets })
    : accountCsv(db, tenantId, searchPageParamsSchema.parse(filter).q, { secrets });
}

export const csvResponse = (kind: ExportKind, csv: string) =>
  new Response(csv, {
    headers: {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': `attachment; filename="${kind}-${new Date().toISOString().slice(0, 10)}.csv"`,
      'X-Content-Type-Options': 'nosniff',
      ...NO_STORE,
    },
  });

/** GET /api/v1/devices/export and /api/v1/accounts/export: the list's filters, text/csv. */
export const exportHandlers = (kind: ExportKind) => ({
  GET: (request: Request) => withApi(request, ({ db, tenantId, params, reveal }) => csvResponse(kind, exportCsv(kind, db, tenantId, params, reveal).csv)),
});
