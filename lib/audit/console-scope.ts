import type { DbOrTx } from '@/db/client';
import { type AuditScope, auditScopeOf } from '@/db/queries/audit-log';
import { getPbxSettings } from '@/db/queries/pbx';

/** The console's view of the audit log: the selected tenant's entries, days in its PBX's time zone (as times are shown). */
export const consoleAuditScope = (db: DbOrTx, tenantId: number): AuditScope => auditScopeOf(db, tenantId, getPbxSettings(db, tenantId)?.timeZone ?? 'UTC');
