import { asc, eq } from 'drizzle-orm';
import type { Db, Tx } from '@/db/client';
import { deviceModels, devices, templates } from '@/db/schema';
import { analyzeTemplate, checkWellFormedXml, renderTemplate, sampleRenderContext, type TemplateFormat, type TemplateIssue } from '@/lib/templates';
import { customValues } from '@/lib/provisioning/regenerate';
import { templateSchema } from '@/lib/validation/entities';
import { conflict, DomainError } from './errors';
import { assertNameFree, devicesOfTemplate, findInTenant, writeAndRegenerate } from './support';

export type Template = typeof templates.$inferSelect;

export const listTemplates = (db: Db, tenantId: number) =>
  db.select().from(templates).where(eq(templates.tenantId, tenantId)).orderBy(asc(templates.modelId), asc(templates.name)).all();

export const getTemplate = (db: Db, tenantId: number, id: number) => findInTenant(db, templates, tenantId, id, 'template');

/** Placeholder and block errors, then (for XML) well-formedness of a render with sample values. */
export function templateIssues(tx: Tx | Db, tenantId: number, format: TemplateFormat, body: string): TemplateIssue[] {
  const custom = customValues(tx, tenantId);
  const issues = analyzeTemplate(body, { customNames: new Set(Object.keys(custom)), scope: 'device' });
  if (issues.length > 0 || format !== 'xml') return issues;
  const rendered = renderTemplate(body, sampleRenderContext(custom), format);
  if (!rendered.ok) return rendered.issues;
  const xml = checkWellFormedXml(rendered.text);
  return xml ? [xml] : [];
}

function validated(tx: Tx | Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = templateSchema.parse(input);
  findInTenant(tx, deviceModels, tenantId, data.modelId, 'model');
  assertNameFree(tx, templates, tenantId, data.name, exceptId);
  const issues = templateIssues(tx, tenantId, data.format, data.body);
  if (issues.length > 0) throw new DomainError(422, 'validation:template.invalid', 'body', { count: issues.length }, issues);
  return data;
}

export function createTemplate(db: Db, tenantId: number, input: unknown): Template {
  const data = validated(db, tenantId, input);
  return db.insert(templates).values({ ...data, tenantId }).returning().get();
}

/** Built-in templates are read-only: duplicate them to customise. Saving regenerates every device using it. */
export function updateTemplate(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Template {
  const current = getTemplate(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const data = validated(db, tenantId, { ...current, ...patch }, id);
  if (data.modelId !== current.modelId && db.select({ id: devices.id }).from(devices).where(eq(devices.templateId, id)).get()) {
    throw conflict('modelId', 'validation:template.modelInUse');
  }
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(templates).set({ ...data, updatedAt: new Date() }).where(eq(templates.id, id)).returning().get(),
    (tx) => devicesOfTemplate(tx, tenantId, id),
  );
}

export function duplicateTemplate(db: Db, tenantId: number, id: number, name: string): Template {
  const source = getTemplate(db, tenantId, id);
  return createTemplate(db, tenantId, { ...source, name });
}

export function deleteTemplate(db: Db, tenantId: number, id: number): void {
  const current = getTemplate(db, tenantId, id);
  if (current.isBuiltIn) throw conflict(null, 'validation:builtInReadOnly');
  const users = db.select({ mac: devices.mac }).from(devices).where(eq(devices.templateId, id)).all();
  if (users.length > 0) throw conflict(null, 'validation:template.inUse', { devices: users.map((u) => u.mac).join(', ') });
  db.delete(templates).where(eq(templates.id, id)).run();
}
