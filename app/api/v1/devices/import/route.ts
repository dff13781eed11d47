import { deviceImportHandlers } from '@/lib/api/device-import';

export const POST = deviceImportHandlers().POST;
