import type { TFunction } from 'i18next';
import type { AuditRow } from '@/db/queries/audit-log';
import { formatDateTime } from '@/lib/format';
import { changesText, toCsv } from './csv';

/** The audit log as CSV: headings, kinds, entities and actions in the admin's language; times in `timeZone`. */
export function auditCsv(rows: readonly AuditRow[], t: TFunction, timeZone = 'UTC'): string {
  const header = ['at', 'actorKind', 'actor', 'entity', 'entityId', 'label', 'action', 'changes'].map((key) => t(`audit:csv.${key}`, { timeZone }));
  return toCsv([
    header,
    ...rows.map((row) => [
      formatDateTime(row.at, timeZone),
      t(`audit:actorKinds.${row.actorKind}`),
      row.actorName,
      t(`audit:entities.${row.entity}`, { defaultValue: row.entity }),
      row.entityId,
      row.entityLabel,
      t(`audit:actions.${row.action}`, { defaultValue: row.action }),
      changesText(row.changes, t('audit:changed')),
    ]),
  ]);
}
