import { getDb } from '@/db/client';
import { checkDatabase } from '@/db/queries/health';
import { daemonsStatus } from '@/lib/provisioning/daemon-status';

export const dynamic = 'force-dynamic';

export function GET() {
  checkDatabase(getDb());
  return Response.json({ status: 'ok', daemons: daemonsStatus() }, { headers: { 'Cache-Control': 'no-store' } });
}
