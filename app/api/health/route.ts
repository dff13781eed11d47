import { getDb } from '@/db/client';
import { daemonsStatus } from '@/lib/provisioning/daemon-status';

export const dynamic = 'force-dynamic';

export function GET() {
  getDb().$client.prepare('SELECT 1').get();
  return Response.json({ status: 'ok', daemons: daemonsStatus() }, { headers: { 'Cache-Control': 'no-store' } });
}
