import { phoneAccessHandlers } from '@/lib/api/phone-access';

const handlers = phoneAccessHandlers();
export const GET = handlers.GET;
export const PUT = handlers.PUT;
export const PATCH = handlers.PATCH;
