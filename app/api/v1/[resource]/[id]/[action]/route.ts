import { actionHandlers } from '@/lib/api/handlers';

type Ctx = { params: Promise<{ resource: string; id: string; action: string }> };

async function dispatch(method: 'GET' | 'POST', request: Request, ctx: Ctx) {
  const { resource, id, action } = await ctx.params;
  return actionHandlers(resource, action)[method](request, id);
}

export const GET = (request: Request, ctx: Ctx) => dispatch('GET', request, ctx);
export const POST = (request: Request, ctx: Ctx) => dispatch('POST', request, ctx);
