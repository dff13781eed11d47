import { and, asc, count, eq } from 'drizzle-orm';
import type { DbOrTx } from '@/db/client';
import { accounts, brands, deviceModels, devices, filenameRules, networkInterfaces, pbxSettings, placeholders, templates } from '@/db/schema';
import { DEVICE_COLUMNS, tenantLineLinks } from './devices';
import { accountExportColumns } from './accounts';

/**
 * What a tenant backup reads: the tenant's own catalogue (built-in rows ship with the release and are referred to by
 * name), PBX settings, interfaces, placeholders, accounts and devices, with names instead of ids. Passwords are read
 * (and decrypted) only when `secrets` is asked for.
 */
export function tenantBackupRows(db: DbOrTx, tenantId: number, { secrets }: { secrets: boolean }) {
  const custom = <T extends { isBuiltIn: boolean }>(rows: T[]) => rows.filter((row) => !row.isBuiltIn);
  const brandRows = db.select().from(brands).where(eq(brands.tenantId, tenantId)).orderBy(asc(brands.id)).all();
  const ruleRows = db.select().from(filenameRules).where(eq(filenameRules.tenantId, tenantId)).orderBy(asc(filenameRules.id)).all();
  const modelRows = db.select().from(deviceModels).where(eq(deviceModels.tenantId, tenantId)).orderBy(asc(deviceModels.id)).all();
  const templateRows = db.select().from(templates).where(eq(templates.tenantId, tenantId)).orderBy(asc(templates.id)).all();
  const interfaceRows = db.select().from(networkInterfaces).where(eq(networkInterfaces.tenantId, tenantId)).orderBy(asc(networkInterfaces.id)).all();
  const accountRows = db.select(accountExportColumns(secrets)).from(accounts).where(eq(accounts.tenantId, tenantId)).orderBy(asc(accounts.id)).all();
  const { defaultAdminPassword, tenantId: _t, ...settings } = db.select().from(pbxSettings).where(eq(pbxSettings.tenantId, tenantId)).get()!;
  const deviceRows = db
    .select({
      ...DEVICE_COLUMNS,
      ...(secrets ? { adminPassword: devices.adminPassword } : {}),
    })
    .from(devices)
    .where(eq(devices.tenantId, tenantId))
    .orderBy(asc(devices.mac))
    .all();
  const links = tenantLineLinks(db, tenantId);
  return {
    brands: brandRows,
    customBrands: custom(brandRows),
    filenameRules: ruleRows,
    customFilenameRules: custom(ruleRows),
    models: modelRows,
    customModels: custom(modelRows),
    customTemplates: custom(templateRows),
    templates: templateRows,
    pbxSettings: settings,
    defaultAdminPassword: secrets ? defaultAdminPassword : '',
    networkInterfaces: interfaceRows,
    placeholders: db.select().from(placeholders).where(eq(placeholders.tenantId, tenantId)).orderBy(asc(placeholders.id)).all(),
    accounts: accountRows.map((row) => ({ sipPassword: '', ...row })),
    devices: deviceRows.map((row) => ({ adminPassword: '', ...row })),
    links,
  };
}

/** What makes a tenant not empty for a restore: anything an admin created in it (PBX settings always exist). */
export function tenantContentCount(db: DbOrTx, tenantId: number): number {
  const n = (rows: { n: number } | undefined) => rows?.n ?? 0;
  return (
    n(db.select({ n: count() }).from(devices).where(eq(devices.tenantId, tenantId)).get()) +
    n(db.select({ n: count() }).from(accounts).where(eq(accounts.tenantId, tenantId)).get()) +
    n(db.select({ n: count() }).from(placeholders).where(eq(placeholders.tenantId, tenantId)).get()) +
    n(db.select({ n: count() }).from(networkInterfaces).where(eq(networkInterfaces.tenantId, tenantId)).get()) +
    n(
      db
        .select({ n: count() })
        .from(templates)
        .where(and(eq(templates.tenantId, tenantId), eq(templates.isBuiltIn, false)))
        .get(),
    ) +
    n(
      db
        .select({ n: count() })
        .from(deviceModels)
        .where(and(eq(deviceModels.tenantId, tenantId), eq(deviceModels.isBuiltIn, false)))
        .get(),
    ) +
    n(
      db
        .select({ n: count() })
        .from(brands)
        .where(and(eq(brands.tenantId, tenantId), eq(brands.isBuiltIn, false)))
        .get(),
    ) +
    n(
      db
        .select({ n: count() })
        .from(filenameRules)
        .where(and(eq(filenameRules.tenantId, tenantId), eq(filenameRules.isBuiltIn, false)))
        .get(),
    )
  );
}
