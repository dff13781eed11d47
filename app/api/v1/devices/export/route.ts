import { exportHandlers } from '@/lib/api/csv-export';

export const dynamic = 'force-dynamic';

export const GET = exportHandlers('devices').GET;
