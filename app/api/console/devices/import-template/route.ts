import { deviceImportTemplate } from '@/lib/api/console-device-import';

export const dynamic = 'force-dynamic';

export const GET = () => deviceImportTemplate();
