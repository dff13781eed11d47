import type { Db } from '@/db/client';
import { runAs } from '@/lib/auth/actor';
import type { ConsoleSession } from '@/lib/auth/session';
import { recordAudit } from './record';

/** A console user saw a file's secrets in clear (reveal or download): recorded like a write, with the file's name. */
export function recordFileReveal(db: Db, session: ConsoleSession, file: { id: number; fileName: string }): void {
  runAs({ kind: 'user', userId: session.userId, name: session.username }, () =>
    recordAudit(db, { tenantId: session.tenant.id, entity: 'file', entityId: file.id, label: file.fileName, action: 'reveal' }),
  );
}
