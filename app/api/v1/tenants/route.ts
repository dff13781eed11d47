import { json } from '@/lib/api/errors';
import { readJson, withApi } from '@/lib/api/handlers';
import { createTenant, listTenants } from '@/lib/domain/tenants';

export const GET = (request: Request) => withApi(request, ({ db }) => json(200, { items: listTenants(db) }));

export const POST = (request: Request) =>
  withApi(request, async ({ db, principal }) => {
    if (principal.role !== 'admin') return json(403, { error: 'forbidden' });
    return json(201, createTenant(db, await readJson(request)));
  });
