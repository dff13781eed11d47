import { and, asc, count, eq, inArray, isNull, like, max, or, type SQL } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { deviceModels, devices, fetchLog, generatedFiles } from '@/db/schema';
import { PAGE_SIZE } from '@/lib/validation/list-params';
import type { SearchPageParams } from '@/lib/validation/search-page-params';
import { clampPage } from './paging';

/** One generated file of the file manager: its owner (a device, or a model for common files) and times in epoch ms. */
export type FileRow = {
  id: number;
  fileName: string;
  size: number;
  generatedAt: number;
  lastFetchedAt: number | null;
  device: { id: number; mac: string; label: string } | null;
  model: { id: number; name: string } | null;
};
export type FilePage = { items: FileRow[]; total: number; page: number; pageSize: number };

/** Hex digits with optional MAC separators: searched as a MAC whatever notation was typed. */
const MAC_FRAGMENT = /^[0-9a-f:.\-]+$/i;

function matching(q: string | undefined): SQL | undefined {
  if (!q) return undefined;
  const term = `%${q.replace(/[%_]/g, '')}%`;
  const macTerm = MAC_FRAGMENT.test(q) ? q.toLowerCase().replace(/[^0-9a-f]/g, '') : '';
  // A MAC typed with separators still finds the file, whatever notation its name uses.
  return or(like(generatedFiles.fileName, term), ...(macTerm.length >= 4 ? [like(devices.mac, `%${macTerm}%`)] : []));
}

/**
 * One page of the tenant's generated files, searched by name (or by the owning device's MAC).
 * A device file's last fetch is the device's; a common file's comes from the fetch log.
 */
export function listFilePage(db: Db, tenantId: number, params: SearchPageParams): FilePage {
  const where = and(eq(generatedFiles.tenantId, tenantId), matching(params.q));
  const total = db.select({ n: count() }).from(generatedFiles).leftJoin(devices, eq(devices.id, generatedFiles.deviceId)).where(where).get()?.n ?? 0;
  const page = clampPage(params.page, total);
  const rows = db
    .select({
      id: generatedFiles.id,
      fileName: generatedFiles.fileName,
      size: generatedFiles.size,
      generatedAt: generatedFiles.generatedAt,
      deviceId: devices.id,
      mac: devices.mac,
      label: devices.label,
      lastFetchedAt: devices.lastFetchedAt,
      modelId: deviceModels.id,
      modelName: deviceModels.name,
    })
    .from(generatedFiles)
    .leftJoin(devices, eq(devices.id, generatedFiles.deviceId))
    .leftJoin(deviceModels, eq(deviceModels.id, generatedFiles.modelId))
    .where(where)
    .orderBy(asc(generatedFiles.fileName))
    .limit(PAGE_SIZE)
    .offset((page - 1) * PAGE_SIZE)
    .all();
  const commonFetches = lastFetches(db, tenantId, rows.filter((r) => r.deviceId === null).map((r) => r.fileName));
  const items = rows.map((r) => ({
    id: r.id,
    fileName: r.fileName,
    size: r.size,
    generatedAt: r.generatedAt.getTime(),
    lastFetchedAt: r.deviceId === null ? (commonFetches.get(r.fileName) ?? null) : (r.lastFetchedAt?.getTime() ?? null),
    device: r.deviceId === null ? null : { id: r.deviceId, mac: r.mac ?? '', label: r.label ?? '' },
    model: r.modelId === null ? null : { id: r.modelId, name: r.modelName ?? '' },
  }));
  return { items, total, page, pageSize: PAGE_SIZE };
}

/** The latest successful fetch of each named file (common files are not tied to a device row). */
export function lastFetches(db: Db, tenantId: number, fileNames: string[]): Map<string, number> {
  if (fileNames.length === 0) return new Map();
  const rows = db
    .select({ fileName: fetchLog.fileName, at: max(fetchLog.at) })
    .from(fetchLog)
    .where(and(eq(fetchLog.tenantId, tenantId), inArray(fetchLog.fileName, fileNames), eq(fetchLog.status, 200), isNull(fetchLog.deviceId)))
    .groupBy(fetchLog.fileName)
    .all();
  return new Map(rows.flatMap((r) => (r.at ? [[r.fileName, r.at.getTime()] as const] : [])));
}
