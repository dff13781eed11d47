import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { devicesOfTemplates } from '@/db/queries/devices';
import { getNetworkInterface } from '@/db/queries/pbx';
import { getPlaceholder, type Placeholder, placeholderUsage } from '@/db/queries/placeholders';
import { templatesUsing } from '@/db/queries/templates';
import { placeholders } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, DomainError, found } from '@/lib/errors';
import { classifyPlaceholder } from '@/lib/templates';
import { placeholderSchema } from '@/lib/validation/entities';
import { assertNameFree, scopeOf, writeAndRegenerate } from './support';

/** The devices whose templates use any of these custom placeholders: what a new value regenerates. */
export const devicesUsingPlaceholders = (db: DbOrTx, tenantId: number, names: string[]) =>
  scopeOf(
    devicesOfTemplates(
      db,
      tenantId,
      templatesUsing(db, tenantId, names).map((t) => t.id),
    ),
  );

function parse(db: Db, tenantId: number, input: unknown, exceptId?: number) {
  const data = placeholderSchema.parse(input);
  if (data.kind === 'dynamic') found(getNetworkInterface(db, tenantId, data.interfaceId!), 'network interface');
  if (classifyPlaceholder(`_${data.name}`).kind !== 'custom') throw conflict('name', 'validation:placeholder.nameInvalid');
  assertNameFree(db, placeholders, tenantId, data.name, exceptId, { shown: `%%_${data.name}%%` });
  return {
    ...data,
    value: data.kind === 'static' ? data.value : null,
    interfaceId: data.kind === 'dynamic' ? data.interfaceId : null,
  };
}

export function createPlaceholder(db: Db, tenantId: number, input: unknown): Placeholder {
  const data = parse(db, tenantId, input);
  return db.transaction((tx) => {
    const placeholder = tx
      .insert(placeholders)
      .values({ ...data, tenantId })
      .returning()
      .get();
    recordAudit(tx, { tenantId, entity: 'placeholder', entityId: placeholder.id, label: `%%_${placeholder.name}%%`, action: 'create', after: placeholder });
    return placeholder;
  });
}

/** Refused while templates or models' common files use the name; `details` lists them for the console's dialog. */
function assertUnused(db: Db, tenantId: number, name: string) {
  const { templates, models } = placeholderUsage(db, tenantId, name);
  const users = [...templates, ...models];
  if (users.length > 0) throw new DomainError(409, 'validation:placeholder.inUse', null, { users: users.map((u) => u.name).join(', ') }, { templates, models });
}

/** Renaming is refused while templates use the old name; a new value regenerates every file using it. */
export function updatePlaceholder(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Placeholder {
  const current = found(getPlaceholder(db, tenantId, id), 'placeholder');
  const data = parse(db, tenantId, { ...current, ...patch }, id);
  if (data.name !== current.name) assertUnused(db, tenantId, current.name);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      const placeholder = tx.update(placeholders).set(data).where(eq(placeholders.id, id)).returning().get();
      recordAudit(tx, {
        tenantId,
        entity: 'placeholder',
        entityId: id,
        label: `%%_${placeholder.name}%%`,
        action: 'update',
        before: current,
        after: placeholder,
      });
      return placeholder;
    },
    (tx) => devicesUsingPlaceholders(tx, tenantId, [current.name]),
  );
}

export function deletePlaceholder(db: Db, tenantId: number, id: number): void {
  const current = found(getPlaceholder(db, tenantId, id), 'placeholder');
  assertUnused(db, tenantId, current.name);
  db.transaction((tx) => {
    tx.delete(placeholders).where(eq(placeholders.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'placeholder', entityId: id, label: `%%_${current.name}%%`, action: 'delete', before: current });
  });
}
