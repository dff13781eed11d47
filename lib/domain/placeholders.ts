import { asc, eq } from 'drizzle-orm';
import type { Db } from '@/db/client';
import { networkInterfaces, placeholders } from '@/db/schema';
import { classifyPlaceholder } from '@/lib/templates';
import { customValues } from '@/lib/provisioning/regenerate';
import { placeholderSchema } from '@/lib/validation/entities';
import { conflict } from './errors';
import { assertNameFree, devicesUsingPlaceholders, findInTenant, modelsWithCommonFilesUsing, templatesUsing, writeAndRegenerate } from './support';

export type Placeholder = typeof placeholders.$inferSelect;

export const listPlaceholders = (db: Db, tenantId: number) =>
  db.select().from(placeholders).where(eq(placeholders.tenantId, tenantId)).orderBy(asc(placeholders.name)).all();

export const getPlaceholder = (db: Db, tenantId: number, id: number) => findInTenant(db, placeholders, tenantId, id, 'placeholder');

/** Where a custom placeholder is used and what it resolves to now. */
export function placeholderUsage(db: Db, tenantId: number, name: string) {
  return {
    templates: templatesUsing(db, tenantId, [name]),
    models: modelsWithCommonFilesUsing(db, tenantId, [name]).map(({ id, name: modelName }) => ({ id, name: modelName })),
    resolvedValue: customValues(db, tenantId)[name] ?? null,
  };
}

function parse(db: Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = placeholderSchema.parse(input);
  if (data.kind === 'dynamic') findInTenant(db, networkInterfaces, tenantId, data.interfaceId!, 'network interface');
  if (classifyPlaceholder(`_${data.name}`).kind !== 'custom') throw conflict('name', 'validation:placeholder.nameInvalid');
  assertNameFree(db, placeholders, tenantId, data.name, exceptId, `%%_${data.name}%%`);
  return {
    ...data,
    value: data.kind === 'static' ? data.value : null,
    interfaceId: data.kind === 'dynamic' ? data.interfaceId : null,
  };
}

export function createPlaceholder(db: Db, tenantId: number, input: unknown): Placeholder {
  const data = parse(db, tenantId, input);
  return db.insert(placeholders).values({ ...data, tenantId }).returning().get();
}

/** Renaming is refused while templates use the old name; a new value regenerates every file using it. */
export function updatePlaceholder(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Placeholder {
  const current = getPlaceholder(db, tenantId, id);
  const data = parse(db, tenantId, { ...current, ...patch }, id);
  if (data.name !== current.name) assertUnused(db, tenantId, current.name);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => tx.update(placeholders).set(data).where(eq(placeholders.id, id)).returning().get(),
    (tx) => devicesUsingPlaceholders(tx, tenantId, [current.name]),
  );
}

function assertUnused(db: Db, tenantId: number, name: string) {
  const usage = placeholderUsage(db, tenantId, name);
  const users = [...usage.templates.map((t) => t.name), ...usage.models.map((m) => m.name)];
  if (users.length > 0) throw conflict(null, 'validation:placeholder.inUse', { users: users.join(', ') });
}

export function deletePlaceholder(db: Db, tenantId: number, id: number): void {
  const current = getPlaceholder(db, tenantId, id);
  assertUnused(db, tenantId, current.name);
  db.delete(placeholders).where(eq(placeholders.id, id)).run();
}
