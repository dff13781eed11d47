import { tenantCollectionHandlers } from '@/lib/api/singletons';

const handlers = tenantCollectionHandlers();
export const GET = handlers.GET;
export const POST = handlers.POST;
