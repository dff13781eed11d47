import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { devicesOfTemplate } from '@/db/queries/devices';
import { getDeviceModel } from '@/db/queries/device-models';
import { getTemplate, type Template } from '@/db/queries/templates';
import { templates } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, DomainError, found } from '@/lib/errors';
import { templateIssues } from '@/lib/provisioning/template-check';
import { templateSchema } from '@/lib/validation/entities';
import { reportRenderFailureOnForm } from './render-failure';
import { assertNameFree, assertNoDevices, assertNotBuiltIn, scopeOf, writeAndRegenerate } from './support';

function validated(db: DbOrTx, tenantId: number, input: unknown, exceptId?: number) {
  const data = templateSchema.parse(input);
  found(getDeviceModel(db, tenantId, data.modelId), 'model');
  assertNameFree(db, templates, tenantId, data.name, exceptId);
  const issues = templateIssues(db, tenantId, data.format, data.body);
  if (issues.length > 0) throw new DomainError(422, 'validation:template.invalid', 'body', { count: issues.length }, issues);
  return data;
}

/** Creates a template; unknown placeholders, broken blocks and non-well-formed XML are refused (422, issues in `details`). */
export function createTemplate(db: Db, tenantId: number, input: unknown, action: 'create' | 'duplicate' = 'create'): Template {
  const data = validated(db, tenantId, input);
  return db.transaction((tx) => {
    const template = tx
      .insert(templates)
      .values({ ...data, tenantId })
      .returning()
      .get();
    recordAudit(tx, { tenantId, entity: 'template', entityId: template.id, label: template.name, action, after: template });
    return template;
  });
}

/**
 * Built-in templates are read-only: duplicate them to customise. Saving regenerates every device
 * using it; when one of them cannot render, nothing is saved.
 */
export function updateTemplate(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Template {
  const current = found(getTemplate(db, tenantId, id), 'template');
  assertNotBuiltIn(current);
  const data = validated(db, tenantId, { ...current, ...patch }, id);
  if (data.modelId !== current.modelId && devicesOfTemplate(db, tenantId, id).length > 0) throw conflict('modelId', 'validation:template.modelInUse');
  return reportRenderFailureOnForm(() =>
    writeAndRegenerate(
      db,
      tenantId,
      (tx) => {
        const template = tx
          .update(templates)
          .set({ ...data, updatedAt: new Date() })
          .where(eq(templates.id, id))
          .returning()
          .get();
        recordAudit(tx, { tenantId, entity: 'template', entityId: id, label: template.name, action: 'update', before: current, after: template });
        return template;
      },
      (tx) => scopeOf(devicesOfTemplate(tx, tenantId, id)),
    ),
  );
}

/** Copies any template (built-ins included: the way to customise them) under a new name. */
export function duplicateTemplate(db: Db, tenantId: number, id: number, name: string): Template {
  const source = found(getTemplate(db, tenantId, id), 'template');
  return createTemplate(db, tenantId, { ...source, name }, 'duplicate');
}

/** Refused for built-ins and while devices use the template (`details.devices` lists them). */
export function deleteTemplate(db: Db, tenantId: number, id: number): void {
  const current = found(getTemplate(db, tenantId, id), 'template');
  assertNotBuiltIn(current);
  assertNoDevices(devicesOfTemplate(db, tenantId, id), 'validation:template.inUse');
  db.transaction((tx) => {
    tx.delete(templates).where(eq(templates.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'template', entityId: id, label: current.name, action: 'delete', before: current });
  });
}
