import { consoleTenantRestore } from '@/lib/api/console-tenant-backup';

export const dynamic = 'force-dynamic';

export const POST = consoleTenantRestore;
