import { getPbxSettings } from '@/db/queries/pbx';
import { getTenant, listTenants } from '@/db/queries/tenants';
import { updatePbxSettings } from '@/lib/domain/pbx';
import { createTenant, deleteTenant, updateTenant } from '@/lib/domain/tenants';
import { canReachTenant, mayDo } from '@/lib/auth/roles';
import { found } from '@/lib/errors';
import type { ApiPrincipal } from './auth';
import { json, notFoundResponse } from './errors';
import { readJson, withApi } from './handlers';
import { withoutSecrets } from './serialize';

/**
 * The REST endpoints that are not per-tenant collections: the tenants themselves (global: a scoped token sees only
 * its own, the others answer 404; only an owner token changes them) and the tenant's PBX settings (one row). Same
 * frame as every resource: token, tenant, error mapping.
 */
const forbidden = () => json(403, { error: 'forbidden' });
const parseId = (raw: string) => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null);
/** A tenant id the token may name: null (→ 404) when malformed or out of its scope. */
const reachableId = (principal: ApiPrincipal, raw: string) => {
  const id = parseId(raw);
  return id !== null && canReachTenant(principal, id) ? id : null;
};

export const pbxSettingsHandlers = () => {
  const update = (request: Request) =>
    withApi(request, async ({ db, tenantId, principal }) => {
      if (!mayDo(principal.role, 'write')) return forbidden();
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
  GET: (request: Request) => withApi(request, ({ db, principal }) => json(200, { items: listTenants(db).filter((t) => canReachTenant(principal, t.id)) })),
  POST: (request: Request) =>
    withApi(request, async ({ db, principal }) => {
      if (!mayDo(principal.role, 'owner')) return forbidden();
      return json(201, createTenant(db, await readJson(request)));
    }),
});

export const tenantItemHandlers = () => {
  const update = (request: Request, rawId: string) =>
    withApi(request, async ({ db, principal }) => {
      const id = reachableId(principal, rawId);
      if (id === null) return notFoundResponse(request);
      if (!mayDo(principal.role, 'owner')) return forbidden();
      return json(200, updateTenant(db, id, await readJson(request)));
    });
  return {
    GET: (request: Request, rawId: string) =>
      withApi(request, ({ db, principal }) => {
        const id = reachableId(principal, rawId);
        return id === null ? notFoundResponse(request) : json(200, found(getTenant(db, id), 'tenant'));
      }),
    PATCH: update,
    PUT: update,
    DELETE: (request: Request, rawId: string) =>
      withApi(request, ({ db, principal }) => {
        const id = reachableId(principal, rawId);
        if (id === null) return notFoundResponse(request);
        if (!mayDo(principal.role, 'owner')) return forbidden();
        deleteTenant(db, id);
        return new Response(null, { status: 204 });
      }),
  };
};
