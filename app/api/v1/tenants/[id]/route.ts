import { json } from '@/lib/api/errors';
import { readJson, withApi } from '@/lib/api/handlers';
import { deleteTenant, getTenant, updateTenant } from '@/lib/domain/tenants';

type Ctx = { params: Promise<{ id: string }> };
const idOf = async (ctx: Ctx) => {
  const { id } = await ctx.params;
  return /^[1-9]\d{0,15}$/.test(id) ? Number(id) : null;
};

export const GET = (request: Request, ctx: Ctx) =>
  withApi(request, async ({ db }) => {
    const id = await idOf(ctx);
    return id === null ? json(404, { error: 'not_found' }) : json(200, getTenant(db, id));
  });

const update = (request: Request, ctx: Ctx) =>
  withApi(request, async ({ db, principal }) => {
    const id = await idOf(ctx);
    if (id === null) return json(404, { error: 'not_found' });
    if (principal.role !== 'admin') return json(403, { error: 'forbidden' });
    return json(200, updateTenant(db, id, await readJson(request)));
  });
export const PATCH = update;
export const PUT = update;

export const DELETE = (request: Request, ctx: Ctx) =>
  withApi(request, async ({ db, principal }) => {
    const id = await idOf(ctx);
    if (id === null) return json(404, { error: 'not_found' });
    if (principal.role !== 'admin') return json(403, { error: 'forbidden' });
    deleteTenant(db, id);
    return new Response(null, { status: 204 });
  });
