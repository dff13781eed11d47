import { pbxSettingsHandlers } from '@/lib/api/singletons';

const handlers = pbxSettingsHandlers();
export const GET = handlers.GET;
export const PUT = handlers.PUT;
export const PATCH = handlers.PATCH;
