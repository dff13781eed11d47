import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { devicesOfTemplate } from '@/db/queries/devices';
import { getDeviceModel } from '@/db/queries/device-models';
import { getTemplateVersion, nextVersionNumber } from '@/db/queries/template-versions';
import { getTemplate, type Template } from '@/db/queries/templates';
import { templates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, DomainError, found } from '@/lib/errors';
import { regenerate } from '@/lib/provisioning/regenerate';
import { serverFacts } from '@/lib/provisioning/server-facts';
import { templateIssues } from '@/lib/provisioning/template-check';
import { templateSchema } from '@/lib/validation/entities';
import { reportRenderFailureOnForm } from './render-failure';
import { assertNameFree, assertNoDevices, assertNotBuiltIn } from './support';
import { recordTemplateVersion, type VersionFacts } from './template-versions';

/** A save's answer: the template, its version after the save and how many devices' files changed with it. */
export type SavedTemplate = Template & { version: number; changedDevices: number };

function validated(db: DbOrTx, tenantId: number, input: unknown, exceptId?: number) {
  const { comment, ...data } = templateSchema.parse(input);
  found(getDeviceModel(db, tenantId, data.modelId), 'model');
  assertNameFree(db, templates, tenantId, data.name, exceptId);
  const issues = templateIssues(db, tenantId, data.format, data.body);
  if (issues.length > 0) throw new DomainError(422, 'validation:template.invalid', 'body', { count: issues.length }, issues);
  return { data, comment: comment ?? null };
}

/** Creates a template (its version 1); unknown placeholders, broken blocks and non-well-formed XML are refused (422, issues in `details`). */
export function createTemplate(db: Db, tenantId: number, input: unknown, action: 'create' | 'duplicate' = 'create'): SavedTemplate {
  const { data, comment } = validated(db, tenantId, input);
  return db.transaction((tx) => {
    const template = tx
      .insert(templates)
      .values({ ...data, tenantId })
      .returning()
      .get();
    recordAudit(tx, { tenantId, entity: 'template', entityId: template.id, label: template.name, action, after: template });
    const version = recordTemplateVersion(tx, template, { origin: action, comment, changedDeviceIds: [] });
    return { ...template, version, changedDevices: 0 };
  });
}

/**
 * Writes a template, keeps the version and regenerates every device using it, in one transaction; when one of them
 * cannot render, nothing is saved. A save that changes nothing and says nothing makes no version.
 */
function saveTemplate(db: Db, tenantId: number, current: Template, input: unknown, facts: Omit<VersionFacts, 'changedDeviceIds' | 'comment'>): SavedTemplate {
  const { data, comment } = validated(db, tenantId, input, current.id);
  if (data.modelId !== current.modelId && devicesOfTemplate(db, tenantId, current.id).length > 0) throw conflict('modelId', 'validation:template.modelInUse');
  return reportRenderFailureOnForm(() =>
    db.transaction((tx) => {
      const template = tx
        .update(templates)
        .set({ ...data, updatedAt: new Date() })
        .where(eq(templates.id, current.id))
        .returning()
        .get();
      recordAudit(tx, { tenantId, entity: 'template', entityId: current.id, label: template.name, action: 'update', before: current, after: template });
      const { changedDeviceIds } = regenerate(tx, tenantId, { deviceIds: devicesOfTemplate(tx, tenantId, current.id).map((d) => d.id) }, serverFacts());
      const unchanged = (['name', 'modelId', 'firmware', 'format', 'lineEndings', 'body'] as const).every((k) => template[k] === current[k]);
      const version =
        unchanged && !comment && facts.origin === 'update'
          ? nextVersionNumber(tx, current.id) - 1
          : recordTemplateVersion(tx, template, { ...facts, comment, changedDeviceIds });
      return { ...template, version, changedDevices: changedDeviceIds.length };
    }),
  );
}

/** Built-in templates are read-only: duplicate them to customise. Saving regenerates every device using it. */
export function updateTemplate(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): SavedTemplate {
  const current = found(getTemplate(db, tenantId, id), 'template');
  assertNotBuiltIn(current);
  return saveTemplate(db, tenantId, current, { ...current, comment: undefined, ...patch }, { origin: 'update' });
}

/**
 * Makes a new version equal to version `number` (body, format, line endings, firmware; the name and model stay) and
 * regenerates the template's devices in the same transaction.
 */
export function restoreTemplateVersion(db: Db, tenantId: number, id: number, number: number, comment?: string | null): SavedTemplate {
  const current = found(getTemplate(db, tenantId, id), 'template');
  assertNotBuiltIn(current);
  const old = found(getTemplateVersion(db, tenantId, id, number), 'template version');
  const content = { firmware: old.firmware, format: old.format, lineEndings: old.lineEndings, body: old.body };
  return saveTemplate(db, tenantId, current, { ...current, ...content, comment: comment ?? undefined }, { origin: 'restore', restoredFrom: number });
}

/** Copies any template (built-ins included: the way to customise them) under a new name. */
export function duplicateTemplate(db: Db, tenantId: number, id: number, name: string): SavedTemplate {
  const source = found(getTemplate(db, tenantId, id), 'template');
  return createTemplate(db, tenantId, { ...source, name }, 'duplicate');
}

/** Refused for built-ins and while devices use the template (`details.devices` lists them). Its history goes with it. */
export function deleteTemplate(db: Db, tenantId: number, id: number): void {
  const current = found(getTemplate(db, tenantId, id), 'template');
  assertNotBuiltIn(current);
  assertNoDevices(devicesOfTemplate(db, tenantId, id), 'validation:template.inUse');
  db.transaction((tx) => {
    tx.delete(templates).where(eq(templates.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'template', entityId: id, label: current.name, action: 'delete', before: current });
  });
}
