import { actionItemHandlers } from '@/lib/api/handlers';

type Ctx = { params: Promise<{ resource: string; id: string; action: string; key: string }> };

export async function GET(request: Request, ctx: Ctx) {
  const { resource, id, action, key } = await ctx.params;
  return actionItemHandlers(resource, action).GET(request, id, key);
}
