import type { Db } from '@/db/client';
import { runAs } from '@/lib/auth/actor';
import type { ConsoleSession } from '@/lib/auth/session';
import { type AuditEntity, recordAudit } from './record';

/** A console user saw a file's secrets in clear (reveal or download): recorded like a write, with the file's name. */
export function recordFileReveal(db: Db, session: ConsoleSession, file: { id: number; fileName: string }): void {
  runAs({ kind: 'user', userId: session.userId, name: session.username }, () =>
    recordAudit(db, { tenantId: session.tenant.id, entity: 'file', entityId: file.id, label: file.fileName, action: 'reveal' }),
  );
}

/** The entity an /api/v1 path names (`/api/v1/devices/7` → device 7), for entries about the request as a whole. */
const API_ENTITIES: Record<string, AuditEntity> = {
  devices: 'device',
  accounts: 'account',
  templates: 'template',
  'device-models': 'device-model',
  brands: 'brand',
  'filename-rules': 'filename-rule',
  placeholders: 'placeholder',
  'redirection-servers': 'redirection-server',
  'pbx-settings': 'pbx-settings',
  'network-interfaces': 'network-interface',
  tenants: 'tenant',
  'phone-access': 'phone-access',
  files: 'file',
};

/** An API token read secrets in clear (`?reveal=secrets`): one entry per request, naming what the path names. */
export function recordApiReveal(db: Db, tenantId: number, url: string): void {
  const [, , , resource, id] = new URL(url).pathname.split('/');
  const entity = API_ENTITIES[resource ?? ''];
  if (!entity) return;
  const entityId = id && /^\d+$/.test(id) ? Number(id) : null;
  recordAudit(db, { tenantId, entity, entityId, label: entityId === null ? `${resource} (list)` : undefined, action: 'reveal' });
}

/** A console user signed in or out: recorded as that user, in no tenant. */
export function recordSession(db: Db, user: { id: number; username: string }, action: 'sign-in' | 'sign-out'): void {
  runAs({ kind: 'user', userId: user.id, name: user.username }, () =>
    recordAudit(db, { tenantId: null, entity: 'session', entityId: user.id, label: user.username, action }),
  );
}

/** A console user exported a CSV with passwords in clear (devices or accounts): one entry per export, with how many rows. */
export function recordExportReveal(db: Db, session: ConsoleSession, entity: 'device' | 'account', rows: number): void {
  runAs({ kind: 'user', userId: session.userId, name: session.username }, () =>
    recordAudit(db, { tenantId: session.tenant.id, entity, entityId: null, label: `CSV export (${rows})`, action: 'reveal' }),
  );
}
