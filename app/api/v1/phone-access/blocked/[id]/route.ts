import { blockedAddressHandlers } from '@/lib/api/phone-access';

type Ctx = { params: Promise<{ id: string }> };
const handlers = blockedAddressHandlers();

export const DELETE = async (request: Request, ctx: Ctx) => handlers.DELETE(request, (await ctx.params).id);
