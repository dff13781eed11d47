import { consoleExport } from '@/lib/api/console-csv-export';

export const dynamic = 'force-dynamic';

export const GET = consoleExport('accounts');
