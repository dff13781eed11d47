import { tenantItemHandlers } from '@/lib/api/singletons';

type Ctx = { params: Promise<{ id: string }> };
const handlers = tenantItemHandlers();

export const GET = async (request: Request, ctx: Ctx) => handlers.GET(request, (await ctx.params).id);
export const PATCH = async (request: Request, ctx: Ctx) => handlers.PATCH(request, (await ctx.params).id);
export const PUT = async (request: Request, ctx: Ctx) => handlers.PUT(request, (await ctx.params).id);
export const DELETE = async (request: Request, ctx: Ctx) => handlers.DELETE(request, (await ctx.params).id);
