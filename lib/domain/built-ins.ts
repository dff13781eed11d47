import { eq } from 'drizzle-orm';
import type { Tx } from '@/db/client';
import { brandByName, deviceModelByName, filenameRuleByName } from '@/db/queries/device-models';
import { templateByName } from '@/db/queries/templates';
import { brands, deviceModels, filenameRules, templates } from '@/db/schema';
import { BUILT_IN_MODELS } from '@/lib/provisioning/builtin/models';
import { recordTemplateVersion } from './template-versions';

type Synced<T> = { row: T; changed: boolean };

/** Inserts a missing built-in row, or refreshes an existing built-in one whose release content differs. */
function syncRow<T extends { id: number; isBuiltIn: boolean }>(
  existing: T | undefined,
  insert: () => T,
  differs: (row: T) => boolean,
  refresh: (row: T) => void,
): Synced<T> {
  if (!existing) return { row: insert(), changed: true };
  if (!existing.isBuiltIn || !differs(existing)) return { row: existing, changed: false };
  refresh(existing);
  return { row: existing, changed: true };
}

/**
 * Brings a tenant's built-in brands, rules, models and templates in line with this release:
 * adds the missing ones and refreshes the read-only ones. Returns true when anything changed.
 */
export function syncBuiltIns(tx: Tx, tenantId: number): boolean {
  let changed = false;
  for (const model of BUILT_IN_MODELS) {
    const brand = syncRow(
      brandByName(tx, tenantId, model.brand),
      () => tx.insert(brands).values({ tenantId, name: model.brand, isBuiltIn: true }).returning().get(),
      () => false,
      () => undefined,
    );
    const rule = syncRow(
      filenameRuleByName(tx, tenantId, model.rule.name),
      () =>
        tx
          .insert(filenameRules)
          .values({ tenantId, ...model.rule, isBuiltIn: true })
          .returning()
          .get(),
      (row) => row.prefix !== model.rule.prefix || row.macFormat !== model.rule.macFormat || row.suffix !== model.rule.suffix,
      (row) => tx.update(filenameRules).set(model.rule).where(eq(filenameRules.id, row.id)).run(),
    );
    const columns = { brandId: brand.row.id, filenameRuleId: rule.row.id, contentType: model.contentType, commonFiles: model.commonFiles };
    const deviceModel = syncRow(
      deviceModelByName(tx, tenantId, model.name),
      () =>
        tx
          .insert(deviceModels)
          .values({ tenantId, name: model.name, isBuiltIn: true, ...columns })
          .returning()
          .get(),
      (row) => JSON.stringify([row.brandId, row.filenameRuleId, row.contentType, row.commonFiles]) !== JSON.stringify(Object.values(columns)),
      (row) => tx.update(deviceModels).set(columns).where(eq(deviceModels.id, row.id)).run(),
    );
    const t = model.template;
    const content = { firmware: t.firmware, format: t.format, body: t.body, lineEndings: t.lineEndings ?? 'lf' };
    const existingTemplate = templateByName(tx, tenantId, t.name);
    const template = syncRow(
      existingTemplate,
      () =>
        tx
          .insert(templates)
          .values({ tenantId, modelId: deviceModel.row.id, name: t.name, ...content, isBuiltIn: true })
          .returning()
          .get(),
      (row) => row.body !== content.body || row.format !== content.format || row.firmware !== content.firmware || row.lineEndings !== content.lineEndings,
      (row) =>
        tx
          .update(templates)
          .set({ ...content, updatedAt: new Date() })
          .where(eq(templates.id, row.id))
          .run(),
    );
    // A new built-in has no devices yet; a refreshed one learns its changed devices from the regeneration that follows (bootstrap).
    if (template.changed) {
      recordTemplateVersion(tx, templateByName(tx, tenantId, t.name)!, { origin: 'built-in', changedDeviceIds: existingTemplate ? null : [] });
    }
    changed ||= brand.changed || rule.changed || deviceModel.changed || template.changed;
  }
  return changed;
}
