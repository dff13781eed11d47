import { deviceBulkHandlers } from '@/lib/api/device-bulk';

export const POST = deviceBulkHandlers().POST;
