import fs from 'node:fs';
import path from 'node:path';
import type { Db } from '@/db/client';
import { migrateDatabase } from '@/db/migrate';
import { deviceIdsByTemplate } from '@/db/queries/devices';
import { getDefaultTenant, listTenants } from '@/db/queries/tenants';
import { apiTokenByHash, hasApiTokens, hasUsers } from '@/db/queries/users';
import { apiTokens, users } from '@/db/schema';
import { generateSecret, hashPassword, hashToken } from '@/lib/auth/secrets';
import { protectSecretsAtRest } from '@/lib/secrets-at-rest';
import { syncBuiltIns } from '@/lib/domain/built-ins';
import { recordMissingTemplateVersions, settleBuiltInVersions } from '@/lib/domain/template-versions';
import { createTenant } from '@/lib/domain/tenants';
import { env } from '@/lib/env';
import { DomainError, RenderFailedError } from '@/lib/errors';
import { log } from '@/lib/logger';
import { regenerate } from '@/lib/provisioning/regenerate';
import { serverFacts } from '@/lib/provisioning/server-facts';

export const ADMIN_USERNAME = 'admin';

/**
 * Makes a database ready to serve: migrations, the default tenant, the first admin and API token
 * (from the environment, or generated and written once to $DATA_DIR/initial-credentials.txt),
 * the built-in catalogue of this release, and every tenant's files regenerated.
 */
export async function bootstrap(db: Db): Promise<void> {
  migrateDatabase(db);
  protectSecretsAtRest(db);
  recordMissingTemplateVersions(db);
  if (!getDefaultTenant(db)) createTenant(db, { name: 'Default' }, { isDefault: true });

  const generated: string[] = [];
  if (!hasUsers(db)) {
    const password = env().PROVISIO_ADMIN_PASSWORD ?? generateSecret(12);
    if (!env().PROVISIO_ADMIN_PASSWORD) generated.push(`console user: ${ADMIN_USERNAME}`, `console password: ${password}`);
    db.insert(users)
      .values({ username: ADMIN_USERNAME, passwordHash: await hashPassword(password), role: 'owner' })
      .run();
  }
  const envToken = env().PROVISIO_API_TOKEN;
  if (envToken && !apiTokenByHash(db, hashToken(envToken))) {
    db.insert(apiTokens)
      .values({ name: 'PROVISIO_API_TOKEN', tokenHash: hashToken(envToken), role: 'owner' })
      .run();
  }
  if (!hasApiTokens(db)) {
    const token = generateSecret(32);
    generated.push(`API token (Authorization: Bearer …): ${token}`);
    db.insert(apiTokens)
      .values({ name: 'initial', tokenHash: hashToken(token), role: 'owner' })
      .run();
  }
  if (generated.length > 0) writeInitialCredentials(generated);

  regenerateEverything(db);
}

/** Brings every tenant's built-ins and files up to date with this release and these server facts. */
export function regenerateEverything(db: Db): void {
  const server = serverFacts();
  for (const tenant of listTenants(db)) {
    db.transaction((tx) => syncBuiltIns(tx, tenant.id));
    try {
      db.transaction((tx) => settleBuiltInVersions(tx, tenant.id, regenerate(tx, tenant.id, 'all', server).changedDeviceIds));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      regenerateTemplateByTemplate(db, tenant.id, server);
    }
  }
}

/**
 * After a failed full pass at start (a stored template this release checks more strictly than the one
 * that saved it): the devices of each template on their own, so only the devices of a refused template
 * keep their last good file. The product starts either way; the log names what was refused.
 */
function regenerateTemplateByTemplate(db: Db, tenantId: number, server: ReturnType<typeof serverFacts>) {
  for (const [templateId, deviceIds] of deviceIdsByTemplate(db, tenantId)) {
    try {
      db.transaction((tx) => settleBuiltInVersions(tx, tenantId, regenerate(tx, tenantId, { deviceIds }, server).changedDeviceIds, templateId));
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      const target = error instanceof RenderFailedError ? error.target : {};
      log.error('Files not regenerated at start: their phones keep the last good file until the template is fixed', {
        tenantId,
        template: target.templateName,
        device: target.mac,
        problem: error instanceof RenderFailedError ? error.issues.map((i) => i.code).join(', ') : error.code,
      });
    }
  }
}

function writeInitialCredentials(lines: string[]) {
  const file = path.join(env().DATA_DIR, 'initial-credentials.txt');
  fs.mkdirSync(env().DATA_DIR, { recursive: true });
  fs.writeFileSync(file, `# Provisio first-start credentials. Change them, then delete this file.\n${lines.join('\n')}\n`, { mode: 0o600 });
  fs.chmodSync(file, 0o600);
  log.info(`First start: the admin password and API token were generated and written to ${file} (readable by this user only).`);
}
