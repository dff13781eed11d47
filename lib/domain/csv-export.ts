import type { DbOrTx } from '@/db/client';
import { accountsForExport, devicesForExport, type ExportDevice } from '@/db/queries/csv-export';
import { toCsv } from '@/lib/csv';
import { formatMac } from '@/lib/mac';
import type { DeviceListParams } from '@/lib/validation/list-params';
import { DEVICE_COLUMNS, type DeviceColumn, LINE_ACCOUNT_FIELDS } from './device-csv';

/**
 * CSV exports of the devices (with their lines) and the accounts a list's filter selects. The device file has the
 * import's columns (lib/domain/device-csv.ts), so exporting and importing it back changes nothing; passwords are
 * written only when `secrets` is asked for, and then each line also carries its account, so the file can recreate the
 * accounts in another tenant.
 */

export type ExportOptions = { secrets: boolean };

function deviceCell(device: ExportDevice, column: DeviceColumn): unknown {
  if (column === 'mac') return formatMac(device.mac, 'colon-upper');
  if (column === 'model') return device.modelName;
  if (column === 'template') return device.templateName;
  if (column === 'enabled') return device.isEnabled ? 'true' : 'false';
  return device[DEVICE_COLUMNS[column]];
}

export function deviceCsv(
  db: DbOrTx,
  tenantId: number,
  filter: DeviceListParams & { ids?: readonly number[] },
  { secrets }: ExportOptions,
): { csv: string; count: number } {
  const rows = devicesForExport(db, tenantId, filter, { secrets });
  const deviceColumns = (Object.keys(DEVICE_COLUMNS) as DeviceColumn[]).filter((column) => secrets || column !== 'admin_password');
  const lineCount = Math.max(1, ...rows.map((d) => d.lines.length));
  const accountFields = secrets ? (Object.entries(LINE_ACCOUNT_FIELDS) as [string, keyof (typeof rows)[number]['lines'][number]][]) : [];
  const header: string[] = [...deviceColumns];
  for (let n = 1; n <= lineCount; n++) header.push(`line${n}`, ...accountFields.map(([column]) => `line${n}_${column}`));
  const body = rows.map((device) => {
    const cells = deviceColumns.map((column) => deviceCell(device, column));
    for (let n = 0; n < lineCount; n++) {
      const line = device.lines[n];
      cells.push(line?.extension ?? '', ...accountFields.map(([, field]) => line?.[field] ?? ''));
    }
    return cells;
  });
  return { csv: toCsv([header, ...body]), count: rows.length };
}

const ACCOUNT_COLUMNS = [
  ['extension', 'extension'],
  ['sip_username', 'sipUsername'],
  ['auth_username', 'authUsername'],
  ['sip_password', 'sipPassword'],
  ['display_name', 'displayName'],
  ['first_name', 'firstName'],
  ['last_name', 'lastName'],
  ['voicemail_number', 'voicemailNumber'],
] as const;

export function accountCsv(db: DbOrTx, tenantId: number, q: string | undefined, { secrets }: ExportOptions): { csv: string; count: number } {
  const rows = accountsForExport(db, tenantId, q, { secrets });
  const columns = ACCOUNT_COLUMNS.filter(([column]) => secrets || column !== 'sip_password');
  return { csv: toCsv([columns.map(([column]) => column), ...rows.map((account) => columns.map(([, field]) => account[field]))]), count: rows.length };
}
