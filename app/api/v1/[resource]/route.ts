import { collectionHandlers, isResource } from '@/lib/api/handlers';
import { json } from '@/lib/api/errors';

type Ctx = { params: Promise<{ resource: string }> };

async function dispatch(method: 'GET' | 'POST', request: Request, ctx: Ctx) {
  const { resource } = await ctx.params;
  if (!isResource(resource)) return json(404, { error: 'not_found' });
  return collectionHandlers(resource)[method](request);
}

export const GET = (request: Request, ctx: Ctx) => dispatch('GET', request, ctx);
export const POST = (request: Request, ctx: Ctx) => dispatch('POST', request, ctx);
