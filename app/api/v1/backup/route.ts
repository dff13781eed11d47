import { tenantBackupHandlers } from '@/lib/api/tenant-backup';

export const dynamic = 'force-dynamic';

export const { GET, POST } = tenantBackupHandlers();
