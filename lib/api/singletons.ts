import { getPbxSettings } from '@/db/queries/pbx';
import { getTenant, listTenants } from '@/db/queries/tenants';
import { updatePbxSettings } from '@/lib/domain/pbx';
import { createTenant, deleteTenant, updateTenant } from '@/lib/domain/tenants';
import { found } from '@/lib/errors';
import { json, notFoundResponse } from './errors';
import { readJson, withApi } from './handlers';
import { withoutSecrets } from './serialize';

/**
 * The REST endpoints that are not per-tenant collections: the tenants themselves (global) and the
 * tenant's PBX settings (one row). Same frame as every resource: token, tenant, error mapping.
 */
const forbidden = () => json(403, { error: 'forbidden' });
const parseId = (raw: string) => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null);

export const pbxSettingsHandlers = () => {
  const update = (request: Request) =>
    withApi(request, async ({ db, tenantId, principal }) => {
      if (principal.role !== 'admin') return forbidden();
      return json(200, withoutSecrets(updatePbxSettings(db, tenantId, await readJson(request)), false));
    });
  return {
    GET: (request: Request) =>
      withApi(request, ({ db, tenantId, reveal }) => json(200, withoutSecrets(found(getPbxSettings(db, tenantId), 'pbx settings'), reveal))),
    PUT: update,
    PATCH: update,
  };
};

export const tenantCollectionHandlers = () => ({
  GET: (request: Request) => withApi(request, ({ db }) => json(200, { items: listTenants(db) })),
  POST: (request: Request) =>
    withApi(request, async ({ db, principal }) => {
      if (principal.role !== 'admin') return forbidden();
      return json(201, createTenant(db, await readJson(request)));
    }),
});

export const tenantItemHandlers = () => {
  const update = (request: Request, rawId: string) =>
    withApi(request, async ({ db, principal }) => {
      const id = parseId(rawId);
      if (id === null) return notFoundResponse(request);
      if (principal.role !== 'admin') return forbidden();
      return json(200, updateTenant(db, id, await readJson(request)));
    });
  return {
    GET: (request: Request, rawId: string) =>
      withApi(request, ({ db }) => {
        const id = parseId(rawId);
        return id === null ? notFoundResponse(request) : json(200, found(getTenant(db, id), 'tenant'));
      }),
    PATCH: update,
    PUT: update,
    DELETE: (request: Request, rawId: string) =>
      withApi(request, ({ db, principal }) => {
        const id = parseId(rawId);
        if (id === null) return notFoundResponse(request);
        if (principal.role !== 'admin') return forbidden();
        deleteTenant(db, id);
        return new Response(null, { status: 204 });
      }),
  };
};
