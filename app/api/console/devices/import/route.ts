import { consoleDeviceImport } from '@/lib/api/console-device-import';

export const dynamic = 'force-dynamic';

export const POST = consoleDeviceImport;
