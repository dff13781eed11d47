import { isResource, itemHandlers } from '@/lib/api/handlers';
import { json } from '@/lib/api/errors';

type Ctx = { params: Promise<{ resource: string; id: string }> };

async function dispatch(method: 'GET' | 'PATCH' | 'PUT' | 'DELETE', request: Request, ctx: Ctx) {
  const { resource, id } = await ctx.params;
  if (!isResource(resource)) return json(404, { error: 'not_found' });
  return itemHandlers(resource)[method](request, id);
}

export const GET = (request: Request, ctx: Ctx) => dispatch('GET', request, ctx);
export const PATCH = (request: Request, ctx: Ctx) => dispatch('PATCH', request, ctx);
export const PUT = (request: Request, ctx: Ctx) => dispatch('PUT', request, ctx);
export const DELETE = (request: Request, ctx: Ctx) => dispatch('DELETE', request, ctx);
