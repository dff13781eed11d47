import { and, asc, eq, inArray } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, deviceLines, deviceModels, devices, templates } from '@/db/schema';
import type { DeviceListParams } from '@/lib/validation/list-params';
import { accountExportColumns, accountMatch } from './accounts';
import { DEVICE_COLUMNS, deviceConditions } from './devices';

/**
 * What the CSV exports read: every device (or account) the list's filter selects, all pages, in the list's order.
 * Passwords are read (and decrypted) only when `secrets` is asked for; otherwise they come back as ''.
 */

export type ExportLine = { extension: string; sipUsername: string; sipPassword: string; displayName: string };
export type ExportDevice = Omit<typeof devices.$inferSelect, 'lastFetchedAt' | 'lastFetchedSha256' | 'armedAt' | 'createdAt' | 'updatedAt'> & {
  modelName: string;
  templateName: string;
  lines: ExportLine[];
};

/** `filter.ids`: only these devices (the rows picked on the list), instead of the filter's. */
export function devicesForExport(
  db: DbOrTx,
  tenantId: number,
  filter: DeviceListParams & { ids?: readonly number[] },
  { secrets }: { secrets: boolean },
): ExportDevice[] {
  const where = filter.ids ? and(eq(devices.tenantId, tenantId), inArray(devices.id, [...filter.ids]))! : deviceConditions(db, tenantId, filter);
  const rows = db
    .select({
      ...DEVICE_COLUMNS,
      tenantId: devices.tenantId,
      ...(secrets ? { adminPassword: devices.adminPassword } : {}),
      modelName: deviceModels.name,
      templateName: templates.name,
    })
    .from(devices)
    .innerJoin(deviceModels, eq(deviceModels.id, devices.modelId))
    .innerJoin(templates, eq(templates.id, devices.templateId))
    .where(where)
    .orderBy(asc(devices.mac))
    .all();
  const links = db
    .select({
      deviceId: deviceLines.deviceId,
      extension: accounts.extension,
      sipUsername: accounts.sipUsername,
      ...(secrets ? { sipPassword: accounts.sipPassword } : {}),
      displayName: accounts.displayName,
    })
    .from(deviceLines)
    .innerJoin(devices, eq(devices.id, deviceLines.deviceId))
    .innerJoin(accounts, eq(accounts.id, deviceLines.accountId))
    .where(where)
    .orderBy(asc(deviceLines.deviceId), asc(deviceLines.position))
    .all();
  const lines = new Map<number, ExportLine[]>();
  for (const { deviceId, ...line } of links) {
    const list = lines.get(deviceId) ?? [];
    list.push({ sipPassword: '', ...line });
    lines.set(deviceId, list);
  }
  return rows.map((row) => ({ adminPassword: '', ...row, lines: lines.get(row.id) ?? [] }));
}

export type ExportAccount = Omit<typeof accounts.$inferSelect, 'tenantId'>;

export function accountsForExport(db: DbOrTx, tenantId: number, q: string | undefined, { secrets }: { secrets: boolean }): ExportAccount[] {
  return db
    .select(accountExportColumns(secrets))
    .from(accounts)
    .where(and(eq(accounts.tenantId, tenantId), accountMatch(q)))
    .orderBy(asc(accounts.extension), asc(accounts.id))
    .all()
    .map((row) => ({ sipPassword: '', ...row }));
}
