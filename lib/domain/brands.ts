import { eq } from 'drizzle-orm';
import type { Db, DbOrTx } from '@/db/client';
import { devicesOfModels } from '@/db/queries/devices';
import { type Brand, getBrand, modelsOfBrand } from '@/db/queries/device-models';
import { brands } from '@/db/schema';
import { recordAudit } from '@/lib/audit/record';
import { conflict, found } from '@/lib/errors';
import { brandSchema } from '@/lib/validation/entities';
import { assertNameFree, assertNotBuiltIn, scopeOf, writeAndRegenerate } from './support';

/** Inserts a brand; `field` is where a name clash is reported (`newBrandName` when created inline with a model). */
export function insertBrand(db: DbOrTx, tenantId: number, name: string, field = 'name'): Brand {
  assertNameFree(db, brands, tenantId, name, undefined, { field });
  const brand = db.insert(brands).values({ tenantId, name }).returning().get();
  recordAudit(db, { tenantId, entity: 'brand', entityId: brand.id, label: brand.name, action: 'create', after: { name } });
  return brand;
}

export const createBrand = (db: Db, tenantId: number, input: unknown) => db.transaction((tx) => insertBrand(tx, tenantId, brandSchema.parse(input).name));

/** Renaming a brand regenerates the files of its models' devices (templates may print it). */
export function updateBrand(db: Db, tenantId: number, id: number, patch: Record<string, unknown>): Brand {
  const current = found(getBrand(db, tenantId, id), 'brand');
  assertNotBuiltIn(current);
  const { name } = brandSchema.parse({ ...current, ...patch });
  assertNameFree(db, brands, tenantId, name, id);
  return writeAndRegenerate(
    db,
    tenantId,
    (tx) => {
      recordAudit(tx, { tenantId, entity: 'brand', entityId: id, label: name, action: 'update', before: { name: current.name }, after: { name } });
      return tx.update(brands).set({ name }).where(eq(brands.id, id)).returning().get();
    },
    (tx) =>
      scopeOf(
        devicesOfModels(
          tx,
          tenantId,
          modelsOfBrand(tx, id).map((m) => m.id),
        ),
      ),
  );
}

/** Refused for built-ins and while models use the brand. */
export function deleteBrand(db: Db, tenantId: number, id: number): void {
  const current = found(getBrand(db, tenantId, id), 'brand');
  assertNotBuiltIn(current);
  const models = modelsOfBrand(db, id);
  if (models.length > 0) throw conflict(null, 'validation:brand.inUse', { models: models.map((m) => m.name).join(', ') });
  db.transaction((tx) => {
    tx.delete(brands).where(eq(brands.id, id)).run();
    recordAudit(tx, { tenantId, entity: 'brand', entityId: id, label: current.name, action: 'delete' });
  });
}
