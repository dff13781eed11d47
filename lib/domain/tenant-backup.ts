import { eq } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Tx } from '@/db/client';
import { chunks } from '@/db/queries/generation';
import { tenantBackupRows, tenantContentCount } from '@/db/queries/tenant-backup';
import { getTenant } from '@/db/queries/tenants';
import { accounts, brands, deviceLines, deviceModels, devices, filenameRules, networkInterfaces, pbxSettings, placeholders, templates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { generateSecret } from '@/lib/auth/secrets';
import { DomainError, found } from '@/lib/errors';
import {
  accountSchema,
  brandSchema,
  deviceModelSchema,
  deviceSchema,
  filenameRuleSchema,
  networkInterfaceSchema,
  pbxSettingsSchema,
  placeholderSchema,
  templateSchema,
} from '@/lib/validation/entities';
import { MIN_PASSPHRASE_LENGTH } from '@/lib/validation/tenant-backup';
import { openBackupSecrets, sealBackupSecrets, sealedSecretsSchema } from './backup-secrets';
import { writeAndRegenerate } from './support';
import { recordTemplateVersion } from './template-versions';

/**
 * A whole tenant as one JSON file, and back: its own brands, file-name rules, models and templates (built-in ones ship
 * with the release and are referred to by name), PBX settings, network interfaces, placeholders, accounts and devices,
 * all referring to each other by name. Passwords travel only when the admin asks, sealed with a passphrase
 * (./backup-secrets.ts). A restore goes into an empty tenant only, in one transaction with one regeneration pass.
 */

export const BACKUP_FORMAT = 'provisio-tenant-backup';
export const BACKUP_VERSION = 1;

type Secrets = { defaultAdminPassword: string; accounts: Record<string, string>; devices: Record<string, string> };
const secretsSchema = z.object({
  defaultAdminPassword: z.string(),
  accounts: z.record(z.string(), z.string()),
  devices: z.record(z.string(), z.string()),
});

export type BackupOptions = { secrets: false } | { secrets: true; passphrase: string };

const passphraseError = (code: string) => new DomainError(400, code, 'passphrase');

/** The tenant's backup; with secrets, a "reveal" audit entry (the file opens them to whoever knows the passphrase). */
export function tenantBackup(db: Db, tenantId: number, options: BackupOptions) {
  const tenant = found(getTenant(db, tenantId), 'tenant');
  if (options.secrets && options.passphrase.length < MIN_PASSPHRASE_LENGTH) throw passphraseError('validation:backup.passphraseShort');
  const rows = tenantBackupRows(db, tenantId, { secrets: options.secrets });
  const nameOf = (list: readonly { id: number; name: string }[]) => new Map(list.map((row) => [row.id, row.name]));
  const [brandName, ruleName, modelName, templateName, interfaceName] = [
    rows.brands,
    rows.filenameRules,
    rows.models,
    rows.templates,
    rows.networkInterfaces,
  ].map(nameOf);
  const usernameOf = new Map(rows.accounts.map((a) => [a.id, a.sipUsername]));
  const linesOf = new Map<number, string[]>();
  for (const link of rows.links) linesOf.set(link.deviceId, [...(linesOf.get(link.deviceId) ?? []), usernameOf.get(link.accountId)!]);
  const secrets: Secrets = {
    defaultAdminPassword: rows.defaultAdminPassword,
    accounts: Object.fromEntries(rows.accounts.map((a) => [a.sipUsername, a.sipPassword])),
    devices: Object.fromEntries(rows.devices.map((d) => [d.mac, d.adminPassword])),
  };
  const backup = {
    format: BACKUP_FORMAT,
    version: BACKUP_VERSION,
    createdAt: new Date().toISOString(),
    tenant: { name: tenant.name, uuid: tenant.uuid },
    brands: rows.customBrands.map(({ name }) => ({ name })),
    filenameRules: rows.customFilenameRules.map(({ name, prefix, macFormat, suffix }) => ({ name, prefix, macFormat, suffix })),
    models: rows.customModels.map((m) => ({
      name: m.name,
      brand: brandName.get(m.brandId)!,
      filenameRule: ruleName.get(m.filenameRuleId)!,
      contentType: m.contentType,
      commonFiles: m.commonFiles,
    })),
    templates: rows.customTemplates.map((t) => ({
      name: t.name,
      model: modelName.get(t.modelId)!,
      firmware: t.firmware,
      format: t.format,
      lineEndings: t.lineEndings,
      body: t.body,
    })),
    pbxSettings: rows.pbxSettings,
    networkInterfaces: rows.networkInterfaces.map(({ name, vlanId, ipv4Address }) => ({ name, vlanId, ipv4Address })),
    placeholders: rows.placeholders.map((p) => ({
      name: p.name,
      kind: p.kind,
      value: p.value,
      interface: p.interfaceId === null ? null : interfaceName.get(p.interfaceId)!,
      description: p.description,
    })),
    accounts: rows.accounts.map(({ id: _id, sipPassword: _p, ...account }) => account),
    devices: rows.devices.map(({ id, modelId, templateId, adminPassword: _p, ...device }) => ({
      ...device,
      model: modelName.get(modelId)!,
      template: templateName.get(templateId)!,
      lines: linesOf.get(id) ?? [],
    })),
    secrets: options.secrets ? sealBackupSecrets(secrets, options.passphrase) : null,
  };
  if (options.secrets) recordAudit(db, { tenantId, entity: 'tenant', entityId: tenantId, label: `${tenant.name} (backup)`, action: 'reveal' });
  return backup;
}

export type TenantBackup = ReturnType<typeof tenantBackup>;

/** The download's name: `provisio-backup-<tenant>-<date>.json`, ASCII only (a header value). */
export const backupFileName = (tenant: string) =>
  `provisio-backup-${tenant.replace(/[^A-Za-z0-9_-]+/g, '-').slice(0, 40) || 'tenant'}-${new Date().toISOString().slice(0, 10)}.json`;

const items = z.array(z.record(z.string(), z.unknown()));
const backupFileSchema = z.object({
  format: z.literal(BACKUP_FORMAT),
  version: z.number(),
  tenant: z.object({ name: z.string() }).loose(),
  brands: items,
  filenameRules: items,
  models: items,
  templates: items,
  pbxSettings: z.record(z.string(), z.unknown()),
  networkInterfaces: items,
  placeholders: items,
  accounts: items,
  devices: items,
  secrets: sealedSecretsSchema.nullable(),
});

const fileError = (code: string, params: Record<string, string | number> = {}) => new DomainError(400, code, 'file', params);
const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** One item checked with the form's own schema; a failure names the section, the item and the field. */
function parseItem<S extends z.ZodType>(schema: S, value: unknown, section: string, name: string): z.output<S> {
  const parsed = schema.safeParse(value);
  if (parsed.success) return parsed.data;
  throw fileError('validation:backup.itemInvalid', { section, name, field: parsed.error.issues[0].path.join('.') || '—' });
}

/** A name the item refers to: in the backup or this release's built-ins, else the restore is refused. */
function resolve(ids: Map<string, number>, ref: unknown, section: string, name: string): number {
  const id = ids.get(text(ref));
  if (id === undefined) throw fileError('validation:backup.referenceMissing', { section, name, ref: text(ref) });
  return id;
}

/** The backup file as sent: JSON, ours, a version this release reads. */
export function parseBackupFile(raw: unknown) {
  const parsed = backupFileSchema.safeParse(raw);
  if (!parsed.success) throw fileError('validation:backup.notABackup');
  if (parsed.data.version > BACKUP_VERSION) throw fileError('validation:backup.versionUnsupported', { version: parsed.data.version });
  return parsed.data;
}

export type RestoreReport = { models: number; templates: number; placeholders: number; accounts: number; devices: number; passwordsGenerated: number };

const namesOf = (tx: Tx, table: typeof brands | typeof filenameRules | typeof deviceModels, tenantId: number) =>
  new Map(
    tx
      .select({ id: table.id, name: table.name })
      .from(table)
      .where(eq(table.tenantId, tenantId))
      .all()
      .map((row) => [row.name, row.id]),
  );

const INSERT_BATCH = 200;

function restoreInto(tx: Tx, tenantId: number, file: ReturnType<typeof parseBackupFile>, secrets: Secrets | null): RestoreReport & { deviceIds: number[] } {
  let passwordsGenerated = 0;
  const brandIds = namesOf(tx, brands, tenantId);
  for (const item of file.brands) {
    const data = parseItem(brandSchema, item, 'brands', text(item.name));
    brandIds.set(
      data.name,
      tx
        .insert(brands)
        .values({ ...data, tenantId })
        .returning()
        .get().id,
    );
  }
  const ruleIds = namesOf(tx, filenameRules, tenantId);
  for (const item of file.filenameRules) {
    const data = parseItem(filenameRuleSchema, item, 'filenameRules', text(item.name));
    ruleIds.set(
      data.name,
      tx
        .insert(filenameRules)
        .values({ ...data, tenantId })
        .returning()
        .get().id,
    );
  }
  const modelIds = namesOf(tx, deviceModels, tenantId);
  for (const item of file.models) {
    const name = text(item.name);
    const { brand, filenameRule, ...rest } = item;
    const {
      newBrandName: _b,
      newFilenameRule: _r,
      ...data
    } = parseItem(
      deviceModelSchema,
      { ...rest, brandId: resolve(brandIds, brand, 'models', name), filenameRuleId: resolve(ruleIds, filenameRule, 'models', name) },
      'models',
      name,
    );
    modelIds.set(
      data.name,
      tx
        .insert(deviceModels)
        .values({ ...data, brandId: data.brandId!, filenameRuleId: data.filenameRuleId!, tenantId })
        .returning()
        .get().id,
    );
  }
  const templateIds = new Map(
    tx
      .select({ id: templates.id, name: templates.name, modelId: templates.modelId })
      .from(templates)
      .where(eq(templates.tenantId, tenantId))
      .all()
      .map((t) => [t.name, t]),
  );
  for (const item of file.templates) {
    const name = text(item.name);
    const { model, ...rest } = item;
    const { comment: _c, ...data } = parseItem(templateSchema, { ...rest, modelId: resolve(modelIds, model, 'templates', name) }, 'templates', name);
    const template = tx
      .insert(templates)
      .values({ ...data, tenantId })
      .returning()
      .get();
    recordTemplateVersion(tx, template, { origin: 'create', comment: 'backup restore', changedDeviceIds: [] });
    templateIds.set(template.name, template);
  }
  const settings = parseItem(pbxSettingsSchema, { ...file.pbxSettings, defaultAdminPassword: secrets?.defaultAdminPassword ?? '' }, 'pbxSettings', '');
  tx.update(pbxSettings).set(settings).where(eq(pbxSettings.tenantId, tenantId)).run();
  const interfaceIds = new Map<string, number>();
  for (const item of file.networkInterfaces) {
    const data = parseItem(networkInterfaceSchema, item, 'networkInterfaces', text(item.name));
    interfaceIds.set(
      data.name,
      tx
        .insert(networkInterfaces)
        .values({ ...data, tenantId })
        .returning()
        .get().id,
    );
  }
  for (const item of file.placeholders) {
    const name = text(item.name);
    const { interface: iface, ...rest } = item;
    const interfaceId = iface === null || iface === undefined ? null : resolve(interfaceIds, iface, 'placeholders', name);
    tx.insert(placeholders)
      .values({ ...parseItem(placeholderSchema, { ...rest, interfaceId }, 'placeholders', name), tenantId })
      .run();
  }
  const accountIds = new Map<string, number>();
  const accountValues = file.accounts.map((item) => {
    const stored = secrets?.accounts[text(item.sipUsername)];
    if (!stored) passwordsGenerated++;
    const data = parseItem(accountSchema, { ...item, sipPassword: stored || generateSecret(12) }, 'accounts', text(item.extension));
    if (accountIds.has(data.sipUsername)) throw fileError('validation:backup.itemInvalid', { section: 'accounts', name: data.extension, field: 'sipUsername' });
    accountIds.set(data.sipUsername, -1);
    return { ...data, authUsername: data.authUsername, tenantId };
  });
  for (const batch of chunks(accountValues, INSERT_BATCH))
    for (const row of tx.insert(accounts).values(batch).returning({ id: accounts.id, sipUsername: accounts.sipUsername }).all())
      accountIds.set(row.sipUsername, row.id);
  const deviceValues = file.devices.map((item) => {
    const name = text(item.mac);
    const { model, template, lines, ...rest } = item;
    const modelId = resolve(modelIds, model, 'devices', name);
    const templateRow = templateIds.get(text(template));
    if (!templateRow || templateRow.modelId !== modelId)
      throw fileError('validation:backup.referenceMissing', { section: 'devices', name, ref: text(template) });
    const lineIds = (Array.isArray(lines) ? lines : []).map((username) => resolve(accountIds, username, 'devices', name));
    const stored = secrets?.devices[name];
    if (!stored) passwordsGenerated++;
    const adminPassword = stored || settings.defaultAdminPassword || generateSecret(12);
    return parseItem(deviceSchema, { ...rest, modelId, templateId: templateRow.id, adminPassword, lines: lineIds }, 'devices', name);
  });
  const deviceIds: number[] = [];
  const lineValues: { deviceId: number; position: number; accountId: number }[] = [];
  for (const batch of chunks(deviceValues, INSERT_BATCH)) {
    const inserted = tx
      .insert(devices)
      .values(batch.map(({ lines: _l, ...device }) => ({ ...device, tenantId })))
      .returning({ id: devices.id, mac: devices.mac })
      .all();
    const idOf = new Map(inserted.map((d) => [d.mac, d.id]));
    for (const device of batch) {
      const id = idOf.get(device.mac)!;
      deviceIds.push(id);
      device.lines.forEach((accountId, i) => lineValues.push({ deviceId: id, position: i + 1, accountId }));
    }
  }
  for (const batch of chunks(lineValues)) tx.insert(deviceLines).values(batch).run();
  return {
    models: file.models.length,
    templates: file.templates.length,
    placeholders: file.placeholders.length,
    accounts: accountValues.length,
    devices: deviceIds.length,
    passwordsGenerated,
    deviceIds,
  };
}

/**
 * Restores a backup into an empty tenant (nothing but its built-in catalogue and PBX settings; refused with 409
 * otherwise), in one transaction with one regeneration of everything: all of it or nothing. Without the backup's
 * secrets (none in the file) every account and device gets a new random password, counted in the report.
 */
export function restoreTenantBackup(db: Db, tenantId: number, raw: unknown, passphrase: string | undefined): RestoreReport {
  const tenant = found(getTenant(db, tenantId), 'tenant');
  const file = parseBackupFile(raw);
  if (tenantContentCount(db, tenantId) > 0) throw new DomainError(409, 'validation:backup.tenantNotEmpty', null, { tenant: tenant.name });
  let secrets: Secrets | null = null;
  if (file.secrets) {
    if (!passphrase) throw passphraseError('validation:backup.passphraseRequired');
    const opened = secretsSchema.safeParse(openBackupSecrets(file.secrets, passphrase));
    if (!opened.success) throw fileError('validation:backup.notABackup');
    secrets = opened.data;
  }
  const { deviceIds: _ids, ...report } = writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const result = restoreInto(tx, tenantId, file, secrets);
      recordAudit(tx, {
        tenantId,
        entity: 'tenant',
        entityId: tenantId,
        label: tenant.name,
        action: 'restore',
        changes: (['models', 'templates', 'placeholders', 'accounts', 'devices'] as const).map((field) => ({ field, to: result[field] })),
      });
      return result;
    },
    () => 'all',
  );
  return report;
}
