import { getDb, type Db } from '@/db/client';
import { getTenantByUuid, listTenants, type Tenant } from '@/db/queries/tenants';
import { runAs } from '@/lib/auth/actor';
import { recordApiReveal } from '@/lib/audit/reveal';
import { canReachTenant, mayDo, mayRevealSecrets, pickTenant } from '@/lib/auth/roles';
import { authenticate, type ApiPrincipal } from './auth';
import { readBodyText, readJsonBody } from './body';
import { errorResponse, json, notFoundResponse } from './errors';
import { Created, RESOURCES, type Resource } from './resources';
import { withoutSecretHashes, withoutSecrets } from './serialize';

type Context = { db: Db; tenantId: number; tenant: Tenant; principal: ApiPrincipal; reveal: boolean; params: URLSearchParams };

/**
 * Authenticates, picks the tenant (`?tenant=<uuid>`; otherwise the default tenant, or the first one a scoped token
 * reaches) and maps errors. A tenant outside the token's scope answers 404 like one that does not exist; secrets are
 * revealed only to roles that may see them (lib/auth/roles.ts).
 */
export async function withApi(request: Request, run: (ctx: Context) => Response | Promise<Response>): Promise<Response> {
  try {
    const db = getDb();
    const principal = authenticate(db, request);
    if (!principal) return json(401, { error: 'unauthorized' }, { 'WWW-Authenticate': 'Bearer realm="provisio"' });
    const params = new URL(request.url).searchParams;
    const uuid = params.get('tenant');
    const tenant = uuid ? getTenantByUuid(db, uuid) : pickTenant(principal, undefined, listTenants(db));
    if (!tenant || !canReachTenant(principal, tenant.id)) return notFoundResponse(request);
    const reveal = params.get('reveal') === 'secrets' && mayRevealSecrets(principal.role);
    return await runAs({ kind: 'token', tokenId: principal.tokenId, name: principal.name }, () => {
      if (reveal) recordApiReveal(db, tenant.id, request.url);
      return run({ db, tenantId: tenant.id, tenant, principal, reveal, params });
    });
  } catch (error) {
    return errorResponse(error, request);
  }
}

/** The JSON object of a write; past the size limit (413), not UTF-8 (400) or not an object (400), it is refused. */
export async function readJson(request: Request): Promise<Record<string, unknown>> {
  const body = await readJsonBody(request);
  if (!body || typeof body !== 'object' || Array.isArray(body)) throw new SyntaxError('expected a JSON object');
  return body as Record<string, unknown>;
}

/** An action's body: optional, and null when it is not JSON (the action decides what that means). */
function optionalJson(text: string): unknown {
  try {
    return text === '' ? null : (JSON.parse(text) as unknown);
  } catch {
    return null;
  }
}

function present(resource: Resource, ctx: Context, row: Record<string, unknown>) {
  const shown = withoutSecrets({ ...row, ...(resource.decorate?.(ctx.db, ctx.tenantId, row) ?? {}) }, ctx.reveal);
  for (const field of resource.hidden ?? []) delete shown[field];
  return mayRevealSecrets(ctx.principal.role) ? shown : withoutSecretHashes(shown, resource.secretHashes ?? []);
}

const parseId = (raw: string) => (/^[1-9]\d{0,15}$/.test(raw) ? Number(raw) : null);
const writeAllowed = (ctx: Context) => mayDo(ctx.principal.role, 'write');
const forbidden = () => json(403, { error: 'forbidden' });
const methodNotAllowed = () => json(405, { error: 'method_not_allowed' });

export function collectionHandlers(name: string) {
  const resource = RESOURCES[name];
  return {
    GET: (request: Request) =>
      withApi(request, (ctx) => {
        const { items, ...page } = resource.list(ctx.db, ctx.tenantId, ctx.params);
        return json(200, { ...page, items: items.map((row) => present(resource, ctx, row)) });
      }),
    POST: (request: Request) =>
      withApi(request, async (ctx) => {
        if (!resource.create) return methodNotAllowed();
        if (!writeAllowed(ctx)) return forbidden();
        const row = resource.create(ctx.db, ctx.tenantId, await readJson(request));
        return json(201, present(resource, ctx, row));
      }),
  };
}

export function itemHandlers(name: string) {
  const resource = RESOURCES[name];
  const update = (request: Request, id: string) =>
    withApi(request, async (ctx) => {
      const key = parseId(id);
      if (key === null) return notFoundResponse(request);
      if (!resource.update) return methodNotAllowed();
      if (!writeAllowed(ctx)) return forbidden();
      return json(200, present(resource, ctx, resource.update(ctx.db, ctx.tenantId, key, await readJson(request))));
    });
  return {
    GET: (request: Request, id: string) =>
      withApi(request, (ctx) => {
        const key = parseId(id);
        return key === null ? notFoundResponse(request) : json(200, present(resource, ctx, resource.get(ctx.db, ctx.tenantId, key, ctx.reveal)));
      }),
    PATCH: update,
    PUT: update,
    DELETE: (request: Request, id: string) =>
      withApi(request, (ctx) => {
        const key = parseId(id);
        if (key === null) return notFoundResponse(request);
        if (!resource.remove) return methodNotAllowed();
        if (!writeAllowed(ctx)) return forbidden();
        resource.remove(ctx.db, ctx.tenantId, key, ctx.params);
        return new Response(null, { status: 204 });
      }),
  };
}

export const isResource = (name: string) => Object.hasOwn(RESOURCES, name);

/** POST /api/v1/<name>/<id>/<action> (and GET where the action reads): verbs beyond CRUD, e.g. a redirection server's `test`. */
export function actionHandlers(name: string, action: string) {
  const verbs = RESOURCES[name]?.actions?.[action];
  const handle = (method: 'GET' | 'POST') => (request: Request, id: string) =>
    withApi(request, async (ctx) => {
      const key = parseId(id);
      const run = verbs?.[method];
      if (key === null || !verbs) return notFoundResponse(request);
      if (!run) return methodNotAllowed();
      if (method === 'POST' && !writeAllowed(ctx)) return forbidden();
      const body = method === 'POST' ? optionalJson(await readBodyText(request)) : null;
      const answer = await run({ db: ctx.db, tenantId: ctx.tenantId, id: key, body, tenant: ctx.tenant });
      return answer instanceof Created ? json(201, present(RESOURCES[name], ctx, answer.row)) : json(200, answer);
    });
  return { GET: handle('GET'), POST: handle('POST') };
}

/** GET /api/v1/<name>/<id>/<action>/<key>: one read-only item under an action (a template's version by number). */
export function actionItemHandlers(name: string, action: string) {
  const read = RESOURCES[name]?.actionItems?.[action];
  return {
    GET: (request: Request, id: string, key: string) =>
      withApi(request, (ctx) => {
        const [itemId, itemKey] = [parseId(id), parseId(key)];
        if (itemId === null || itemKey === null || !read) return notFoundResponse(request);
        return json(200, read({ db: ctx.db, tenantId: ctx.tenantId, id: itemId, key: itemKey }));
      }),
  };
}
