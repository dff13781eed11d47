import { tenantRestoreHandlers } from '@/lib/api/tenant-backup';

export const dynamic = 'force-dynamic';

export const { POST } = tenantRestoreHandlers();
