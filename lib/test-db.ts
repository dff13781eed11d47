import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { eq } from 'drizzle-orm';
import { type Db, openDatabase } from '@/db/client';
import { generatedFiles } from '@/db/schema';
import { bootstrap } from '@/lib/bootstrap';
import { getDefaultTenant } from '@/db/queries/tenants';

/** A real SQLite file in a temp dir, migrated and bootstrapped like a first start (for tests). */
export async function freshDatabase(): Promise<{ db: Db; tenantId: number; dir: string }> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'provisio-test-'));
  process.env.DATA_DIR ??= dir;
  process.env.PUBLIC_HOST ??= 'pbx.test';
  process.env.PROVISIO_ADMIN_PASSWORD ??= 'test-admin-password';
  process.env.PROVISIO_API_TOKEN ??= 'test-api-token-0123456789';
  const db = openDatabase(path.join(dir, 'provisio.db'));
  await bootstrap(db);
  return { db, tenantId: getDefaultTenant(db)!.id, dir };
}

export const filesOf = (db: Db, tenantId: number) =>
  Object.fromEntries(
    db
      .select()
      .from(generatedFiles)
      .where(eq(generatedFiles.tenantId, tenantId))
      .all()
      .map((f) => [f.fileName, f]),
  );
