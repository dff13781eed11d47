import { getDb } from '@/db/client';

export const dynamic = 'force-dynamic';

export function GET() {
  getDb().$client.prepare('SELECT 1').get();
  return Response.json({ status: 'ok' }, { headers: { 'Cache-Control': 'no-store' } });
}
